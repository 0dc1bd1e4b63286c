import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { responseReviewOf, reviewResponse } from '../../src/drafting/review-response.js';
import { runExportGate } from '../../src/export/run-export-gate.js';
import { reviewHash, reviewSection } from '../../src/section/review-section.js';
import { ZSectionReviewSchema, ZSectionSchema, type Section } from '../../src/section/section-schema.js';
import { loadSection } from '../export/export-fixtures.js';

const involvement = loadSection('harbour-care-q2-involvement');
const wrongNumber = loadSection('harbour-care-q2-wrong-number');

describe('reviewSection: the one gate', () => {
  it('marks wrong numbers and the limit as blocking and the checker advice as not', async () => {
    const review = ZSectionReviewSchema.parse(await reviewSection({ text: wrongNumber.responseText, pack: wrongNumber.pack, limit: { kind: 'words', value: 150 } }));
    const blocking = review.findings.filter((finding) => finding.blocking);
    expect(blocking.filter((finding) => finding.source === 'claims').map(({ actual, status }) => [actual, status])).toEqual([
      ['87%', 'mismatch'],
      ['12', 'unsupported'],
    ]);
    expect(blocking.filter((finding) => finding.source === 'limit').map((finding) => finding.ruleId)).toEqual(['within-length-limit']);
    // Blocking findings come first.
    expect(review.findings.findIndex((finding) => !finding.blocking)).toBe(blocking.length);
    expect(review.findings.some((finding) => !finding.blocking && finding.source === 'check')).toBe(true);
    expect(review.overLimit).toBe(true);
    expect(review.hash).toBe(reviewHash(wrongNumber.responseText, wrongNumber.pack));
  });

  it('gives drafting and export the same findings for the same text', async () => {
    const limit = { kind: 'words' as const, value: 150 };
    const drafting = await reviewResponse({ text: wrongNumber.responseText, pack: wrongNumber.pack, limit });
    const gate = await runExportGate({ ...wrongNumber, limit });
    expect(gate.findings.map(({ section: _section, question: _question, ...finding }) => finding)).toEqual(drafting.review.findings);
    // Drafting lists every blocking finding of the export, and its limit count is the export's.
    expect(drafting.findings.filter((finding) => finding.kind !== 'check')).toHaveLength(gate.findings.filter((finding) => finding.blocking).length);
    expect(drafting.count).toBe(gate.sections[0]?.count.words);
  });

  it('counts a limit the checker and the document agree on, lone punctuation included', async () => {
    const text = 'Before – after & more';
    const { summary, messages } = await checkDraft({ text, wordLimit: 4 });
    expect(summary.words).toBe(5);
    expect(messages.find((message) => message.ruleId === 'within-length-limit')).toMatchObject({ actual: '5 words', line: 1, column: 18 });
    const review = await reviewSection({ text, pack: involvement.pack, limit: { kind: 'words', value: 4 } });
    expect(review.findings.filter((finding) => finding.source === 'limit')).toEqual([
      expect.objectContaining({ ruleId: 'within-length-limit', actual: '5 words', blocking: true, line: 1, column: 18 }),
    ]);
  });

  it('counts for the portal: line breaks as the form sees them', async () => {
    const text = 'First line.\n\nSecond line.';
    const asWord = await reviewSection({ text, pack: involvement.pack, limit: { kind: 'characters', value: 24 } });
    const asForm = await reviewSection({ text, pack: involvement.pack, limit: { kind: 'characters', value: 24 }, countOptions: { lineBreaks: 'crlf' } });
    expect([asWord.count.characters, asWord.overLimit]).toEqual([24, false]);
    expect([asForm.count.characters, asForm.overLimit]).toEqual([27, true]);
    expect(asForm.countOptions).toEqual({ lineBreaks: 'crlf' });
  });
});

describe('a Section keeps its review', () => {
  async function reviewed(section: Section): Promise<Section> {
    const review = await reviewSection({ text: section.responseText, pack: section.pack, ...(section.limit ? { limit: section.limit } : {}) });
    return ZSectionSchema.parse({ ...section, review });
  }

  it('is still a valid Section without one, and with one', async () => {
    expect(ZSectionSchema.parse(involvement).review).toBeUndefined();
    expect((await reviewed(involvement)).review?.claims.length).toBeGreaterThan(0);
  });

  it('is reused by export while the text and pack are unchanged', async () => {
    const section = await reviewed(involvement);
    // A marker only the kept review carries shows the gate did not judge the text again.
    const marked = structuredClone(section);
    marked.review!.claims[0]!.message = 'kept from drafting';
    const gate = await runExportGate(marked);
    expect(gate.sections[0]?.claims[0]?.message).toBe('kept from drafting');
    expect(marked.review!.claims[0]!.message).toBe('kept from drafting');
  });

  it('is judged again when the text changed', async () => {
    const section = await reviewed(involvement);
    section.review!.claims[0]!.message = 'kept from drafting';
    const edited = { ...section, responseText: `${section.responseText}\nIn Q2 2026, 97% of families chose their review date.\n` };
    const gate = await runExportGate(edited);
    expect(gate.sections[0]?.claims[0]?.message).not.toBe('kept from drafting');
    expect(gate.ok).toBe(false);
    expect(gate.findings.filter((finding) => finding.blocking).map((finding) => finding.actual)).toEqual(['97%']);
  });

  it('is judged again when the evidence pack changed', async () => {
    const section = await reviewed(involvement);
    section.review!.claims[0]!.message = 'kept from drafting';
    const pack = { ...section.pack, figures: section.pack.figures.slice(1) };
    const gate = await runExportGate({ ...section, pack });
    expect(gate.sections[0]?.claims[0]?.message).not.toBe('kept from drafting');
  });

  it('counts again at export when the tender counts the limit differently', async () => {
    const section = await reviewed({ ...involvement, limit: { kind: 'words', value: 1000 } });
    expect(section.review?.overLimit).toBe(false);
    const gate = await runExportGate(section, { countKind: 'characters' });
    expect(gate.findings.filter((finding) => finding.source === 'limit').map((finding) => finding.actual)).toEqual(['1137 characters']);
  });

  it('gives drafting its view of the kept review without judging again', () => {
    const review = { hash: '0'.repeat(64), count: { words: 3, characters: 10, charactersNoSpaces: 8 }, overLimit: false, claims: [], structure: { behaviour: true, ownersCadence: true, evidence: true, assurance: true } };
    const view = responseReviewOf({
      ...review,
      findings: [
        { source: 'check', ruleId: 'no-vague-involvement', category: 'vague', severity: 'warning', blocking: false, line: 1, column: 4, message: 'Unexpected `involve families`' },
        { source: 'check', ruleId: 'readable-sentences', category: 'readability', severity: 'warning', blocking: false, line: 1, column: 1, message: 'Long sentence' },
      ],
    });
    expect(view.findings).toEqual([{ kind: 'check', message: 'Unexpected `involve families` [vague/no-vague-involvement]', line: 1, column: 4 }]);
  });
});

describe('reviewSection: standards and practices the records do not back', () => {
  const pack = JSON.parse(readFileSync('fixtures/claims/practice/packs/small-test-2026-q2.json', 'utf8')) as Section['pack'];
  const blockingOf = async (text: string) =>
    (await reviewSection({ text, pack })).findings.filter((finding) => finding.blocking && finding.source === 'claims').map(({ status }) => status);

  it('blocks a standard stated as fact below its actual, and a routine the records contradict or show only partly', async () => {
    expect(await blockingOf('Summaries go out within 5 working days of every review.')).toEqual(['overstated']);
    expect(await blockingOf('Every person has a monthly mini-review.')).toEqual(['contradicted']);
    expect(await blockingOf('Everyone has a quarterly deep-dive.')).toEqual(['partly']);
  });

  it('lets the same words pass as a target or a plan', async () => {
    expect(await blockingOf('Our standard is that summaries go out within 5 working days of every review.')).toEqual([]);
    expect(await blockingOf('From Q3 2026 every person will have a monthly mini-review, booked by their key worker.')).toEqual([]);
  });
});
