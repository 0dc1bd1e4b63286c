/**
 * Writes src/api/openapi-examples.json: one real request and response per operation, made
 * against the fixture provider (fixtures/small) through the app itself. Long arrays are cut to
 * their first items so the document stays readable; test/api/openapi.test.ts checks every
 * example against its schema. Run: npx tsx test/api/generate-openapi-examples.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { acceptInvite } from '../../src/access/accept-invite.js';
import { createInvite } from '../../src/access/create-invite.js';
import { CSRF_HEADER, csrfTokenFor, SESSION_COOKIE } from '../../src/access/session-token.js';
import { EXAMPLES_FILE, type OperationExample } from '../../src/api/plugins/swagger.js';
import { bearer, SMALL_DIR, setUpApi } from './api-fixture.js';

const MAX_ITEMS = 2;

function trimmed(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map(trimmed);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, trimmed(entry)]));
  return value;
}

const DRAFT = 'We involve people and their families in every review.\n\nSummaries went out within 5 working days for 75% of reviews in Q2 2026.';
const QUESTION = { text: 'How do you involve people and families in reviews?', number: '4.2' };
const SECOND_QUESTION = { text: 'How do you make sure summaries reach people on time?', number: '4.3' };

const fx = await setUpApi('pglite');
const examples: Record<string, OperationExample> = {};
const auth = bearer(fx.a.key);

async function record(operationId: string, request: { method: string; url: string; payload?: object; query?: Record<string, string>; headers?: Record<string, string> }, bodyFor: (response: { body: string; json: () => unknown }) => unknown = (response) => response.json()) {
  const response = await fx.app.inject({ method: request.method as 'GET', url: request.url, headers: request.headers ?? auth, ...(request.payload ? { payload: request.payload } : {}) });
  if (response.statusCode >= 400) throw new Error(`${operationId}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  examples[operationId] = {
    ...(request.payload ? { body: request.payload } : {}),
    ...(request.query ? { query: request.query } : {}),
    response: { status: response.statusCode, contentType: String(response.headers['content-type']).split(';')[0]!, body: trimmed(bodyFor(response)) },
  };
  return response;
}

try {
  await record('getHealth', { method: 'GET', url: '/health' });
  await record('getReadiness', { method: 'GET', url: '/ready' });
  const services = (await readFile(path.join(SMALL_DIR, 'services.csv'), 'utf8')).trim();
  await record('createImport', { method: 'POST', url: '/v1/imports', payload: { files: [{ name: 'services.csv', content: `${services}\n` }], dryRun: true } });
  await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: auth, payload: { files: [{ name: 'services.csv', content: `${services}\n` }] } });
  await record('listImports', { method: 'GET', url: '/v1/imports?limit=1', query: { limit: '1' } });
  const job = await fx.app.inject({ method: 'POST', url: '/v1/imports', headers: { ...auth, prefer: 'respond-async' }, payload: { files: [{ name: 'services.csv', content: `${services}\n` }], dryRun: true } });
  const jobUrl = String(job.headers.location);
  while ((await fx.app.inject({ method: 'GET', url: jobUrl, headers: auth })).json<{ status: string }>().status === 'running') await new Promise((resolve) => setTimeout(resolve, 20));
  await record('getImport', { method: 'GET', url: jobUrl });
  await record('getImportTemplate', { method: 'GET', url: '/v1/imports/template.xlsx' }, () => '(Excel workbook)');
  const savedMapping = { description: 'Review exports from our care system', types: { reviews: { columns: { 'Review ID': 'id', 'Client ID': 'person_id', 'Review type': 'type', 'Date of review': 'held_on' } } } };
  await record('saveImportMapping', { method: 'PUT', url: '/v1/import-mappings/our-care-system', payload: savedMapping });
  await record('listImportMappings', { method: 'GET', url: '/v1/import-mappings' });
  await record('getImportMapping', { method: 'GET', url: '/v1/import-mappings/our-care-system' });
  await record('previewImport', {
    method: 'POST',
    url: '/v1/imports/preview?rows=2',
    query: { rows: '2' },
    payload: { files: [{ name: 'reviews-export.csv', content: 'Review ID,Client ID,Review type,Date of review\nR-9001,P-001,Mini Review,03/04/2026\nR-9002,P-002,6-weekly review,04/04/2026\n' }], mapping: 'our-care-system' },
  });
  const rejectedWorkbook = new ExcelJS.Workbook();
  rejectedWorkbook.addWorksheet('reviews').addRows([
    ['id', 'person_id', 'type', 'Date of review'],
    ['R-990', 'P-001', 'mini-review', '31/02/2026'],
  ]);
  const rejectedContent = Buffer.from(await rejectedWorkbook.xlsx.writeBuffer()).toString('base64');
  await record(
    'createImportErrorWorkbook',
    { method: 'POST', url: '/v1/imports/error-workbook?file=reviews.xlsx', query: { file: 'reviews.xlsx' }, payload: { files: [{ name: 'reviews.xlsx', content: rejectedContent, encoding: 'base64' }] } },
    () => '(Excel workbook)',
  );
  await record('getFigures', { method: 'GET', url: '/v1/figures?period=2026-Q2&cases=1', query: { period: '2026-Q2', cases: '1' } });
  await record('getScore', { method: 'GET', url: '/v1/score?period=2026-Q2', query: { period: '2026-Q2' } });
  await record('getDashboard', { method: 'GET', url: '/v1/dashboard?period=2026-Q2', query: { period: '2026-Q2' } });
  await record('getDashboardCsv', { method: 'GET', url: '/v1/dashboard.csv?period=2026-Q2', query: { period: '2026-Q2' } }, (response) => response.body.split('\n').slice(0, 4).join('\n'));
  await record('getDashboardDocx', { method: 'GET', url: '/v1/dashboard.docx?period=2026-Q2', query: { period: '2026-Q2' } }, () => '(Word document)');
  await record('listServices', { method: 'GET', url: '/v1/services' });
  await record('checkDraft', { method: 'POST', url: '/v1/checks', payload: { text: DRAFT, wordLimit: 250 } });
  await record('validateDraft', { method: 'POST', url: '/v1/validations', payload: { text: DRAFT, period: '2026-Q2' } });
  const created = await record('createSection', { method: 'POST', url: '/v1/sections', payload: { question: QUESTION, period: '2026-Q2', limit: { kind: 'words', value: 250 } } });
  const id = created.json<{ id: string }>().id;
  await record('getSection', { method: 'GET', url: `/v1/sections/${id}` });
  await record('listSections', { method: 'GET', url: '/v1/sections?period=2026-Q2&limit=20', query: { period: '2026-Q2', limit: '20' } });
  await record('getSectionMarkdown', { method: 'GET', url: `/v1/sections/${id}/document.md?allowUnverified=${encodeURIComponent('Checked by hand against the review log')}` }, (response) => response.body);
  await record('listExports', { method: 'GET', url: `/v1/exports?sectionId=${id}`, query: { sectionId: id } });
  // Several sections at once: a second answer, then the submission (Markdown, so the example is readable), the pack (HTML) and the portal text.
  const secondSection = await fx.app.inject({ method: 'POST', url: '/v1/sections', headers: auth, payload: { question: SECOND_QUESTION, period: '2026-Q2', limit: { kind: 'words', value: 250 } } });
  const sectionIds = [id, secondSection.json<{ id: string }>().id];
  const reason = 'Checked by hand against the review log';
  await record('exportSubmission', { method: 'POST', url: '/v1/exports/submission', payload: { sectionIds, format: 'md', include: { countLine: true }, allowUnverified: reason } }, (response) => response.body);
  await record('exportVerificationPack', { method: 'POST', url: '/v1/exports/pack', payload: { sectionIds, format: 'html', allowUnverified: reason } }, (response) => response.body);
  await record('exportPortalText', { method: 'POST', url: '/v1/exports/portal', payload: { sectionIds, lineBreaks: 'crlf', marginPercent: 10 } });
  const tenderPack = (await readFile(path.resolve('fixtures/tender-packs/numbered-list-pack.docx'))).toString('base64');
  await record('readTenderPack', { method: 'POST', url: '/v1/tender-packs', payload: { name: 'numbered-list-pack.docx', content: tenderPack } });
  // A bid: created, drafted, edited, sent for review, returned and approved by a reviewer, its history and downloads.
  const bidBody = { tenderName: 'Supported Living Framework', lot: '2', deadline: '2026-12-18', period: '2026-Q2', questions: [{ number: '4.2', text: QUESTION.text, limit: { kind: 'words', value: 250 } }] };
  const bidId = (await record('createBid', { method: 'POST', url: '/v1/bids', payload: bidBody })).json<{ id: string }>().id;
  await record('listBids', { method: 'GET', url: '/v1/bids?limit=20', query: { limit: '20' } });
  const draftedBid = (await record('draftBidAnswers', { method: 'POST', url: `/v1/bids/${bidId}/drafts`, payload: { drafter: 'template' } })).json<{ questions: { id: string; answer: { text: string } }[] }>();
  const bidQuestion = draftedBid.questions[0]!;
  const bidQuestionUrl = `/v1/bids/${bidId}/questions/${bidQuestion.id}`;
  const editedAnswer = `${bidQuestion.answer.text}\n\nEvery plan is read back to the person in the format they choose.`;
  await record('saveBidAnswer', { method: 'POST', url: `${bidQuestionUrl}/versions`, payload: { text: editedAnswer, basedOnVersion: 1 } });
  await record('submitBidAnswer', { method: 'POST', url: `${bidQuestionUrl}/submit`, payload: { version: 2 } });
  const reviewerInvite = await createInvite({ db: fx.db, organisation: { slug: fx.a.slug }, email: 'rita@small-test.example', role: 'reviewer' });
  const reviewerSession = await acceptInvite({ db: fx.db, token: reviewerInvite.token, name: 'Rita Reviewer', password: 'harbour lights at dawn' });
  const asRita = { cookie: `${SESSION_COOKIE}=${reviewerSession.token}`, [CSRF_HEADER]: csrfTokenFor(reviewerSession.token) };
  await record('returnBidAnswer', { method: 'POST', url: `${bidQuestionUrl}/return`, headers: asRita, payload: { version: 2, comment: 'Say which advocacy service we refer to.' } });
  await fx.app.inject({ method: 'POST', url: `${bidQuestionUrl}/versions`, headers: auth, payload: { text: editedAnswer.replace('Every plan', 'Each plan'), basedOnVersion: 2 } });
  await fx.app.inject({ method: 'POST', url: `${bidQuestionUrl}/submit`, headers: auth, payload: {} });
  await record('approveBidAnswer', { method: 'POST', url: `${bidQuestionUrl}/approve`, headers: asRita, payload: { version: 3, comment: 'Ready to submit.' } });
  await record('getBid', { method: 'GET', url: `/v1/bids/${bidId}` });
  await record('getBidAnswerHistory', { method: 'GET', url: `${bidQuestionUrl}/history` });
  await record('getBidSubmission', { method: 'GET', url: `/v1/bids/${bidId}/submission.docx?allowUnverified=${encodeURIComponent(reason)}`, query: { allowUnverified: reason } }, () => '(Word document)');
  await record('getBidVerificationPackHtml', { method: 'GET', url: `/v1/bids/${bidId}/verification-pack.html`, query: {} }, (response) => response.body);
  await record('getBidPortalText', { method: 'GET', url: `/v1/bids/${bidId}/portal-text?lineBreaks=crlf&marginPercent=10`, query: { lineBreaks: 'crlf', marginPercent: '10' } });
  // A bid from the buyer's workbook: two answers that disagree on who chairs complex reviews, the finding allowed, the workbook written back.
  const workbookPack = (await readFile(path.resolve('fixtures/tender-packs/several-sheets-pack.xlsx'))).toString('base64');
  const packBid = (await fx.app.inject({ method: 'POST', url: '/v1/bids', headers: auth, payload: { tenderName: 'Community Living', period: '2026-Q2', pack: { name: 'several-sheets-pack.xlsx', content: workbookPack, questions: ['Q1.1', 'Q1.2'] } } })).json<{ id: string }>();
  const packDrafted = (await fx.app.inject({ method: 'POST', url: `/v1/bids/${packBid.id}/drafts`, headers: auth, payload: {} })).json<{ questions: { id: string; answer: { text: string } }[] }>();
  const chairs = ['The Registered Manager chairs every complex review.', 'Complex reviews are chaired by a team leader.'];
  for (const [index, question] of packDrafted.questions.entries()) {
    await fx.app.inject({ method: 'POST', url: `/v1/bids/${packBid.id}/questions/${question.id}/versions`, headers: auth, payload: { text: `${question.answer.text}\n\n${chairs[index]}`, basedOnVersion: 1 } });
  }
  const consistency = (await record('getBidConsistency', { method: 'GET', url: `/v1/bids/${packBid.id}/consistency` })).json<{ findings: { id: string; blocking: boolean }[] }>();
  const [firstFinding, ...otherFindings] = consistency.findings.filter((finding) => finding.blocking);
  for (const finding of otherFindings) await fx.app.inject({ method: 'POST', url: `/v1/bids/${packBid.id}/consistency/allowances`, headers: auth, payload: { findingId: finding.id, reason: 'Checked with the service managers.' } });
  await record('allowBidConsistencyFinding', { method: 'POST', url: `/v1/bids/${packBid.id}/consistency/allowances`, payload: { findingId: firstFinding!.id, reason: 'The team leader chairs at the smaller service; both answers say which service.' } });
  await record('getBidWriteBack', { method: 'GET', url: `/v1/bids/${packBid.id}/write-back?allowUnverified=${encodeURIComponent(reason)}`, query: { allowUnverified: reason } }, () => '(Excel workbook)');
  // People: an invitation accepted, sign-in with the session cookie, people and invitations, sign-out.
  const PASSWORD = 'harbour lights at dusk';
  const invite = await createInvite({ db: fx.db, organisation: { slug: fx.a.slug }, email: 'ann@small-test.example', role: 'admin' });
  await record('acceptInvite', { method: 'POST', url: '/v1/invites/accept', headers: {}, payload: { token: invite.token, name: 'Ann Admin', password: PASSWORD } });
  const signedIn = await record('signIn', { method: 'POST', url: '/v1/session', headers: {}, payload: { email: 'ann@small-test.example', password: PASSWORD } });
  const token = signedIn.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
  const asAnn = { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrfTokenFor(token) };
  await record('getSession', { method: 'GET', url: '/v1/session', headers: asAnn });
  await record('createInvite', { method: 'POST', url: '/v1/invites', headers: { ...asAnn, host: 'bids.small-test.example' }, payload: { email: 'ben@small-test.example', role: 'writer' } });
  await record('listInvites', { method: 'GET', url: '/v1/invites', headers: asAnn });
  await record('listUsers', { method: 'GET', url: '/v1/users', headers: asAnn });
  await record('signOut', { method: 'DELETE', url: '/v1/session', headers: asAnn });
  const again = await fx.app.inject({ method: 'POST', url: '/v1/session', payload: { email: 'ann@small-test.example', password: PASSWORD } });
  const second = again.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
  await record('signOutEverywhere', { method: 'DELETE', url: '/v1/sessions', headers: { cookie: `${SESSION_COOKIE}=${second}`, [CSRF_HEADER]: csrfTokenFor(second) } });
  await writeFile(EXAMPLES_FILE, `${JSON.stringify(examples, null, 2)}\n`);
  console.log(`Wrote ${Object.keys(examples).length} examples to ${path.relative(process.cwd(), EXAMPLES_FILE)}`);
} finally {
  await fx.close();
}
