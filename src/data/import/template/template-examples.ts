/**
 * The example row of each template sheet, where a column's kind alone would give a poor
 * example: ids and references that agree across sheets (the template imports as it is), and
 * text that shows what a real entry looks like.
 */
import type { RecordTypeName } from '../record-types/index.js';

export type ExampleValue = string | number | Date;

/** The day every example happened: in the past, and one date for all so date orders hold. */
export const EXAMPLE_DATE = new Date(Date.UTC(2026, 0, 15));
export const EXAMPLE_DATE_TIME = new Date(Date.UTC(2026, 0, 15, 10, 30));

export const TEMPLATE_EXAMPLES: Readonly<Partial<Record<RecordTypeName, Readonly<Record<string, ExampleValue>>>>> = {
  organisation: { slug: 'your-organisation', name: 'Your Care Ltd', bidder_name: 'Your Care' },
  services: { id: 'S-001', name: 'Northgate supported living', locality: 'Northgate' },
  people: { id: 'P-001', service_id: 'S-001' },
  reviews: { id: 'R-001', person_id: 'P-001', duration_minutes: 30 },
  participants: { id: 'A-001', review_id: 'R-001', role: 'family' },
  actions: { id: 'AC-001', person_id: 'P-001', review_id: 'R-001' },
  'advocate-referrals': { id: 'AR-001', person_id: 'P-001' },
  disagreements: { id: 'D-001', person_id: 'P-001' },
  feedback: { id: 'F-001', service_id: 'S-001', person_id: 'P-001', feel_involved: 4, themes: 'communication; timeliness', comment: 'Felt listened to at the review' },
  changes: { id: 'C-001', service_id: 'S-001', you_said: 'Summaries came too late', we_did: 'Summaries now go out within five working days' },
  enablement: {
    id: 'E-001',
    person_id: 'P-001',
    measure: 'staff support for community trips',
    before_value: '2:1',
    after_value: '1:1',
    verified_by: 'rm',
    goal: 'to go to the shops and the café with one worker',
    support: 'trips built up from short, quiet times to busy ones, with an agreed plan for leaving early if it got too much',
    agreed_with: 'the person, their mother and the PBS lead',
  },
  'governance-samples': { id: 'G-001', service_id: 'S-001', cases_sampled: 2 },
  practices: {
    id: 'PL-001',
    service_id: 'S-001',
    topic: 'carers',
    practice: 'The key worker asks at every review whether a relative is an unpaid carer and offers a referral for a carer’s assessment',
    owner_role: 'key-worker',
    cadence: 'each-review',
    source: 'Carer question in the review template',
    checked_by: 'rm',
    measure: 'carers referred for a carer’s assessment',
    measure_count: 3,
    measure_of: 4,
  },
};
