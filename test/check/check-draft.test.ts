import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { ZCheckReportSchema } from '../../src/check/check-schema.js';

const draft = [
  '## How we involve families',
  '',
  'We involve families in care planning. The key worker sends an easy-read agenda five days before each monthly review.',
  'We consulted families on the new visiting arrangements.',
].join('\n');

describe('checkDraft', () => {
  it('returns the check-messages contract with positions of the trigger and its sentence', async () => {
    const report = await checkDraft({ text: draft });
    expect(ZCheckReportSchema.parse({ messages: report.messages, summary: report.summary })).toBeTruthy();
    const vague = report.messages.find((message) => message.ruleId === 'no-vague-involvement');
    expect(vague).toMatchObject({
      category: 'vague',
      severity: 'warning',
      line: 3,
      column: 4,
      endLine: 3,
      endColumn: 20,
      actual: 'involve families',
      ladder: 'participation',
      gaps: ['who', 'how-often', 'how', 'what-changed'],
      url: 'docs/rules.md#no-vague-involvement',
      sentence: { text: 'We involve families in care planning.', line: 3, column: 1, endLine: 3, endColumn: 38 },
    });
    const tokenism = report.messages.find((message) => message.ruleId === 'no-tokenism');
    expect(tokenism).toMatchObject({ line: 4, column: 1, endColumn: 22, actual: 'We consulted families', ladder: 'consultation' });
  });

  it('does not judge the heading as a sentence, but counts its words', async () => {
    const report = await checkDraft({ text: draft });
    expect(report.messages.filter((message) => message.line === 1 && message.category === 'vague')).toEqual([]);
    expect(report.summary.words).toBe(4 + 6 + 14 + 7);
  });

  it('summarises structure and the ladder', async () => {
    const report = await checkDraft({ text: draft });
    expect(report.summary.structure).toEqual({ behaviour: true, ownersCadence: true, evidence: false, assurance: false });
    // Flagged sentences count one rung below what they claim; the concrete one has no cue.
    expect(report.summary.ladder).toBe('consultation');
    const plain = await checkDraft({ text: 'The garden has two benches.' });
    expect(plain.summary.ladder).toBe('none');
  });

  it('reads a practice tied to an event outside reviews (every interview panel, each assessment) as owners and cadence', async () => {
    for (const text of ['The Registered Manager asks a person who uses the service to sit on every interview panel.', 'The quality lead reads each capacity assessment against the standard.']) {
      const report = await checkDraft({ text });
      expect(report.summary.structure.ownersCadence, text).toBe(true);
    }
    const report = await checkDraft({ text: 'The Registered Manager asks a person who uses the service to help with recruitment.' });
    expect(report.summary.structure.ownersCadence).toBe(false);
  });

  it('reads what is done with the person outside reviews (a complaint through an advocate, an answer in their format) as behaviour', async () => {
    for (const text of ['A complaint can be made to any member of staff or through an advocate.', "The Registered Manager answers each complaint in the person's agreed format.", 'Before a referral the staff member asks the person what they want to happen.']) {
      const report = await checkDraft({ text });
      expect(report.summary.structure.behaviour, text).toBe(true);
    }
    const report = await checkDraft({ text: 'The Registered Manager answers each complaint in writing.' });
    expect(report.summary.structure.behaviour).toBe(false);
  });

  it('marks a word-limit overrun from the first word past the limit, as an error', async () => {
    const report = await checkDraft({ text: 'One two three.\n\nFour five six seven.', wordLimit: 5 });
    const length = report.messages.find((message) => message.category === 'length');
    expect(length).toMatchObject({ severity: 'error', line: 3, column: 11, endLine: 3, endColumn: 21, actual: '7 words' });
    expect(report.summary).toMatchObject({ words: 7, wordLimit: 5, errors: 1 });
  });

  it('counts characters with and without spaces and honours the choice for the limit', async () => {
    const withSpaces = await checkDraft({ text: 'Ab cd.\n\nEf.', charLimit: 9 });
    expect(withSpaces.summary).toMatchObject({ characters: 10, charactersNoSpaces: 8 });
    expect(withSpaces.messages.some((message) => message.category === 'length')).toBe(true);
    const noSpaces = await checkDraft({ text: 'Ab cd.\n\nEf.', charLimit: 9, charLimitCountsSpaces: false });
    expect(noSpaces.messages.some((message) => message.category === 'length')).toBe(false);
  });

  it('takes severity from configuration, not from the rule', async () => {
    const report = await checkDraft({ text: 'We involve families.', severity: { 'no-vague-involvement': 'error' } });
    expect(report.messages.find((message) => message.ruleId === 'no-vague-involvement')?.severity).toBe('error');
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('reports claims only when an evidence pack is given', async () => {
    const text = 'In Q2 2026 at Northgate, 94% of summaries were sent within five working days.';
    const pack = {
      figures: [
        { id: 'summaries-on-time', label: 'Meeting summaries sent within 5 working days', value: 96, unit: 'percent' as const, numerator: 48, denominator: 50, period: '2026-Q2', place: 'Northgate', source: 'review records' },
      ],
      standards: [],
    };
    expect((await checkDraft({ text })).messages.filter((message) => message.category === 'unsupported-claim')).toEqual([]);
    const withPack = await checkDraft({ text, pack });
    expect(withPack.messages.find((message) => message.category === 'unsupported-claim')).toMatchObject({
      severity: 'error',
      line: 1,
      column: 26,
      actual: '94%',
    });
  });

  it('maps plugin findings into our rule ids', async () => {
    const report = await checkDraft({ text: 'We will commence the mini-review in March.', readability: { wordy: true } });
    expect(report.messages.map((message) => message.ruleId)).toEqual(['readable-sentences']);
  });

  it('leaves passive voice, formulas and wordy phrases out unless asked for; long sentences stay as information', async () => {
    const plain = await checkDraft({ text: 'We will commence the mini-review in March. Summaries are sent within five working days.' });
    expect(plain.messages.filter((message) => message.ruleId === 'readable-sentences')).toEqual([]);
    const long = `The key worker ${'meets the person and '.repeat(9)}writes it down.`;
    const report = await checkDraft({ text: long });
    expect(report.messages.filter((message) => message.ruleId === 'readable-sentences').map((message) => message.severity)).toEqual(['info']);
  });

  it('rejects a limit that is not a positive whole number', async () => {
    await expect(checkDraft({ text: 'x', wordLimit: 0 })).rejects.toThrow(/wordLimit/);
  });
});
