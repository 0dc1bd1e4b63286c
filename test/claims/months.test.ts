/** "months" is a duration unit like any other: for standards and for enablement periods. */
import { describe, expect, it } from 'vitest';
import { validateClaims } from '../../src/claims/validate-claims.js';
import { ZEvidencePackSchema } from '../../src/evidence/evidence-pack-schema.js';

const pack = ZEvidencePackSchema.parse({
  figures: [
    {
      id: 'enablement-community-access-time-to-travel-alone-6-to-2',
      label: 'time to travel to college alone (community access): before and after, verified',
      value: 2,
      previous: 6,
      unit: 'months',
      period: '2026-Q2',
      place: 'Northgate supported living',
      source: 'enablement records (shared with consent): 1 person verified Q2 2026',
    },
  ],
  standards: [{ id: 'plan-review', label: 'Support plans reviewed with the person within', value: 6, unit: 'months' }],
});

const statuses = (text: string) => validateClaims({ text, pack }).claims.map((claim) => [claim.text, claim.status]);

describe('months as a unit', () => {
  it('matches a standard stated in months, and no other number of months', () => {
    expect(statuses('Our standard is that support plans are reviewed with the person within 6 months.')).toEqual([['6 months', 'standard']]);
    expect(statuses('Our standard is that support plans are reviewed with the person within 9 months.')[0]?.[1]).not.toMatch(/^(standard|supported)$/u);
  });

  it('backs an enablement period in months, before and after', () => {
    expect(statuses('In Q2 2026 at Northgate, the time to travel to college alone went from 6 to 2 months.')).toEqual([['from 6 to 2 months', 'supported']]);
  });
});
