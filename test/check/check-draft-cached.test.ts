import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { checkReportJsonCached } from '../../src/check/check-draft-cached.js';
import { ZCheckReportSchema, type CheckReport } from '../../src/check/check-schema.js';

const draft = 'We involve families where appropriate. Families are kept informed.';

const reportOf = async (json: Promise<string>): Promise<CheckReport> => JSON.parse(await json) as CheckReport;

describe('checkReportJsonCached', () => {
  it('answers as checkDraft does, for each set of options, as JSON that parses to independent copies', async () => {
    const { messages, summary } = await checkDraft({ text: draft, wordLimit: 5 });
    const first = await reportOf(checkReportJsonCached({ text: draft, wordLimit: 5 }));
    expect(first).toEqual({ messages, summary });
    expect(ZCheckReportSchema.parse(first)).toEqual(first);
    first.messages.length = 0;
    expect((await reportOf(checkReportJsonCached({ text: draft, wordLimit: 5 }))).messages).toEqual(messages);
    const roomy = await reportOf(checkReportJsonCached({ text: draft, wordLimit: 500 }));
    expect(roomy.messages.some((message) => message.category === 'length')).toBe(false);
    expect(messages.some((message) => message.category === 'length')).toBe(true);
  });

  it('runs identical requests once, and runs again after a failure instead of remembering it', async () => {
    let runs = 0;
    const failing = async () => {
      runs += 1;
      throw new Error('the worker stopped');
    };
    const text = `${draft} (failing once)`;
    await expect(Promise.all([checkReportJsonCached({ text }, failing), checkReportJsonCached({ text }, failing)])).rejects.toThrow('the worker stopped');
    expect(runs).toBe(1);
    expect(JSON.parse(await checkReportJsonCached({ text }))).toHaveProperty('summary');
  });
});
