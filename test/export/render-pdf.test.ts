/**
 * Renders an exported document with LibreOffice and reads the PDF back with poppler, so the file
 * is known to open in a word processor with the pages and text we expect. CI installs
 * libreoffice-writer and poppler-utils (.ci/run); locally the test is skipped, visibly, only
 * when soffice is missing and CI is not set.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { exportSections } from '../../src/export/export-sections.js';
import { countText } from '../../src/text/count-text.js';
import { ANNOTATED_CONTENT } from '../../src/export/export-content-schema.js';
import { loadSection } from './export-fixtures.js';

const run = promisify(execFile);

async function onPath(program: string): Promise<boolean> {
  return run('sh', ['-c', `command -v ${program}`]).then(
    () => true,
    () => false,
  );
}

const hasTools = (await onPath('soffice')) && (await onPath('pdftotext')) && (await onPath('pdfinfo'));
const mustRun = Boolean(process.env.CI);
if (!hasTools && !mustRun) {
  console.warn('render-pdf.test.ts skipped: soffice, pdftotext or pdfinfo is not on PATH (apt-get install libreoffice-writer poppler-utils)');
}

const workDirs: string[] = [];
afterAll(async () => {
  await Promise.all(workDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function renderToPdf(docx: Buffer): Promise<{ pages: number; text: string[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'assured-render-'));
  workDirs.push(dir);
  const input = path.join(dir, 'bid.docx');
  await writeFile(input, docx);
  // A throwaway profile: LibreOffice refuses to start twice on one profile and leaves locks behind.
  const profile = pathToFileURL(path.join(dir, 'profile')).href;
  await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, input], {
    timeout: 120_000,
  });
  const pdf = path.join(dir, 'bid.pdf');
  const info = (await run('pdfinfo', [pdf])).stdout;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
  // pdftotext ends every page with a form feed.
  return { pages, text: text.split('\f').slice(0, pages) };
}

describe.skipIf(!hasTools && !mustRun)('rendering the Word export with LibreOffice', () => {
  it('renders two questions on separate pages with header, footer, text, table and notes', async () => {
    const sections = [loadSection('harbour-care-q2-involvement'), loadSection('harbour-care-q2-disagreements')];
    const { content } = await exportSections({ sections, format: 'docx', content: ANNOTATED_CONTENT });
    const { pages, text } = await renderToPdf(content as Buffer);

    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toHaveLength(pages);
    const flat = (page: string): string => page.replace(/\s+/g, ' ');
    const pageWith = (needle: string): number => text.findIndex((page) => flat(page).includes(needle));

    expect(pageWith('Supported Living Framework 2026: response from Harbour Care')).toBe(0);
    const first = pageWith('Question 4.2: Describe how you involve people');
    const second = pageWith('Question 4.3: How do you make sure disagreements');
    expect(first).toBe(0);
    // The second question starts a new page.
    expect(second).toBeGreaterThan(first);
    expect(flat(text[second - 1] ?? '')).not.toContain('Question 4.3');

    for (const [index, page] of text.entries()) {
      expect(flat(page)).toContain('Harbour Care · Supported Living Framework 2026');
      expect(flat(page)).toContain(`Harbour Care · Page ${index + 1} of ${pages}`);
    }
    const all = flat(text.join(' '));
    expect(all).toContain('Words: 192 of 250');
    expect(all).toContain('Characters (with spaces): 620 of 1,200');
    expect(all).toContain('A tenant at Hollinwade put it simply');
    expect(all).toMatch(/Figure +Value +Period +Place +Source/);
    expect(all).toContain('Service standard set by Harbour Care Ltd: Advocate referral answered within 48 hours.');
    expect(all).toContain('Source: disagreement log: 6 disagreements');
  });

  it('renders the appendix of an export allowed with unverified claims', async () => {
    const { content } = await exportSections({
      sections: [loadSection('harbour-care-q2-wrong-number')],
      format: 'docx',
      allowUnverified: 'Awaiting the RM re-count',
    });
    const { pages, text } = await renderToPdf(content as Buffer);
    const last = (text[pages - 1] ?? '').replace(/\s+/g, ' ');
    expect(last).toContain('Appendix for the bid team: unverified content');
    expect(last).toContain('For the bid team, not the buyer: delete this appendix before submitting.');
    expect(last).toContain('Reason given: Awaiting the RM re-count');
    // Table cells wrap, and where depends on the fonts installed, so look for each cell's words rather than one line.
    for (const words of ['paragraph 3', 'paragraph 5', 'mismatch', 'unsupported', 'the draft says 87%']) {
      expect(last).toContain(words);
    }
  });
});

describe.skipIf(!hasTools && !mustRun)('rendering the submission document with LibreOffice', () => {
  const involvement = loadSection('harbour-care-q2-involvement');
  const disagreements = loadSection('harbour-care-q2-disagreements');
  // 58 more words without numbers take the 192-word answer to 250 words.
  const closing =
    'Everyone we support can ask for a review at any time, in the way that suits them best, and we make the changes they ask for ' +
    'before the next meeting. Families tell us the easy-read summaries help them follow what was agreed, and advocates say they are ' +
    'welcome at every stage of planning and every review we hold.';
  const full = { ...involvement, responseText: `${involvement.responseText.trimEnd()}\n\n${closing}` };
  // A compound word broken at a line end ("easy-" / "read") is read back as one word again.
  const flat = (text: string): string => text.replace(/(\p{L})-\s+(?=\p{Ll})/gu, '$1-').replace(/\s+/g, ' ').trim();

  it('fits a 250-word answer on one A4 page, one answer per page, the PDF text being exactly the question and the answer', async () => {
    expect(countText(full.responseText).words).toBe(250);
    const result = await exportSections({ sections: [full, disagreements], format: 'docx', pageLimit: 1 });
    expect(result.pages).toEqual([1, 1]);
    // The export rendered the document to check the limit; its pages are read here.
    const text = result.rendered?.pages ?? [];
    expect(text).toHaveLength(2);
    for (const [index, section] of [full, disagreements].entries()) {
      const heading = `Question ${section.question.number}: ${section.question.text}`;
      // No title block, header, footer, count line, evidence table or note marks: the question and the answer, verbatim.
      expect(flat(text[index] ?? '')).toBe(flat(`${heading} ${section.responseText}`));
    }
    expect(flat(text[0] ?? '')).toContain('81% of reviews (34 of 42) had family or advocate input');
  });

  it('fails with a coded error naming the answer when it renders over the page limit', async () => {
    const long = { ...involvement, limit: { kind: 'words' as const, value: 1000 }, responseText: [1, 2, 3, 4].map(() => involvement.responseText.trimEnd()).join('\n\n') };
    const failure = await exportSections({ sections: [disagreements, long], format: 'docx', pageLimit: 1 }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'PAGE_LIMIT_EXCEEDED', details: { pageLimit: 1, answers: [{ question: 'Question 4.3', pages: 1 }, { question: 'Question 4.2', pages: 2 }] } });
    expect((failure as Error).message).toMatch(/^Over the page limit of 1 page per answer \(A4, Arial 11 pt, margins 2\.54\/2\.54\/2\.54\/2\.54 cm\): Question 4\.2 renders as 2 pages\./);
  });
});
