/**
 * The model drafter against a real HTTP server on 127.0.0.1 speaking the Chat Completions API,
 * scripted per test. Each test asserts the outcome: accepted, retried, or fell back.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateClaims } from '../../../src/claims/validate-claims.js';
import type { Database } from '../../../src/data/database.js';
import { computeFigures } from '../../../src/evidence/compute-figures.js';
import type { FiguresResult } from '../../../src/evidence/figures-schema.js';
import type { YouSaidWeDid, PracticeFacts } from '../../../src/drafting/drafting-schema.js';
import { draftWithModel, llmOptionsFromEnv, MAX_REPLY_BYTES, replyCharacterLimit, type LlmOptions } from '../../../src/drafting/llm/draft-with-model.js';
import { queryDraftingData } from '../../../src/drafting/query-drafting-data.js';
import { startFakeChatServer, type FakeChatServer } from '../../support/fake-chat-server.js';
import { FIXTURE_DIR, openFixtureDatabase } from '../support/fixture-provider.js';
import { echoedInjection, goodDraft, INJECTED, inventedPercentage, overLong, swappedValues } from '../support/scripted-drafts.js';

let db: Database;
let server: FakeChatServer;
let figures: FiguresResult;
let changes: YouSaidWeDid[];
let practice: PracticeFacts;

beforeAll(async () => {
  [db, server] = await Promise.all([openFixtureDatabase(), startFakeChatServer()]);
  figures = await computeFigures({ db, period: '2026-Q2', cases: 3 });
  ({ changes, practice } = await queryDraftingData({ db, period: '2026-Q2' }));
});

afterAll(async () => {
  await Promise.all([db?.close(), server?.close()]);
});

afterEach(() => {
  expect(server.pending()).toBe(0);
});

// A loaded machine can hold up the fake server for seconds: success paths get a generous timeout; timeout tests set their own.
const llm = (extra: Partial<LlmOptions> = {}): LlmOptions => ({ baseURL: server.baseURL, apiKey: 'test-key', model: 'fake-model', timeoutMs: 30_000, maxRetries: 0, ...extra });
const draft = (extra: Partial<LlmOptions> = {}, wordLimit = 250) =>
  draftWithModel({ figures, changes, practice, limit: { kind: 'words', value: wordLimit }, llm: llm(extra) });

function clean(text: string, pack: FiguresResult) {
  // Numbers backed by a figure or a standard; practices the records show (or say nothing about).
  const backed = new Set(['supported', 'standard', 'practised', 'not-recorded']);
  const claims = validateClaims({ text, pack }).claims;
  const unbacked = claims.filter((claim) => !backed.has(claim.status) && !claim.actualStated);
  if (unbacked.length > 0) console.error(unbacked.map((claim) => `${claim.text}: ${claim.status}`).join('\n'));
  return unbacked.length === 0;
}

describe('draftWithModel', () => {
  it('accepts a good draft with tokens and renders every number from the pack', async () => {
    const before = server.requests.length;
    server.enqueue(goodDraft);
    const section = await draft();
    expect(section.model).toEqual({ used: true, fellBack: false, attempts: 1, usage: { promptTokens: 900, completionTokens: 160 }, reason: 'accepted' });
    expect(section.drafter).toBe('llm');
    expect(section.paragraph.evidence.text).toContain('from 65% the quarter before to 68%');
    expect(section.paragraph.assurance.text).toContain('4 of 4 services');
    expect(clean(section.responseText, figures)).toBe(true);
    const request = server.requests[before]!;
    expect(request.headers.authorization).toBe('Bearer test-key');
    expect(request.body?.model).toBe('fake-model');
    expect(request.body?.response_format).toEqual({ type: 'json_object' });
  });

  it('retries once with the findings when the model invents a percentage, then accepts the retry', async () => {
    const before = server.requests.length;
    server.enqueue(inventedPercentage, goodDraft);
    const section = await draft();
    expect(section.model).toMatchObject({ fellBack: false, attempts: 2, usage: { promptTokens: 1000, completionTokens: 210 } });
    expect(section.responseText).not.toContain('97%');
    const retry = server.requests[before + 1]!.body!.messages.at(-1)!.content;
    expect(retry).toMatch(/`97%` is (?:unsupported|a mismatch)/);
  });

  it('falls back to the template drafter when values are swapped between figures twice', async () => {
    server.enqueue(swappedValues, swappedValues);
    const section = await draft();
    expect(section.model).toMatchObject({ used: true, fellBack: true, attempts: 2 });
    expect(section.model!.reason).toMatch(/mismatch/);
    expect(section.drafter).toBe('template');
    expect(section.notes[0]).toMatch(/template drafter wrote this section/);
    expect(clean(section.responseText, figures)).toBe(true);
  });

  it('treats text that echoes an injected instruction as a failed attempt and never passes it on', async () => {
    server.enqueue(echoedInjection, echoedInjection);
    const section = await draft();
    expect(section.model).toMatchObject({ fellBack: true, attempts: 2 });
    expect(section.model!.reason).toMatch(/instruction/);
    expect(section.responseText).not.toContain(INJECTED);
  });

  it('retries an over-long draft and falls back when it is still over the limit', async () => {
    server.enqueue(overLong, overLong);
    const section = await draft({}, 200);
    expect(section.model).toMatchObject({ fellBack: true, attempts: 2 });
    expect(section.model!.reason).toMatch(/limit/);
    expect(section.responseText.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(200);
  });

  it('falls back after HTTP 500, with the SDK retrying exactly as configured', async () => {
    const before = server.requests.length;
    server.enqueue({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    const section = await draft({ maxRetries: 1 });
    expect(server.requests.length - before).toBe(2);
    expect(section.model).toMatchObject({ fellBack: true, attempts: 1, reason: 'the model endpoint answered HTTP 500' });
  });

  it('falls back after a timeout', async () => {
    // The reply would take a minute: finishing far sooner shows the timeout ended the call, with
    // room for a loaded machine to draft the fallback.
    server.enqueue({ kind: 'delay', ms: 60_000, then: { kind: 'status', status: 200 } });
    const started = Date.now();
    const section = await draft({ timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(section.model).toMatchObject({ fellBack: true, attempts: 1, reason: 'the model endpoint timed out' });
  });

  it('falls back when the endpoint returns malformed JSON', async () => {
    server.enqueue({ kind: 'raw', body: '{"id": "chatcmpl-broken", "choices": [' });
    const section = await draft();
    expect(section.model).toMatchObject({ fellBack: true, attempts: 1 });
    expect(section.drafter).toBe('template');
  });

  it('retries when the reply content is not the JSON asked for, and accepts a good retry', async () => {
    server.enqueue({ kind: 'completion', content: 'Here is the paragraph you asked for: we involve families.' }, goodDraft);
    const section = await draft();
    expect(section.model).toMatchObject({ fellBack: false, attempts: 2 });
    expect(section.model!.reason).toBe('accepted after one retry');
  });

  it('treats an unknown token and a missing line as findings', async () => {
    server.enqueue(
      { kind: 'completion', content: JSON.stringify({ behaviour: 'People choose who comes.', ownersCadence: '', evidence: 'Rated {{fig:no-such-figure}}.', assurance: 'x' }) },
      { kind: 'completion', content: JSON.stringify({ behaviour: 'People choose who comes to reviews.', ownersCadence: 'Key workers lead monthly.', evidence: 'Rated {{fig:no-such-figure}}.', assurance: 'The NI samples cases.' }) },
    );
    const section = await draft();
    expect(section.model).toMatchObject({ fellBack: true, attempts: 2 });
    expect(section.model!.reason).toMatch(/unknown token \{\{fig:no-such-figure\}\}/);
  });

  it('sends no person reference, name or comment text from the data in any request body', async () => {
    server.enqueue(goodDraft);
    await draft();
    const bodies = server.requests.map((request) => request.raw).join('\n');
    expect(bodies.length).toBeGreaterThan(1_000);
    const people = (await readFile(path.join(FIXTURE_DIR, 'people.csv'), 'utf8')).match(/P-\d{4}/g)!;
    const feedback = (await readFile(path.join(FIXTURE_DIR, 'feedback.csv'), 'utf8')).split(/\r?\n/).slice(1).filter(Boolean);
    const comments = [...new Set(feedback.map((line) => line.split(';').at(-1)!.trim()).filter((comment) => comment.length > 12))];
    const changeRows = (await readFile(path.join(FIXTURE_DIR, 'changes.csv'), 'utf8')).split(/\r?\n/).slice(1).filter(Boolean);
    expect(people.length).toBeGreaterThan(40);
    expect(comments.length).toBeGreaterThan(5);
    for (const reference of people) expect(bodies).not.toContain(reference);
    for (const comment of comments) expect(bodies).not.toContain(comment);
    for (const row of changeRows) expect(bodies).not.toContain(row.split(',')[4]); // "you said" text
    expect(bodies).not.toMatch(/\b(?:R-\d{5}|F-\d{4}|E-\d{3}|AR-\d{3}|D-\d{3})\b/);
  });
});

describe('draftWithModel: bounded replies', () => {
  it('falls back without crashing when the reply is 10 MB, reading no more than the byte limit', async () => {
    server.enqueue({ kind: 'huge', bytes: 10 * 1024 * 1024 });
    const started = Date.now();
    const section = await draft();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(section.model).toMatchObject({ used: true, fellBack: true, attempts: 1, reason: `the model reply was larger than ${MAX_REPLY_BYTES} bytes` });
    expect(section.drafter).toBe('template');
    expect(section.notes[0]).toBe(`The language model's draft was not used (the model reply was larger than ${MAX_REPLY_BYTES} bytes); the template drafter wrote this section.`);
    expect(clean(section.responseText, figures)).toBe(true);
  });

  it('does not retry an over-large reply, whatever the SDK retry setting', async () => {
    const before = server.requests.length;
    server.enqueue({ kind: 'huge', bytes: 200_000 });
    const section = await draft({ maxRetries: 2, maxReplyBytes: 64 * 1024 });
    expect(server.requests.length - before).toBe(1);
    expect(section.model).toMatchObject({ fellBack: true, attempts: 1, reason: 'the model reply was larger than 65536 bytes' });
  });

  it('cuts a reply dripped a few bytes a second at the timeout, body included, and falls back', async () => {
    server.enqueue({ kind: 'drip', bytesPerSecond: 4 });
    const started = Date.now();
    const section = await draft({ timeoutMs: 1_200 });
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(1_100);
    expect(took).toBeLessThan(4_000);
    expect(section.model).toMatchObject({ fellBack: true, attempts: 1, reason: 'the model endpoint timed out' });
    expect(section.notes[0]).toBe("The language model's draft was not used (the model endpoint timed out); the template drafter wrote this section.");
  });

  it('bounds every SDK retry of a dripping reply by the timeout', async () => {
    const before = server.requests.length;
    server.enqueue({ kind: 'drip', bytesPerSecond: 4 }, { kind: 'drip', bytesPerSecond: 4 });
    const started = Date.now();
    const section = await draft({ timeoutMs: 800, maxRetries: 1 });
    // Two attempts of 800 ms and the SDK's back-off of at most 500 ms; a dripped reply at 4 bytes a
    // second would take minutes, so far less than that shows each attempt was cut off.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(server.requests.length - before).toBe(2);
    expect(section.model).toMatchObject({ fellBack: true, attempts: 1, reason: 'the model endpoint timed out' });
  });

  it('ends the whole call on its own timer, even with a fetch that never settles', async () => {
    const stuck: typeof fetch = () => new Promise<Response>(() => undefined);
    const started = Date.now();
    const section = await draftWithModel({ figures, changes, practice, limit: { kind: 'words', value: 250 }, llm: llm({ timeoutMs: 200, fetch: stuck }) });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(section.model).toMatchObject({ fellBack: true, attempts: 1, reason: 'the model call took longer than 1200 ms in all' });
  });

  it('falls back when the reply content is far longer than the answer could be', async () => {
    const words = 'We involve people and families in every review. '.repeat(1_000);
    server.enqueue({ kind: 'completion', content: JSON.stringify({ behaviour: words, ownersCadence: 'x', evidence: 'x', assurance: 'x' }) });
    const section = await draft({}, 250);
    expect(replyCharacterLimit({ kind: 'words', value: 250 })).toBe(10_000);
    expect(section.model).toMatchObject({ fellBack: true, attempts: 1 });
    expect(section.model!.reason).toMatch(/^the model reply was \d+ characters long, more than the 10000 accepted$/);
  });

  it('reads the reply byte limit from the environment', () => {
    expect(llmOptionsFromEnv({ ASSURED_LLM_MAX_REPLY_BYTES: '4096' }).maxReplyBytes).toBe(4096);
    expect(() => llmOptionsFromEnv({ ASSURED_LLM_MAX_REPLY_BYTES: '10mb' })).toThrow(/ASSURED_LLM_MAX_REPLY_BYTES must be a whole number/);
  });
});
