/**
 * `existingDraft` revises the writer's draft instead of replacing it: concrete sentences stay
 * word for word and in order, vague ones are replaced by their rewrites, missing lines of the
 * paragraph and evidence on the asked topics are added, and the limit holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { measureResponse } from '../../src/drafting/assemble-response.js';
import { draftSection } from '../../src/drafting/draft-section.js';
import { openFixtureDatabase } from './support/fixture-provider.js';

let db: Database;
beforeAll(async () => {
  db = await openFixtureDatabase();
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const CONCRETE = 'In 2025 our key workers phoned each family the week before a review to ask what they wanted raised.';
const DRAFT = `We involve families in care planning.\n\n${CONCRETE}\n\nWe use advocates where appropriate.\n`;
const QUESTION = { text: 'How do you involve families and independent advocates in reviews?' };

describe('revising a writer\'s draft', () => {
  it('keeps concrete sentences, replaces vague ones, adds what is missing, within the limit', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: QUESTION, limit: { kind: 'words', value: 400 }, existingDraft: DRAFT });
    const text = section.responseText;
    expect(text).toContain(CONCRETE);
    expect(text).not.toContain('We involve families in care planning.');
    expect(text).not.toContain('We use advocates where appropriate.');
    for (const rewrite of section.rewrites) expect(text).toContain(rewrite.after);
    // The rewrites are in the writer's order, before anything added.
    const first = section.rewrites.find((rewrite) => rewrite.line === 1)!;
    expect(text.indexOf(first.after)).toBeLessThan(text.indexOf(CONCRETE));
    expect(new Set(section.rewrites.map((rewrite) => rewrite.after)).size).toBe(section.rewrites.length);
    expect(section.notes[0]).toMatch(/revised, not replaced: 3 paragraph\(s\) kept in your order, 2 vague sentence\(s\) replaced/);
    expect(section.notes.join('\n')).toMatch(/Added because your draft did not have them: [^\n]*assurance line/);
    expect(measureResponse(text, 'words')).toBeLessThanOrEqual(400);
    expect(measureResponse(text, 'words')).toBeGreaterThan(300);
    expect(section.paragraph.assurance.text.length).toBeGreaterThan(0);
  });

  it('adds nothing past a tight limit', async () => {
    const section = await draftSection({ db, period: '2026-Q3', question: QUESTION, limit: { kind: 'words', value: 150 }, existingDraft: DRAFT });
    expect(section.responseText).toContain(CONCRETE);
    expect(measureResponse(section.responseText, 'words')).toBeLessThanOrEqual(150);
  });

  it('never writes a sentence twice when two rewrites give the same figure', async () => {
    const draft = 'We involve families in reviews and keep everyone informed.\n\nWe value the views of the people we support and listen to feedback. 96% of summaries go out on time.\n';
    const section = await draftSection({ db, period: '2026-Q2', question: { text: 'Describe how you involve people, their families and advocates in reviewing their support.' }, limit: { kind: 'words', value: 250 }, existingDraft: draft });
    const sentences = section.responseText.split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim()).filter(Boolean);
    expect(sentences.filter((sentence, index) => sentences.indexOf(sentence) !== index)).toEqual([]);
    expect(section.responseText).not.toContain('96%');
  });
});
