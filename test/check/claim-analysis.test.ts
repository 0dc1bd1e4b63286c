import { describe, expect, it } from 'vitest';
import { analyseClaim } from '../../src/check/claim-analysis.js';
import { flagSentence } from '../../src/check/flag-sentence.js';

describe('analyseClaim', () => {
  it.each([
    ['The Head of Care reads every complaint.', 'actor'],
    ['Two carer trainers teach the session.', 'actor'],
    ['Summaries go out within five working days.', 'cadence'],
    ['We send agendas in easy-read.', 'method'],
    ['We introduced evening reviews.', 'change'],
    ['Case-file sampling covers every service.', 'check'],
  ] as const)('%s fills %s', (sentence, slot) => {
    expect(analyseClaim(sentence).slots[slot]).toBeDefined();
    expect(analyseClaim(sentence).vague).toBe(false);
  });

  it.each([
    'Staff support residents with daily living.',
    'Satisfaction has risen considerably since the changes.',
    'Large-print copies are available if requested.',
    'An advocate can be arranged where required.',
    'We aim to send summaries within five working days.',
    'Our team works closely with tenants.',
  ])('vague: %s', (sentence) => {
    expect(analyseClaim(sentence).vague).toBe(true);
  });

  it('does not read words inside a capitalised name as triggers', () => {
    expect(flagSentence('The Family Voice Charter was agreed with the care coordinator in March 2026.')).toEqual([]);
  });

  it('finds a metric anchored by the sentence before it', () => {
    const analysis = analyseClaim('Of those, 78% said meetings had improved.', { previous: 'In the Q2 2026 survey at Ashbridge, 40 tenants replied.' });
    expect(analysis.metrics.map((metric) => [metric.text, metric.anchored])).toEqual([['78%', true]]);
    expect(analyseClaim('Of those, 78% said meetings had improved.').metrics.map((metric) => metric.anchored)).toEqual([false]);
  });

  it('stays linear on a long hostile sentence', () => {
    const text = 'We regularly involve families where appropriate, as needed '.repeat(400);
    const started = performance.now();
    const flags = flagSentence(text);
    expect(flags.length).toBeGreaterThan(100);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
