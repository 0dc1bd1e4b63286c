/** The jargon rule's alternatives read correctly where they would go: applying one keeps the sentence grammatical. */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/check/check-draft.js';

async function jargonExpected(text: string): Promise<unknown> {
  const report = await checkDraft({ text });
  return report.messages.find((message) => message.ruleId === 'no-care-jargon')?.expected;
}

describe('no-care-jargon alternatives', () => {
  it('drops the article of "the person" after a determiner: "Each service user" becomes "Each person"', async () => {
    expect(await jargonExpected('Each service user chooses who comes to the review.')).toEqual(['person', 'people we support']);
    expect(await jargonExpected('Every service user has a key worker.')).toEqual(['person', 'people we support']);
  });

  it('keeps the article where there is no determiner, and offers the plural first for a plural term', async () => {
    expect(await jargonExpected('We ask the service user first.')).toEqual(['person', 'people we support']);
    expect(await jargonExpected('Service user views come first.')).toEqual(['the person', 'people we support']);
    expect(await jargonExpected('Service users choose who comes.')).toEqual(['people we support', 'the person']);
  });
});
