/**
 * The verification pack of answers drafted from the fixture provider: every claim of every answer
 * (numbers and practice statements) with what it rests on, its counts and import batches, the
 * figures' "as of" dates, findings allowed with the reason, and a sign-off table, in Word and HTML.
 */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { draftSection } from '../../src/drafting/draft-section.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { renderVerificationPack } from '../../src/export/tender-documents.js';
import type { VerificationPackModel } from '../../src/export/verification-pack.js';
import type { Section } from '../../src/section/section-schema.js';
import path from 'node:path';
import { importFiles } from '../../src/data/import/import-files.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { openTestDatabase } from '../support/test-database.js';
import { paragraphTexts, readDocx } from './export-fixtures.js';

const NOW = new Date('2026-12-02T09:00:00Z');
let db: Database;
let answers: Section[];
let model: VerificationPackModel;
let html: string;

beforeAll(async () => {
  db = await openTestDatabase('pglite');
  await importFiles({ db, files: await readFixtureFiles(path.resolve('fixtures/small')), now: NOW });
  const drafted = await draftSection({ db, period: '2026-Q2', question: { number: '4.2', text: 'How do you involve people and families in reviews?' }, limit: { kind: 'words', value: 250 } });
  // Drafted sections keep figures and standards; the practice profile is added so practice statements are checked too.
  const { practices } = await computeFigures({ db, period: '2026-Q2', now: NOW });
  const involvement: Section = { ...drafted, pack: { ...drafted.pack, ...(practices ? { practices } : {}) } };
  delete involvement.review;
  // A practice statement the records back, so the pack has a practice claim to list whatever the drafter chose to say.
  const second: Section = { ...involvement, question: { number: '4.3', text: 'Who chairs reviews, and how often are they held?' }, responseText: `${involvement.responseText}\n\nEvery disagreement is logged in the disagreement log.\n` };
  // A wrong number, exported anyway with a reason.
  const wrong: Section = { ...involvement, question: { number: '4.4', text: 'How do you know reviews happen on time?' }, responseText: `${involvement.responseText}\n\n97% of reviews were held on the day planned.` };
  answers = [involvement, second, wrong];
  const rendered = await renderVerificationPack(answers, { format: 'html', now: NOW, allowUnverified: 'RM re-count due Friday' });
  model = rendered.model;
  html = rendered.content as string;
}, 60_000);

afterAll(async () => {
  await db?.close();
});

describe('verification pack', () => {
  it('lists every claim of every answer, numbers and practice statements, with what it rests on', async () => {
    const { runExportGate } = await import('../../src/export/run-export-gate.js');
    expect(model.answers.map((answer) => answer.label)).toEqual(['Question 4.2', 'Question 4.3', 'Question 4.4']);
    for (const [index, answer] of model.answers.entries()) {
      const gate = await runExportGate(answers[index]!, { index });
      expect(answer.claims.map((claim) => claim.text)).toEqual([...gate.sections[0]!.claims].sort((a, b) => a.offset - b.offset).map((claim) => claim.text));
    }
    const claims = model.answers.flatMap((answer) => answer.claims);
    expect(claims.some((claim) => claim.kind === 'practice')).toBe(true);
    expect(model.totals.claims).toBe(claims.length);
    const figureClaim = claims.find((claim) => claim.kind === 'number' && claim.status === 'supported' && claim.batches.length > 0);
    expect(figureClaim).toMatchObject({ verified: true, period: 'Q2 2026', asOf: expect.stringMatching(/^2026-0[4-6]-\d{2}$/), stale: false });
    expect(figureClaim?.counting).not.toBe('');
    const practice = claims.find((claim) => claim.kind === 'practice');
    expect(practice?.counts).toMatch(/^\d+ of \d+ /);
    expect(practice?.asOf).toMatch(/^2026-0[4-6]-\d{2}$/);
  });

  it('names each import batch by file, SHA-256, import time and rows', () => {
    expect(model.batches.length).toBeGreaterThan(0);
    for (const batch of model.batches) {
      expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(batch.rows).toMatch(/^rows \d+–\d+$/);
      expect(batch.importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    }
    const referenced = new Set(model.answers.flatMap((answer) => answer.claims.flatMap((claim) => claim.batches)));
    expect([...referenced].sort()).toEqual(model.batches.map((batch) => batch.ref).sort());
  });

  it('records a finding exported anyway with the reason, and flags records older than the allowed age', async () => {
    const wrong = model.answers[2]!;
    const planted = wrong.claims.find((claim) => claim.text.startsWith('97%'));
    expect(planted?.verified).toBe(false);
    expect(wrong.findings).toContainEqual(expect.objectContaining({ status: planted?.status, allowedBecause: 'RM re-count due Friday' }));
    const later = await renderVerificationPack(answers.slice(0, 1), { format: 'html', now: new Date('2027-06-01T00:00:00Z'), maxAgeMonths: 6 });
    expect(later.model.answers[0]!.stale.length).toBeGreaterThan(0);
    expect(later.content).toContain('Records older than 6 months (before 1 December 2026)');
  });

  it('renders the same pack as HTML and Word, with a sign-off table', async () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<th>Checked by</th><th>Role</th><th>Date</th><th>Signature</th>');
    expect(html).toContain(model.batches[0]!.sha256);
    expect(html).toContain('RM re-count due Friday');
    expect(html).not.toMatch(/<script/i);
    const docx = await renderVerificationPack(answers, { format: 'docx', now: NOW, allowUnverified: 'RM re-count due Friday' });
    const parts = await readDocx(docx.content);
    expect(parts.document).toContain('w:orient="landscape"');
    const texts = paragraphTexts(parts.document);
    expect(texts).toContain('Sign-off');
    expect(texts).toContain(model.batches[0]!.sha256);
    const { value } = await mammoth.extractRawText({ buffer: docx.content as Buffer });
    for (const claim of model.answers.flatMap((answer) => answer.claims)) expect(value).toContain(`"${claim.text}"`);
  });

  it('says where each claim is as the Word reader finds it: the paragraph of the answer that holds it', () => {
    for (const [index, answer] of model.answers.entries()) {
      const paragraphs = answers[index]!.responseText.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
      for (const claim of answer.claims) {
        const number = Number(/^paragraph (\d+)$/.exec(claim.where)?.[1]);
        expect(paragraphs[number - 1], `${answer.label} claim ${claim.number} at ${claim.where}`).toContain(claim.text);
      }
      for (const finding of answer.findings) expect(finding.where).toMatch(/^paragraph \d+$/);
    }
  });

  it('keeps each row short enough to check: no Markdown, no repeat of the answer\'s place, the reason only where a claim needs one', () => {
    expect(html).not.toContain('`');
    expect(html).not.toMatch(/\b1 (records|reviews|people) counted/);
    for (const answer of model.answers) {
      const start = html.indexOf(`>${answer.label}:`);
      const table = html.slice(start, html.indexOf('</table>', start));
      const rows = [...table.matchAll(/<tr(?: class="[^"]*")?>(<td>[\s\S]*?)<\/tr>/g)].map((match) => match[1]!);
      expect(rows).toHaveLength(answer.claims.length);
      for (const [position, row] of rows.entries()) {
        const claim = answer.claims[position]!;
        if (claim.verified) expect(row, `${answer.label} claim ${claim.number}`).not.toContain(answer.place.replace(/&/g, '&amp;'));
        else expect(row).toContain('NOT VERIFIED');
      }
    }
  });
});
