import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';

async function anchorMessages(text: string): Promise<string[]> {
  const report = await checkDraft({ text });
  return report.messages.filter((message) => message.ruleId === 'require-figure-anchor').map((message) => message.actual);
}

describe('require-figure-anchor reads metrics, not practice counts', () => {
  it.each([
    'We have four involvement standards and two carer trainers.',
    '42 staff completed it in 2025-26.',
    'Attendance went from 9 to 16 the next quarter.',
    'In the 2025 family survey at Northgate, 120 relatives replied. Of those, 83% said they felt involved.',
    'In Q2 2026, across Ashbridge and Hollinwade, 81% of reviews had family input. Summaries on time rose from 58% to 96% (48 of 50).',
  ])('no message: %s', async (text) => {
    expect(await anchorMessages(text)).toEqual([]);
  });

  it('flags a metric whose period is in neither its sentence nor a neighbour in the same paragraph', async () => {
    expect(await anchorMessages('12 families joined the forum.')).toEqual(['12']);
    expect(await anchorMessages('Reviews are monthly.\n\nIn Q2 2026 we changed the agenda.\n\n83% of reviews had a relative present.')).toEqual(['83%']);
  });

  it('stays linear on one paragraph of thousands of figures', async () => {
    const started = performance.now();
    await checkDraft({ text: '12 families joined. '.repeat(3000) });
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
