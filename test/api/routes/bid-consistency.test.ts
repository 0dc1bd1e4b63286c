/**
 * A stored bid read from the buyer's workbook, over HTTP: the pack is kept; the consistency
 * report lists a contradiction planted across two answers with the questions it touches; the
 * submission and the write-back are held back until each blocking finding is allowed with a
 * reason (kept, and void once the answers change); the write-back is the buyer's own workbook
 * with the answers in their cells, its formatting, other sheets and formulas kept; each answer
 * carries the drafter's notes and plan.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvite } from '../../../src/access/accept-invite.js';
import { createInvite } from '../../../src/access/create-invite.js';
import { quotedStaleFigures } from '../../../src/access/bids/get-bid.js';
import { CSRF_HEADER, csrfTokenFor, SESSION_COOKIE } from '../../../src/access/session-token.js';
import { openWordPackage, readBody } from '../../../src/drafting/tender-pack/word-package.js';
import { portalPlainText } from '../../../src/export/portal-text.js';
import type { Section } from '../../../src/section/section-schema.js';
import { bearer, setUpApi, type ApiFixture } from '../api-fixture.js';

const PACKS = new URL('../../../fixtures/tender-packs/', import.meta.url);
const CHAIR_A = 'The Registered Manager chairs every complex review.';
const CHAIR_B = 'Complex reviews are chaired by a team leader.';

let fx: ApiFixture;
let auth: Record<string, string>;
let reviewer: Record<string, string>;

interface Finding {
  id: string;
  kind: string;
  key: string;
  blocking: boolean;
  message: string;
  quotes: { questionId: string; questionNumber: string; text: string }[];
  allowed: { reason: string; author: string; createdAt: string } | null;
}
interface Report {
  ok: boolean;
  answers: number;
  open: number;
  findings: Finding[];
}

beforeAll(async () => {
  fx = await setUpApi('pglite');
  auth = bearer(fx.a.key);
  const invite = await createInvite({ db: fx.db, organisation: { slug: fx.a.slug }, email: 'rita@consistency.example', role: 'reviewer' });
  const session = await acceptInvite({ db: fx.db, token: invite.token, name: 'Rita Reviewer', password: 'a long enough passphrase' });
  reviewer = { cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: csrfTokenFor(session.token) };
}, 120_000);
afterAll(async () => fx?.close());

const get = (url: string, headers = auth) => fx.app.inject({ method: 'GET', url, headers });
const post = (url: string, payload: object, headers = auth) => fx.app.inject({ method: 'POST', url, headers, payload });

describe('a bid from the buyer’s workbook: one story, then written back', () => {
  let bidId: string;
  let questionIds: string[];
  let texts: string[];

  it('keeps the uploaded pack; a bid of typed questions has none to write back into', async () => {
    const content = (await readFile(new URL('several-sheets-pack.xlsx', PACKS))).toString('base64');
    const created = await post('/v1/bids', { tenderName: 'Community Living', lot: '1', period: '2026-Q2', pack: { name: 'several-sheets-pack.xlsx', content, questions: ['Q1.1', 'Q1.2'] } });
    expect(created.statusCode).toBe(201);
    expect(created.json().pack).toEqual({ fileName: 'several-sheets-pack.xlsx', format: 'xlsx' });
    bidId = created.json().id;
    questionIds = created.json().questions.map((question: { id: string }) => question.id);

    const typed = await post('/v1/bids', { tenderName: 'Typed', period: '2026-Q2', questions: [{ number: '1', text: 'How do you involve families in reviews?', limit: { kind: 'pages', value: 1 } }] });
    expect(typed.json().pack).toBeNull();
    const drafted = await post(`/v1/bids/${typed.json().id}/drafts`, {});
    // A page limit is drafted to a word budget, and the drafter's notes say so.
    expect(drafted.json().questions[0].answer.notes).toContain("The buyer's limit is 1 page(s); the answer was drafted to 350 words, about 350 a page.");
    const none = await get(`/v1/bids/${typed.json().id}/write-back?allowUnverified=test`);
    expect(none.statusCode).toBe(409);
    expect(none.json().detail).toMatch(/typed in, so there is no buyer’s file/);
  }, 60_000);

  it('drafts both answers with the drafter’s notes and plan beside each', async () => {
    const drafted = await post(`/v1/bids/${bidId}/drafts`, {});
    expect(drafted.statusCode).toBe(200);
    for (const question of drafted.json().questions) {
      expect(question.answer.notes.length).toBeGreaterThan(0);
      expect(question.answer.notes[0]).toMatch(/^This question asks about/);
      expect(question.answer.plan.topics.length).toBeGreaterThan(0);
      expect(Array.isArray(question.answer.staleFigures)).toBe(true);
    }
    texts = drafted.json().questions.map((question: { answer: { text: string } }) => question.answer.text);
    // The age is configurable: at one month, every quoted figure on records from the period (April to June) is old.
    const strict = (await get(`/v1/bids/${bidId}?maxAgeMonths=1`)).json<{ questions: { answer: { staleFigures: { asOf: string }[] } }[] }>();
    expect(strict.questions.every((question) => question.answer.staleFigures.length > 0 && question.answer.staleFigures.every((figure) => figure.asOf <= '2026-06-30'))).toBe(true);
    expect((await get(`/v1/bids/${bidId}?maxAgeMonths=0`)).statusCode).toBe(400);
  }, 120_000);

  it('reports a contradiction planted across two answers, naming both questions', async () => {
    await post(`/v1/bids/${bidId}/questions/${questionIds[0]}/versions`, { text: `${texts[0]}\n\n${CHAIR_A}`, basedOnVersion: 1 });
    await post(`/v1/bids/${bidId}/questions/${questionIds[1]}/versions`, { text: `${texts[1]}\n\n${CHAIR_B}`, basedOnVersion: 1 });
    const response = await get(`/v1/bids/${bidId}/consistency`, reviewer);
    expect(response.statusCode).toBe(200);
    const report = response.json<Report>();
    expect(report.answers).toBe(2);
    expect(report.ok).toBe(false);
    const chair = report.findings.find((finding) => finding.key === 'complex-review-chair')!;
    expect(chair).toMatchObject({ kind: 'practice', blocking: true, allowed: null });
    expect(chair.id).toMatch(/^[0-9a-f]{16}$/);
    expect(chair.message).toMatch(/who chairs complex and best-interests reviews/);
    expect(new Set(chair.quotes.map((quote) => quote.questionId))).toEqual(new Set(questionIds));
    expect(chair.quotes.map((quote) => quote.text)).toEqual(expect.arrayContaining([expect.stringMatching(/team leader/i)]));
    expect(report.open).toBe(report.findings.filter((finding) => finding.blocking).length);
  });

  it('holds back the submission and the write-back until each blocking finding is allowed with a reason', async () => {
    const before = (await get(`/v1/bids/${bidId}/consistency`)).json<Report>();
    for (const url of [`/v1/bids/${bidId}/submission.docx?allowUnverified=test`, `/v1/bids/${bidId}/write-back?allowUnverified=test`, `/v1/bids/${bidId}/submission.docx?allowUnverified=test&questionId=${questionIds[1]}`]) {
      const blocked = await get(url);
      expect(blocked.statusCode, url).toBe(422);
      expect(blocked.json().type).toBe('https://assured.example/problems/bid-inconsistent');
      expect(blocked.json().detail).toContain(before.findings.find((finding) => finding.key === 'complex-review-chair')!.id);
    }
    const allowances = `/v1/bids/${bidId}/consistency/allowances`;
    const first = before.findings.find((finding) => finding.blocking)!;
    expect((await post(allowances, { findingId: first.id, reason: 'ok' }, reviewer)).statusCode).toBe(403);
    expect((await post(allowances, { findingId: first.id, reason: '   ' })).statusCode).toBe(400);
    expect((await post(allowances, { findingId: 'not an id', reason: 'ok' })).statusCode).toBe(400);
    const unknown = await post(allowances, { findingId: '0123456789abcdef', reason: 'ok' });
    expect(unknown.statusCode).toBe(409);
    expect(unknown.json().detail).toMatch(/no consistency finding 0123456789abcdef/);

    let report = before;
    for (const finding of before.findings.filter((entry) => entry.blocking)) {
      const allowed = await post(allowances, { findingId: finding.id, reason: 'The team leader chairs at the smaller service; the answer says so.' });
      expect(allowed.statusCode).toBe(200);
      report = allowed.json<Report>();
    }
    expect(report).toMatchObject({ ok: true, open: 0 });
    expect(report.findings.find((finding) => finding.key === 'complex-review-chair')!.allowed).toMatchObject({ reason: 'The team leader chairs at the smaller service; the answer says so.', author: expect.stringMatching(/^API key /) });
    expect((await get(`/v1/bids/${bidId}/submission.docx?allowUnverified=test`)).statusCode).toBe(200);
  }, 60_000);

  it('writes the answers into the buyer’s workbook, which re-opens with its formatting, other sheets and formulas', async () => {
    const response = await get(`/v1/bids/${bidId}/write-back?allowUnverified=test`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    expect(decodeURIComponent(String(response.headers['content-disposition']).split("UTF-8''")[1]!)).toBe('Small Test Care – Community Living – Lot 1 – several-sheets-pack (answered).xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const bid = (await get(`/v1/bids/${bidId}`)).json<{ questions: { answer: { text: string } }[] }>();
    const quality = workbook.getWorksheet('Quality')!;
    expect(quality.getCell('E4').value).toBe(portalPlainText(bid.questions[0]!.answer.text));
    expect(quality.getCell('E5').value).toBe(portalPlainText(bid.questions[1]!.answer.text));
    expect(String(quality.getCell('E5').value)).toContain(CHAIR_B);
    expect(quality.getCell('E6').value).toBeNull();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Instructions', 'Quality', 'Social value', 'Scores']);
    expect(workbook.getWorksheet('Scores')!.getCell('B1').value).toMatchObject({ formula: 'SUM(Quality!D4:D7)' });
    expect(quality.getCell('D8').value).toMatchObject({ formula: 'SUM(D4:D7)' });
    expect(quality.getCell('A3').font).toMatchObject({ bold: true, name: 'Arial' });
    expect(quality.getCell('E4').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(quality.getCell('D4').numFmt).toBe('0%');
    expect(quality.getColumn(2).width).toBe(70);
  }, 60_000);

  it('an allowance stops holding once the answers change what the finding says', async () => {
    const text = `${texts[1]}\n\nComplex reviews are chaired by a deputy manager.`;
    expect((await post(`/v1/bids/${bidId}/questions/${questionIds[1]}/versions`, { text, basedOnVersion: 2 })).statusCode).toBe(201);
    const report = (await get(`/v1/bids/${bidId}/consistency`)).json<Report>();
    const chair = report.findings.find((finding) => finding.key === 'complex-review-chair')!;
    expect(chair.allowed).toBeNull();
    expect(report.ok).toBe(false);
    expect((await get(`/v1/bids/${bidId}/write-back?allowUnverified=test`)).statusCode).toBe(422);
  }, 60_000);

  it('without a reason, the write-back is held back by the export gate like the submission', async () => {
    const bid = (await get(`/v1/bids/${bidId}`)).json<{ questions: { answer: { findings: { blocking: boolean }[] } }[] }>();
    const gateBlocks = bid.questions.some((question) => question.answer.findings.some((finding) => finding.blocking));
    const report = (await get(`/v1/bids/${bidId}/consistency`)).json<Report>();
    for (const finding of report.findings.filter((entry) => entry.blocking && !entry.allowed)) await post(`/v1/bids/${bidId}/consistency/allowances`, { findingId: finding.id, reason: 'Both chair, at different services.' });
    const response = await get(`/v1/bids/${bidId}/write-back`);
    expect(response.statusCode).toBe(gateBlocks ? 422 : 200);
    if (gateBlocks) expect(response.json().type).toBe('https://assured.example/problems/export-blocked');
  }, 60_000);

  it('another organisation cannot read the report, allow a finding or download the write-back', async () => {
    const other = bearer(fx.b.key);
    expect((await get(`/v1/bids/${bidId}/consistency`, other)).statusCode).toBe(404);
    expect((await get(`/v1/bids/${bidId}/write-back`, other)).statusCode).toBe(404);
    expect((await post(`/v1/bids/${bidId}/consistency/allowances`, { findingId: '0123456789abcdef', reason: 'x' }, other)).statusCode).toBe(404);
  });
});

describe('a bid from the buyer’s Word form', () => {
  it('writes the answer into the form’s answer cell under its question', async () => {
    const content = (await readFile(new URL('form-table-pack.docx', PACKS))).toString('base64');
    const created = await post('/v1/bids', { tenderName: 'Home Support', period: '2026-Q2', pack: { name: 'form-table-pack.docx', content, questions: ['Q4'] } });
    expect(created.json().pack).toEqual({ fileName: 'form-table-pack.docx', format: 'docx' });
    const drafted = await post(`/v1/bids/${created.json().id}/drafts`, {});
    const answer = drafted.json().questions[0].answer.text as string;
    const response = await get(`/v1/bids/${created.json().id}/write-back?allowUnverified=test`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/wordprocessingml/);
    const body = readBody(await openWordPackage(response.rawPayload, 'filled.docx'));
    const table = body.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('expected the form table');
    expect(table.rows[8]![1]!.paragraphs).toEqual(portalPlainText(answer).split('\n\n').map((paragraph) => paragraph.replace(/\n/g, ' ')));
    expect(table.rows[2]![1]!.text).toBe('');
  }, 120_000);
});

describe('freshness of the figures an answer quotes', () => {
  it('lists the quoted figures whose records are older than six months, oldest first', () => {
    const figure = (id: string, asOf: string) => ({ id, label: `Figure ${id}`, value: 50, unit: 'percent', period: '2026-Q2', source: 'records', asOf });
    const section = {
      pack: { figures: [figure('old', '2026-01-31'), figure('older', '2025-11-30'), figure('recent', '2026-06-30'), figure('unquoted', '2025-01-31')], standards: [] },
      validation: { claims: [{ figureId: 'recent' }, { figureId: 'old' }, { figureId: 'older' }, { text: '3' }] },
    } as unknown as Section;
    expect(quotedStaleFigures(section, new Date('2026-08-15T00:00:00Z')).map((stale) => [stale.id, stale.asOf])).toEqual([
      ['older', '2025-11-30'],
      ['old', '2026-01-31'],
    ]);
    expect(quotedStaleFigures(section, new Date('2026-07-01T00:00:00Z'))).toEqual([{ id: 'older', label: 'Figure older', asOf: '2025-11-30' }]);
  });
});
