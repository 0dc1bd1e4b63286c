import { describe, expect, it } from 'vitest';
import { exportSections } from '../../src/export/export-sections.js';
import { ANNOTATED_CONTENT } from '../../src/export/export-content-schema.js';
import { ZGateReportSchema, type GateReport } from '../../src/export/gate-schema.js';
import { runExportGate } from '../../src/export/run-export-gate.js';
import { AppError } from '../../src/shared/app-error.js';
import { loadSection, notesById, paragraphTexts, readDocx } from './export-fixtures.js';

const involvement = loadSection('harbour-care-q2-involvement');
const wrongNumber = loadSection('harbour-care-q2-wrong-number');
const disagreements = loadSection('harbour-care-q2-disagreements');

async function blockedGate(promise: Promise<unknown>): Promise<GateReport> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('EXPORT_BLOCKED');
  return ZGateReportSchema.parse((error as AppError).details);
}

describe('runExportGate', () => {
  it('passes a section whose every number is backed, keeping the checker advice as non-blocking', async () => {
    const gate = ZGateReportSchema.parse(await runExportGate(involvement));
    expect(gate.ok).toBe(true);
    expect(gate.findings.filter((finding) => finding.blocking)).toEqual([]);
    // The figures' period and place sit in the neighbouring sentence, so no anchor is missing; other checker advice stays non-blocking.
    expect(gate.findings.some((finding) => finding.source === 'check' && finding.ruleId === 'require-figure-anchor')).toBe(false);
    expect(gate.findings.some((finding) => finding.source === 'check' && !finding.blocking)).toBe(true);
    expect(gate.sections[0]).toMatchObject({ question: 'Question 4.2', count: { words: 192 }, limit: { kind: 'words', value: 250 }, overLimit: false });
    expect(gate.sections[0]?.claims.map((claim) => claim.status)).not.toContain('mismatch');
  });

  it('blocks a wrong number and an unsupported one, with their positions in the response', async () => {
    const gate = await runExportGate(wrongNumber);
    expect(gate.ok).toBe(false);
    const blocking = gate.findings.filter((finding) => finding.blocking);
    expect(blocking.map(({ status, actual, line, column, figureId }) => ({ status, actual, line, column, figureId }))).toEqual([
      { status: 'mismatch', actual: '87%', line: 5, column: 46, figureId: 'family-advocate-input' },
      { status: 'unsupported', actual: '12', line: 9, column: 105, figureId: undefined },
    ]);
    expect(blocking[0]?.message).toContain('81%');
  });

  it('blocks a response over its word limit at the first word past it', async () => {
    const gate = await runExportGate({ ...involvement, limit: { kind: 'words', value: 150 } });
    expect(gate.ok).toBe(false);
    const limit = gate.findings.find((finding) => finding.source === 'limit');
    expect(limit).toMatchObject({ blocking: true, ruleId: 'within-length-limit', actual: '192 words' });
    expect(gate.sections[0]?.overLimit).toBe(true);
  });

  it('counts the limit as the tender says: characters with or without spaces', async () => {
    // 946 characters without spaces, 1,137 with them.
    const withSpaces = await runExportGate({ ...involvement, limit: { kind: 'words', value: 1000 } }, { countKind: 'characters' });
    expect(withSpaces.ok).toBe(false);
    expect(withSpaces.findings.find((finding) => finding.source === 'limit')?.actual).toBe('1137 characters');
    const withoutSpaces = await runExportGate({ ...involvement, limit: { kind: 'words', value: 1000 } }, { countKind: 'characters-no-spaces' });
    expect(withoutSpaces.ok).toBe(true);
    expect(withoutSpaces.sections[0]?.limit).toEqual({ kind: 'characters-no-spaces', value: 1000 });
  });
});

describe('exportSections gate', () => {
  it('stops the export with the findings when a claim is wrong', async () => {
    const gate = await blockedGate(exportSections({ sections: [involvement, wrongNumber], format: 'docx', content: ANNOTATED_CONTENT }));
    expect(gate.findings.filter((finding) => finding.blocking).map((finding) => [finding.section, finding.actual])).toEqual([
      [1, '87%'],
      [1, '12'],
    ]);
    expect(gate.sections.map((section) => section.question)).toEqual(['Question 4.2', 'Question 4.2']);
  });

  it('stops a Markdown export the same way', async () => {
    const gate = await blockedGate(exportSections({ sections: [{ ...disagreements, limit: { kind: 'characters', value: 500 } }], format: 'md', content: ANNOTATED_CONTENT }));
    expect(gate.findings.filter((finding) => finding.blocking).map((finding) => finding.actual)).toEqual(['620 characters']);
  });

  it('stops an export whose number is written in full-width digits, pointing at it as written', async () => {
    const invented = { ...involvement, responseText: `${involvement.responseText}\nIn Q2 2026 at Ashbridge, ９７％ of families chose their review date.\n` };
    const gate = await blockedGate(exportSections({ sections: [invented], format: 'md', content: ANNOTATED_CONTENT }));
    const blocking = gate.findings.filter((finding) => finding.blocking);
    expect(blocking.map(({ actual }) => actual)).toEqual(['９７％']);
    expect(['mismatch', 'unsupported']).toContain(blocking[0]?.status);
    expect(blocking[0]?.column).toBe(26);
  });

  it('refuses an empty reason to export unverified content', async () => {
    await expect(exportSections({ sections: [wrongNumber], format: 'md', content: ANNOTATED_CONTENT, allowUnverified: '  ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('exports anyway with a reason, recording the reason and every unverified claim in an appendix', async () => {
    const reason = 'Family input figure re-counted by the RM on 6 July; co-production group list attached separately';
    const result = await exportSections({ sections: [wrongNumber], format: 'docx', content: ANNOTATED_CONTENT, allowUnverified: reason });
    expect(result.gate.ok).toBe(false);
    const parts = await readDocx(result.content);
    const texts = paragraphTexts(parts.document);
    const appendix = texts.indexOf('Appendix for the bid team: unverified content');
    expect(appendix).toBeGreaterThan(0);
    expect(parts.document).toMatch(/<w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/>(?:<[^>]+>)*<w:t[^>]*>Appendix for the bid team: unverified content/);
    // Inside the submission, so its first words tell whoever sends it that the buyer must not get it.
    expect(texts[appendix + 1]).toMatch(/^For the bid team, not the buyer: delete this appendix before submitting\. /);
    expect(texts[appendix + 1]).toContain(`Reason given: ${reason}`);
    const appendixTable = parts.document.slice(parts.document.lastIndexOf('<w:tbl>'));
    const rows = [...appendixTable.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphTexts(cell[0]).join(' ')),
    );
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['Question', 'Where', 'Text', 'Finding'],
      // Where, as the reader of the Word file finds it: the answer's third and fifth paragraphs.
      ['Question 4.2', 'paragraph 3', '87%', 'mismatch'],
      ['Question 4.2', 'paragraph 5', '12', 'unsupported'],
    ]);
    // The wrong number's note says it is not verified instead of naming a figure that contradicts it.
    const notes = [...notesById(parts.footnotes, 'footnote').values()];
    expect(notes.filter((note) => note.startsWith('Not verified:'))).toHaveLength(2);
    expect(notes.find((note) => note.includes('"87%"'))).toMatch(/^Not verified: "87%" does not match the evidence\..*81%.*Listed in the appendix\.$/);
    // The evidence table still shows the true figure the drafted line points at, beside the wrong statement.
    const evidenceTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(parts.document)?.[0] ?? '';
    expect(paragraphTexts(evidenceTable)).toEqual(expect.arrayContaining(['Reviews with family or advocate input', '81% (34 of 42)']));
  });

  it('records an over-limit response in the appendix too', async () => {
    const result = await exportSections({
      sections: [{ ...involvement, limit: { kind: 'words', value: 150 } }],
      format: 'md',
      content: ANNOTATED_CONTENT,
      allowUnverified: 'The buyer confirmed 200 words are allowed',
    });
    const markdown = result.content as string;
    expect(markdown).toContain('**Words: 192 of 150**');
    expect(markdown).toMatch(/\| Question 4\.2 \| paragraph \d+ \| 192 words \| over the limit \| Unexpected ‘192 words’/);
  });
});
