/** A referral to an independent advocate, with its clock. */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType } from './record-type.js';

export const ZAdvocateReferralRowSchema = z.object({
  id: field.ref('referral reference'),
  person_id: field.ref('the people id of the person referred'),
  advocate_type: field.choice(v.ADVOCATE_TYPES, 'kind of advocate'),
  trigger: field.choice(v.REFERRAL_TRIGGERS, 'what made the referral necessary'),
  referred_at: field.dateTime('date and time of the referral'),
  advocate_involved_at: field.dateTime('date and time the advocate was first involved').optional(),
  outcome: field.choice(v.ADVOCACY_OUTCOMES, "what the advocate's involvement led to").optional(),
});

export const advocateReferrals = defineRecordType({
  name: 'advocate-referrals',
  description: 'a referral to an independent advocate',
  fileName: /referrals?|advoca/,
  schema: ZAdvocateReferralRowSchema,
  references: [{ column: 'person_id', type: 'people' }],
  dateOrder: [{ earlier: 'referred_at', later: 'advocate_involved_at', problem: 'is before the referral (referred_at)' }],
  toStored: (row, idOf) => ({
    personId: idOf('people', row.person_id),
    advocateType: row.advocate_type,
    trigger: row.trigger,
    referredAt: row.referred_at,
    advocateInvolvedAt: row.advocate_involved_at ?? null,
    outcome: row.outcome ?? null,
  }),
  table: (tx) => tx.advocateReferral,
});
