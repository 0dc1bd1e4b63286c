/**
 * Every way of working stated for a named term is said as an answer would say it: it names the
 * term (so the answer is not then told it never mentions it), it passes the checker, and it holds
 * no number, since nothing in the records stands behind one.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract-claims.js';
import { checkDraft } from '../../../src/check/check-draft.js';
import { NAMED_TERMS } from '../../../src/drafting/data/named-terms.js';
import { namesTerm } from '../../../src/drafting/question/named-terms.js';

const stated = NAMED_TERMS.flatMap((term) => (term.practice ? [...term.practice.wordings, term.practice.brief].map((text) => ({ term, text })) : []));

describe('stated ways of working for named terms', () => {
  it('names its own term in every wording and the brief form', () => {
    expect(stated.filter(({ term, text }) => !namesTerm(term, text)).map(({ term, text }) => `${term.name}: ${text}`)).toEqual([]);
  });

  it('holds no figure', () => {
    // A section of an Act is its name, not a figure.
    expect(stated.filter(({ text }) => /\d/.test(text.replace(/\bsection \d+\b/g, ''))).map(({ text }) => text)).toEqual([]);
    // Nor in words: the claim validator reads "three months" as a number to back from the records.
    expect(stated.flatMap(({ text }) => extractClaims(text.replace(/\bsection \d+\b/g, '')).map((claim) => `${claim.text}: ${text}`))).toEqual([]);
  });

  it('passes the checker: an owner and a time for each sentence, no vague or hard sentence', async () => {
    const findings: string[] = [];
    for (const { term, text } of stated) {
      const { messages } = await checkDraft({ text, wordLimit: 600 });
      // One paragraph is not meant to carry all four lines of the involvement paragraph.
      for (const message of messages.filter((found) => found.ruleId !== 'require-involvement-structure')) findings.push(`${term.name}: ${message.ruleId} ${String(message.actual)}`);
    }
    expect(findings).toEqual([]);
  }, 60_000);

  it('leaves a capacity assessment for treatment to the prescriber and for a move of home to the council, as elsewhere in the answer', () => {
    const wordings = (name: string) => stated.filter(({ term }) => term.name === name).map(({ text }) => text);
    for (const text of wordings('a wish to stop or refuse medication').slice(0, 2)) expect(text).toMatch(/prescriber[^.]*assess|assess[^.]*prescriber/);
    for (const text of wordings('a move into a care home')) expect(text).toMatch(/council[^.]*assess|assess[^.]*council/);
    for (const text of [...wordings('a wish to stop or refuse medication'), ...wordings('a move into a care home')]) {
      expect(text).not.toMatch(/Registered Manager (?:arranges|holds)/);
    }
  });

  it('leaves a move of home to a health and welfare attorney who holds the decision, before the council', () => {
    const wordings = NAMED_TERMS.find((term) => term.name === 'a move into a care home')!.practice!.wordings;
    for (const text of wordings) expect(text).toMatch(/health and welfare attorney[^.]*(?:decision|makes it)/);
    for (const text of wordings) expect(text).not.toMatch(/move of home is the council's decision/);
  });

  it('leaves the renewal of a deprivation of liberty to the council, which seeks it, not to the provider', () => {
    const wordings = stated.filter(({ term }) => term.name === 'the Deprivation of Liberty Safeguards').map(({ text }) => text);
    expect(wordings.length).toBeGreaterThan(0);
    for (const text of wordings) expect(text).not.toMatch(/Registered Manager applies/);
    for (const text of wordings.slice(0, 2)) expect(text).toMatch(/Court of Protection/);
  });

  it("leaves a carer's assessment to the council, whose duty it is: staff tell carers of it and refer them, never offer one themselves", () => {
    const offering = /\boffers? (?:(?:them|a relative who cares for the person|each family carer) )?a carer['’]s assessment/;
    expect(stated.filter(({ text }) => offering.test(text)).map(({ term, text }) => `${term.name}: ${text}`)).toEqual([]);
  });
});
