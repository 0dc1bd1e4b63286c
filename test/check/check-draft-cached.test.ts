import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { checkDraftCached } from '../../src/check/check-draft-cached.js';

const draft = 'We involve families where appropriate. Families are kept informed.';

describe('checkDraftCached', () => {
  it('answers as checkDraft does, for each set of options, with independent copies', async () => {
    const { messages, summary } = await checkDraft({ text: draft, wordLimit: 5 });
    const first = await checkDraftCached({ text: draft, wordLimit: 5 });
    expect(first).toEqual({ messages, summary });
    first.messages.length = 0;
    expect((await checkDraftCached({ text: draft, wordLimit: 5 })).messages).toEqual(messages);
    const roomy = await checkDraftCached({ text: draft, wordLimit: 500 });
    expect(roomy.messages.some((message) => message.category === 'length')).toBe(false);
    expect(messages.some((message) => message.category === 'length')).toBe(true);
  });
});
