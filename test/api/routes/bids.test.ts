/**
 * Bids over HTTP: create (typed or from the buyer's pack), list, draft, edit in versions, review
 * with roles (a writer cannot approve; a reviewer cannot create, draft or edit), an approved
 * answer that is edited goes back to review, history with a diff, downloads named for people,
 * and another organisation's bid is 404.
 */
import { readFile } from 'node:fs/promises';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvite } from '../../../src/access/accept-invite.js';
import { createInvite } from '../../../src/access/create-invite.js';
import type { Role } from '../../../src/access/roles.js';
import { CSRF_HEADER, csrfTokenFor, SESSION_COOKIE } from '../../../src/access/session-token.js';
import { contentDisposition, downloadName, lotLabel, questionLabel } from '../../../src/api/routes/download-name.js';
import { DATABASE_KINDS } from '../../support/test-database.js';
import { bearer, setUpApi, type ApiFixture } from '../api-fixture.js';

const PASSWORD = 'a long enough passphrase';
const PACKS = new URL('../../../fixtures/tender-packs/', import.meta.url);
let fx: ApiFixture;
const people = {} as Record<'admin' | 'writer' | 'reviewer' | 'otherWriter', Record<string, string>>;

async function person(role: Role, organisation: string, email: string): Promise<Record<string, string>> {
  const invite = await createInvite({ db: fx.db, organisation: { slug: organisation }, email, role });
  const session = await acceptInvite({ db: fx.db, token: invite.token, name: `Sam ${role}`, password: PASSWORD });
  return { cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: csrfTokenFor(session.token) };
}

const QUESTIONS = [
  { number: '4.1', text: 'How do you involve people and their families in reviews of their support?', limit: { kind: 'words', value: 250 } },
  { number: '4.2', text: 'How do you make sure advocates are involved when a person needs one?', limit: { kind: 'words', value: 200 } },
];

async function newBid(headers: Record<string, string>, extra: Record<string, unknown> = {}): Promise<LightMyRequestResponse> {
  return fx.app.inject({ method: 'POST', url: '/v1/bids', headers, payload: { tenderName: 'Supported Living Framework', lot: '2', deadline: '2026-12-18', period: '2026-Q2', questions: QUESTIONS, ...extra } });
}

beforeAll(async () => {
  fx = await setUpApi('pglite');
  [people.admin, people.writer, people.reviewer, people.otherWriter] = await Promise.all([
    person('admin', fx.a.slug, 'admin@bids.example'),
    person('writer', fx.a.slug, 'writer@bids.example'),
    person('reviewer', fx.a.slug, 'reviewer@bids.example'),
    person('writer', fx.b.slug, 'writer@other.example'),
  ]);
}, 120_000);
afterAll(async () => fx?.close());

describe('download names', () => {
  it('joins organisation, tender, lot and question with en dashes, with an ASCII fallback', () => {
    const name = downloadName(['Harbour Care', 'Supported Living Framework', 'Lot 2', 'Q4.2'], 'docx');
    expect(name).toBe('Harbour Care – Supported Living Framework – Lot 2 – Q4.2.docx');
    expect(contentDisposition(name)).toBe(
      `attachment; filename="Harbour Care - Supported Living Framework - Lot 2 - Q4.2.docx"; filename*=UTF-8''Harbour%20Care%20%E2%80%93%20Supported%20Living%20Framework%20%E2%80%93%20Lot%202%20%E2%80%93%20Q4.2.docx`,
    );
    expect(contentDisposition('plain.docx')).toBe('attachment; filename="plain.docx"');
    expect(downloadName(['Café "A"/B', '', 'Q1'], 'html')).toBe('Café A B – Q1.html');
    expect(contentDisposition('Café.html')).toContain('filename="Cafe.html"');
    expect([questionLabel('4.2'), questionLabel('Q4'), lotLabel('2'), lotLabel('Lot 3: North'), lotLabel(null)]).toEqual(['Q4.2', 'Q4', 'Lot 2', 'Lot 3: North', undefined]);
  });
});

describe('a bid from creation to download', () => {
  let bidId: string;
  let q1: string;
  let q2: string;

  it('a writer creates a bid from typed questions; a reviewer cannot', async () => {
    expect((await newBid(people.reviewer)).statusCode).toBe(403);
    const created = await newBid(people.writer);
    expect(created.statusCode).toBe(201);
    const bid = created.json();
    expect(created.headers.location).toBe(`/v1/bids/${bid.id}`);
    expect(bid).toMatchObject({ tenderName: 'Supported Living Framework', lot: '2', deadline: '2026-12-18', period: '2026-Q2', createdBy: 'Sam writer', status: 'not-started' });
    expect(bid.questions.map((question: { number: string; status: string; answer: unknown }) => [question.number, question.status, question.answer])).toEqual([
      ['4.1', 'not-started', null],
      ['4.2', 'not-started', null],
    ]);
    bidId = bid.id;
    [q1, q2] = bid.questions.map((question: { id: string }) => question.id);
  });

  it('drafts every question without an answer, distinct from each other', async () => {
    expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/drafts`, headers: people.reviewer, payload: {} })).statusCode).toBe(403);
    const drafted = await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/drafts`, headers: people.writer, payload: {} });
    expect(drafted.statusCode).toBe(200);
    const bid = drafted.json();
    expect(bid.status).toBe('in-progress');
    expect(bid.counts).toMatchObject({ drafted: 2, 'not-started': 0 });
    const [a, b] = bid.questions;
    expect(a.answer).toMatchObject({ version: 1, kind: 'drafted', author: 'Sam writer' });
    expect(a.answer.count.words).toBeGreaterThan(50);
    expect(a.answer.count.words).toBeLessThanOrEqual(250);
    expect(a.answer.text).not.toBe(b.answer.text);
    // Nothing left to draft unless asked for by id.
    expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/drafts`, headers: people.writer, payload: {} })).statusCode).toBe(409);
  }, 60_000);

  it('saves an edit as a new version judged again; a stale edit is 409; a reviewer cannot edit', async () => {
    const bid = (await fx.app.inject({ method: 'GET', url: `/v1/bids/${bidId}`, headers: people.writer })).json();
    const text = `${bid.questions[0].answer.text}\n\nEvery plan is read back to the person in the format they choose.`;
    expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/versions`, headers: people.reviewer, payload: { text, basedOnVersion: 1 } })).statusCode).toBe(403);
    const saved = await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/versions`, headers: people.writer, payload: { text, basedOnVersion: 1 } });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ status: 'drafted', answer: { version: 2, kind: 'edited', text } });
    expect(saved.json().answer.count.words).toBeGreaterThan(bid.questions[0].answer.count.words);
    const stale = await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/versions`, headers: people.writer, payload: { text: 'Other words entirely.', basedOnVersion: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/version 2/);
  });

  it('two people saving the same version at once: one is kept, the other is told to reload (never a 500)', async () => {
    const save = (words: string) => fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q2}/versions`, headers: people.writer, payload: { text: words, basedOnVersion: 1 } });
    const answers = await Promise.all([save('First writer’s words.'), save('Second writer’s words.')]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    const history = (await fx.app.inject({ method: 'GET', url: `/v1/bids/${bidId}/questions/${q2}/history`, headers: people.writer })).json();
    expect(history.versions.map((version: { version: number }) => version.version)).toEqual([2, 1]);
  });

  it('review: a writer cannot approve; a reviewer approves or returns with a comment; an edited approved answer goes back to review', async () => {
    expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/approve`, headers: people.reviewer, payload: {} })).statusCode).toBe(409);
    const submitted = await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/submit`, headers: people.writer, payload: { version: 2 } });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('in-review');
    expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/approve`, headers: people.writer, payload: {} })).statusCode).toBe(403);
    expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/approve`, headers: bearer(fx.a.key), payload: {} })).statusCode).toBe(403);
    expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/approve`, headers: people.reviewer, payload: { version: 1 } })).statusCode).toBe(409);
    const approved = await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/approve`, headers: people.reviewer, payload: { version: 2 } });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', lastDecision: { decision: 'approved', version: 2, author: 'Sam reviewer' } });

    // Returning needs a comment; the writer sees it.
    await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q2}/submit`, headers: people.writer, payload: {} });
    expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q2}/return`, headers: people.reviewer, payload: {} })).statusCode).toBe(400);
    const returned = await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q2}/return`, headers: people.reviewer, payload: { comment: 'Name the advocacy service.' } });
    expect(returned.json()).toMatchObject({ status: 'returned', lastDecision: { decision: 'returned', comment: 'Name the advocacy service.' } });

    // An approved answer that is edited needs approving again.
    const current = (await fx.app.inject({ method: 'GET', url: `/v1/bids/${bidId}`, headers: people.writer })).json().questions[0].answer;
    const edited = await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/versions`, headers: people.writer, payload: { text: current.text.replace('Every plan is read back', 'Each plan is read back'), basedOnVersion: 2 } });
    expect(edited.json()).toMatchObject({ status: 'in-review', answer: { version: 3 }, lastDecision: { decision: 'submitted', version: 3 } });
    expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/approve`, headers: people.admin, payload: { version: 3 } })).json().status).toBe('approved');
  });

  it('keeps every version with who, when and a word diff, and every review step', async () => {
    const response = await fx.app.inject({ method: 'GET', url: `/v1/bids/${bidId}/questions/${q1}/history`, headers: people.reviewer });
    expect(response.statusCode).toBe(200);
    const history = response.json();
    expect(history.versions.map((version: { version: number; kind: string; author: string }) => [version.version, version.kind, version.author])).toEqual([
      [3, 'edited', 'Sam writer'],
      [2, 'edited', 'Sam writer'],
      [1, 'drafted', 'Sam writer'],
    ]);
    const latest = history.versions[0];
    expect(latest.diff.filter((part: { change: string }) => part.change !== 'same').map((part: { text: string }) => part.text.trim())).toEqual(['Every', 'Each']);
    expect([latest.wordsAdded, latest.wordsRemoved]).toEqual([1, 1]);
    expect(history.versions[2].diff).toEqual([{ change: 'added', text: history.versions[2].text }]);
    expect(history.decisions.map((decision: { decision: string }) => decision.decision)).toEqual(['approved', 'submitted', 'approved', 'submitted']);
  });

  it('downloads the submission, verification pack and portal text, named for people', async () => {
    const one = await fx.app.inject({ method: 'GET', url: `/v1/bids/${bidId}/submission.docx?questionId=${q1}&allowUnverified=tested`, headers: people.reviewer });
    expect(one.statusCode).toBe(200);
    expect(one.headers['content-type']).toMatch(/wordprocessingml/);
    expect(one.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const disposition = String(one.headers['content-disposition']);
    expect(disposition).toContain(`filename="Small Test Care - Supported Living Framework - Lot 2 - Q4.1.docx"`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('Small Test Care – Supported Living Framework – Lot 2 – Q4.1.docx');
    expect(one.headers['x-export-id']).toMatch(/^[0-9a-f-]{36}$/);
    const whole = await fx.app.inject({ method: 'GET', url: `/v1/bids/${bidId}/submission.docx?allowUnverified=tested`, headers: people.writer });
    expect(decodeURIComponent(String(whole.headers['content-disposition']).split("UTF-8''")[1]!)).toBe('Small Test Care – Supported Living Framework – Lot 2 – Submission.docx');
    expect(String(whole.headers['x-export-id']).split(', ')).toHaveLength(2);

    const pack = await fx.app.inject({ method: 'GET', url: `/v1/bids/${bidId}/verification-pack.html?questionId=${q1}`, headers: people.writer });
    expect(pack.statusCode).toBe(200);
    expect(pack.body).toContain('<html');
    expect(decodeURIComponent(String(pack.headers['content-disposition']).split("UTF-8''")[1]!)).toBe('Small Test Care – Supported Living Framework – Lot 2 – Q4.1 – Verification pack.html');

    const portal = await fx.app.inject({ method: 'GET', url: `/v1/bids/${bidId}/portal-text?questionId=${q1}&lineBreaks=newline`, headers: people.writer });
    expect(portal.statusCode).toBe(200);
    const body = portal.json();
    expect(body.files).toHaveLength(1);
    expect(body.files[0].text).toContain('Each plan is read back to the person');
    expect(body.files[0].text).not.toMatch(/\*\*|\[\^/);
    expect(body.counts.rule.lineBreaks).toBe('newline');
  });

  it('another organisation’s bid, question, history and downloads are 404', async () => {
    for (const headers of [people.otherWriter, bearer(fx.b.key)]) {
      for (const url of [`/v1/bids/${bidId}`, `/v1/bids/${bidId}/questions/${q1}/history`, `/v1/bids/${bidId}/submission.docx`, `/v1/bids/${bidId}/verification-pack.docx`, `/v1/bids/${bidId}/portal-text`]) {
        expect((await fx.app.inject({ method: 'GET', url, headers })).statusCode, url).toBe(404);
      }
      expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/questions/${q1}/versions`, headers, payload: { text: 'x', basedOnVersion: 3 } })).statusCode).toBe(404);
      expect((await fx.app.inject({ method: 'POST', url: `/v1/bids/${bidId}/drafts`, headers, payload: {} })).statusCode).toBe(404);
      const list = (await fx.app.inject({ method: 'GET', url: '/v1/bids', headers })).json();
      expect(list.bids.map((bid: { id: string }) => bid.id)).not.toContain(bidId);
    }
    // A question id of another bid of the same organisation is 404 too.
    const other = (await newBid(people.writer, { tenderName: 'Other tender' })).json();
    expect((await fx.app.inject({ method: 'GET', url: `/v1/bids/${other.id}/questions/${q1}/history`, headers: people.writer })).statusCode).toBe(404);
    expect((await fx.app.inject({ method: 'GET', url: '/v1/bids/not-a-uuid', headers: people.writer })).statusCode).toBe(404);
  });
});

describe('creating from the buyer’s pack, and listing', () => {
  it('reads the chosen questions of an uploaded pack with their limits', async () => {
    const content = (await readFile(new URL('merged-headers-pack.xlsx', PACKS))).toString('base64');
    const created = await fx.app.inject({
      method: 'POST',
      url: '/v1/bids',
      headers: bearer(fx.a.key),
      payload: { tenderName: 'Community Support', period: '2026-Q2', pack: { name: 'merged-headers-pack.xlsx', content, questions: ['2', '4'] } },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().questions.map((question: { number: string; limit: unknown }) => [question.number, question.limit])).toEqual([
      ['2', { kind: 'characters', value: 2500 }],
      ['4', { kind: 'characters-no-spaces', value: 1200 }],
    ]);
    expect(created.json().createdBy).toMatch(/^API key /);
    const wrong = await fx.app.inject({ method: 'POST', url: '/v1/bids', headers: bearer(fx.a.key), payload: { tenderName: 'X', period: '2026-Q2', pack: { name: 'merged-headers-pack.xlsx', content, questions: ['9'] } } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().detail).toMatch(/no question 9/);
  });

  it('refuses both or neither of questions and pack, repeated numbers and a bad period', async () => {
    expect((await fx.app.inject({ method: 'POST', url: '/v1/bids', headers: people.writer, payload: { tenderName: 'X', period: '2026-Q2' } })).statusCode).toBe(400);
    expect((await newBid(people.writer, { questions: [{ number: '1', text: 'A?' }, { number: '1', text: 'B?' }] })).json().detail).toMatch(/1 appears more than once/);
    expect((await newBid(people.writer, { period: 'sometime' })).statusCode).toBe(400);
  });

  it('lists bids newest first, a page at a time', async () => {
    const first = await fx.app.inject({ method: 'GET', url: '/v1/bids?limit=2', headers: people.reviewer });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.bids).toHaveLength(2);
    expect(page.bids[0].createdAt >= page.bids[1].createdAt).toBe(true);
    expect(page.next).toBeDefined();
    const second = (await fx.app.inject({ method: 'GET', url: page.next, headers: people.reviewer })).json();
    expect(second.bids.map((bid: { id: string }) => bid.id)).not.toContain(page.bids[0].id);
    expect(second.bids.every((bid: { questionCount: number; counts: Record<string, number> }) => Object.values(bid.counts).reduce((a, b) => a + b, 0) === bid.questionCount)).toBe(true);
  });
});

describe.each(DATABASE_KINDS)('racing steps on one answer (%s)', (kind) => {
  let race: ApiFixture;
  const racers = {} as Record<'writer' | 'reviewer' | 'secondReviewer', Record<string, string>>;

  beforeAll(async () => {
    race = kind === 'pglite' ? fx : await setUpApi(kind);
    const person = async (role: Role, email: string) => {
      const invite = await createInvite({ db: race.db, organisation: { slug: race.a.slug }, email, role });
      const session = await acceptInvite({ db: race.db, token: invite.token, name: `Race ${role}`, password: PASSWORD });
      return { cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: csrfTokenFor(session.token) };
    };
    [racers.writer, racers.reviewer, racers.secondReviewer] = await Promise.all([person('writer', `race-writer-${kind}@bids.example`), person('reviewer', `race-reviewer-${kind}@bids.example`), person('reviewer', `race-second-${kind}@bids.example`)]);
  }, 120_000);
  afterAll(async () => {
    if (kind !== 'pglite') await race?.close();
  });

  it('two saves of one version and two approvals at once: one wins, the other is 409', async () => {
    const bid = (await race.app.inject({ method: 'POST', url: '/v1/bids', headers: racers.writer, payload: { tenderName: 'Race', period: '2026-Q2', questions: [QUESTIONS[0]] } })).json();
    const questionUrl = `/v1/bids/${bid.id}/questions/${bid.questions[0].id}`;
    expect((await race.app.inject({ method: 'POST', url: `/v1/bids/${bid.id}/drafts`, headers: racers.writer, payload: {} })).statusCode).toBe(200);
    const save = (text: string) => race.app.inject({ method: 'POST', url: `${questionUrl}/versions`, headers: racers.writer, payload: { text, basedOnVersion: 1 } });
    expect((await Promise.all([save('One.'), save('Two.')])).map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect((await race.app.inject({ method: 'POST', url: `${questionUrl}/submit`, headers: racers.writer, payload: { version: 2 } })).statusCode).toBe(200);
    const approve = (headers: Record<string, string>) => race.app.inject({ method: 'POST', url: `${questionUrl}/approve`, headers, payload: { version: 2 } });
    expect((await Promise.all([approve(racers.reviewer), approve(racers.secondReviewer)])).map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const history = (await race.app.inject({ method: 'GET', url: `${questionUrl}/history`, headers: racers.writer })).json();
    expect(history.decisions.map((decision: { decision: string }) => decision.decision)).toEqual(['approved', 'submitted']);
  }, 120_000);
});
