import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { evidenceExample } from '../../src/check/evidence-examples.js';
import { validateClaims } from '../../src/claims/validate-claims.js';
import type { EvidencePack } from '../../src/evidence/evidence-pack-schema.js';

const pack: EvidencePack = {
  figures: [
    {
      id: 'family-present',
      label: 'Reviews with family or advocate input',
      value: 81,
      unit: 'percent',
      numerator: 34,
      denominator: 42,
      period: '2026-Q2',
      place: 'Ashbridge',
      source: 'review records: 42 reviews',
    },
  ],
  standards: [],
  practices: [
    {
      id: 'rm-chairs-complex',
      label: 'Registered Manager chairs complex reviews',
      numerator: 3,
      denominator: 4,
      share: 75,
      threshold: 70,
      period: '2026-Q2',
      place: 'Ashbridge',
      provenance: { records: 'reviews', noun: 'reviews', rows: 4, batches: [] },
      noun: 'complex reviews',
      shown: 'were chaired by the Registered Manager',
    },
  ],
};

describe('vague and tokenism messages', () => {
  it('reports each vague phrase of one sentence at its own column', async () => {
    const text = 'We regularly consult where appropriate and involve advocates as needed.';
    const report = await checkDraft({ text });
    const vague = report.messages.filter((message) => message.ruleId === 'no-vague-involvement');
    expect(vague.map((message) => [message.actual, message.column, message.endColumn])).toEqual([
      ['regularly', 4, 13],
      ['where appropriate', 22, 39],
      ['involve advocates', 44, 61],
      ['as needed', 62, 71],
    ]);
    for (const message of vague) expect(message.message).toMatch(/ — e\.g\. “.+”$/);
  });

  it('does not flag a lone people word in a sentence that names a role, a time and a change', async () => {
    const report = await checkDraft({
      text: 'After the March review, the care coordinator moved Amir\u2019s relative to the evening slot, as his sister asked.',
    });
    expect(report.messages.filter((message) => message.category === 'vague' || message.category === 'tokenism')).toEqual([]);
  });

  it('suggests a sentence from the evidence pack instead of placeholders, one the claim validator does not contradict', async () => {
    const report = await checkDraft({ text: 'Our reviews are robust and of high quality.', pack });
    const vague = report.messages.filter((message) => message.ruleId === 'no-vague-involvement');
    expect(vague.length).toBe(2);
    for (const message of vague) {
      const suggestion = message.expected[0]!;
      expect(suggestion).toMatch(/^In 2026-Q2 at Ashbridge, /);
      expect(message.expected.join(' ')).not.toMatch(/\[/);
      // Pasting the suggestion must not earn a "wrong number" from the validator.
      const statuses = validateClaims({ text: suggestion, pack }).claims.map((claim) => claim.status);
      expect(statuses).toContain('supported');
      expect(statuses.filter((status) => status === 'mismatch' || status === 'overstated')).toEqual([]);
    }
  });

  it('does not suggest the practice sentence whose count the validator reads as a different figure', () => {
    // "3 of 4 complex reviews were chaired by the Registered Manager" is matched to another figure and called a mismatch.
    const practice = 'In 2026-Q2 at Ashbridge, 3 of 4 complex reviews were chaired by the Registered Manager.';
    const mismatched = validateClaims({ text: practice, pack }).claims.some((claim) => claim.status === 'mismatch' || claim.status === 'overstated');
    expect(mismatched).toBe(true);
    expect(evidenceExample(pack)).not.toBe(practice);
  });

  it('reads a figure and its period across neighbouring sentences of a paragraph', async () => {
    const report = await checkDraft({ text: 'In the Q2 2026 tenant survey at Ashbridge, 40 tenants replied. Of those, 78% said meetings had improved.' });
    expect(report.messages.filter((message) => message.category === 'vague' || message.category === 'missing-anchor')).toEqual([]);
  });
});
