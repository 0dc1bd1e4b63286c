/**
 * A part nothing else answers is said in its own words as a commitment with an owner and a check,
 * only where its words read as one plain thing done.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract-claims.js';
import { checkDraft } from '../../../src/check/check-draft.js';
import { partCommitment, partPhrase, PART_COMMITMENT_WORDINGS } from '../../../src/drafting/plan/part-commitment.js';

describe('partPhrase', () => {
  it('takes what is to be done from a "how you will" part', () => {
    expect(partPhrase({ text: 'how you will keep a person’s routines and preferences when they change service' })).toBe('keep a person’s routines and preferences when they change service');
    expect(partPhrase({ text: 'and how your staff would learn what the person finds calming' })).toBe('learn what the person finds calming');
  });

  it('leaves a part it could not say whole', () => {
    // "this" is in another part; a number would be read as a claim; "about where" stops short;
    // a noun after the ask is not something done; "you" cannot stay in our voice.
    for (const text of [
      'how you will record and revisit this',
      'how you will review the move in the first 12 weeks',
      'how you will manage differences between a young person and their parents about where',
      'how you will meetings be planned',
      'how you will make sure you hear from families',
      'what you will do if the move breaks down',
    ]) expect(partPhrase({ text }), text).toBeUndefined();
  });

  it('says it in turn across a bid, each wording with an owner and a check, no number and nothing the checker marks', async () => {
    const part = { text: 'how you will keep a person’s routines and preferences when they change service' };
    const said = [0, 1, 2].map((again) => partCommitment(part, again)!);
    expect(new Set(said).size).toBe(PART_COMMITMENT_WORDINGS.length);
    for (const text of said) {
      expect(text).toMatch(/^To keep a person’s routines and preferences when they change service, /);
      expect(extractClaims(text)).toEqual([]);
      const { messages } = await checkDraft({ text, wordLimit: 600 });
      expect(messages.filter((message) => message.ruleId !== 'require-involvement-structure').map((message) => `${message.ruleId} ${String(message.actual)}`)).toEqual([]);
    }
  }, 30_000);

  it("names a scenario's person, not 'the person', in each wording", () => {
    const part = { text: 'how you would work with his care coordinator and his advocate' };
    const said = [0, 1, 2].map((again) => partCommitment(part, again, { name: 'Aleksander', possessive: 'his' })!);
    for (const text of said) expect(text).not.toMatch(/the person|their (?:support plan|file)/);
    expect(said[0]).toMatch(/agrees the steps with Aleksander and writes them into his support plan/);
  });
});
