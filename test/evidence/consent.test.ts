/**
 * Outcomes of people who did not consent to share never reach an output: not as a figure of
 * their own, not as a case line, not as "for one person", not to the model. They still count in
 * the anonymous total of outcomes verified.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../src/data/import/import-files.js';
import { draftSection } from '../../src/drafting/draft-section.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { startFakeChatServer, type FakeChatServer } from '../support/fake-chat-server.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { openTestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');

/** fixtures/small where no outcome is consented: the strong 2:1 → 1:1 outcome (E-101) is withdrawn too. */
async function noConsentFiles(): Promise<ImportFileInput[]> {
  const files = await readFixtureFiles(path.resolve('fixtures/small'));
  return files.map((file) => {
    if (file.name !== 'enablement.json') return file;
    const outcomes = JSON.parse(file.content.toString('utf8')) as { consent_to_share: string }[];
    return { ...file, content: Buffer.from(JSON.stringify(outcomes.map((outcome) => ({ ...outcome, consent_to_share: 'no' })))) };
  });
}

describe('consent to share', () => {
  let db: Database;
  let chat: FakeChatServer;

  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    await importFiles({ db, files: await noConsentFiles(), now: NOW });
    chat = await startFakeChatServer();
  });
  afterAll(async () => {
    await chat?.close();
    await db?.close();
  });

  // Word boundaries: the figures carry import times, and 02:1x or 12:1x would otherwise match '2:1'.
  it('keeps unconsented outcomes out of the figures and case examples, but in the verified total', async () => {
    const q2 = await computeFigures({ db, period: '2026-Q2', cases: 5, now: NOW });
    expect(q2.figures.filter((figure) => figure.catalogueId === 'enablement-measure' || figure.catalogueId === 'enablement-people')).toEqual([]);
    expect(q2.caseExamples).toEqual([]);
    expect(q2.figures.find((figure) => figure.id === 'enablement-verified')).toMatchObject({ value: 2 });
    expect(JSON.stringify(q2)).not.toMatch(/\b2:1\b|staff prompts needed|community access\b/u);
  });

  it('writes no unconsented outcome in a template answer', async () => {
    const section = await draftSection({ db, period: '2026-Q2', question: { text: 'How do you measure and evidence enablement outcomes for the people you support?' } });
    expect(section.responseText).not.toMatch(/\b2:1\b|\b1:1\b|prompts|for one person/u);
    expect(section.supporting.map((line) => line.kind)).not.toContain('case-example');
  });

  it('sends no unconsented outcome to the model', async () => {
    chat.enqueue({ kind: 'status', status: 500 });
    await draftSection({
      db,
      period: '2026-Q2',
      drafter: 'llm',
      question: { text: 'Describe the outcomes people achieve with your support.' },
      llm: { baseURL: chat.baseURL, apiKey: 'test-key', model: 'fake-model', timeoutMs: 5_000, maxRetries: 0 },
    });
    expect(chat.requests.length).toBeGreaterThan(0);
    for (const request of chat.requests) expect(request.raw).not.toMatch(/\b2:1\b|prompts needed|community access/u);
  });
});
