/** An enablement outcome: a measure before and after support changed. */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType } from './record-type.js';

export const ZEnablementRowSchema = z.object({
  id: field.ref('outcome reference'),
  person_id: field.ref('the people id of the person'),
  domain: field.choice(v.ENABLEMENT_DOMAINS, 'area of life the outcome is in'),
  measure: field.text('what was measured', 200),
  unit: field.choice(v.ENABLEMENT_UNITS, 'unit of the before and after values'),
  before_value: field.text('the value before', 40),
  after_value: field.text('the value after', 40),
  started_on: field.date('date the work started'),
  verified_on: field.date('date the outcome was verified').optional(),
  verified_by: field.text('how the outcome was verified', 200).optional(),
  consent_to_share: field.yesNo('whether the person agreed to this being used as an anonymous case example'),
  // The story behind the numbers, so a case example can say what the person wanted, what was
  // done and who agreed it; roles only, never names (the drafter screens it before quoting).
  goal: field.text('what the person wanted, in their words', 200).optional(),
  support: field.text('what was done, including how any risk was agreed', 300).optional(),
  agreed_with: field.text('who agreed the plan, by role', 120).optional(),
});

const RATIO = /^\d+:\d+$/;

export const enablement = defineRecordType({
  name: 'enablement',
  description: 'an enablement outcome for a person',
  fileName: /enablement|outcomes?/,
  schema: ZEnablementRowSchema,
  references: [{ column: 'person_id', type: 'people' }],
  dateOrder: [{ earlier: 'started_on', later: 'verified_on', problem: 'is before the work started (started_on)' }],
  rowRule: (row) =>
    row.unit === 'ratio' && !(RATIO.test(row.before_value) && RATIO.test(row.after_value))
      ? { column: 'before_value', problem: 'is not a staff-to-person ratio', expected: 'ratios such as 2:1 in before_value and after_value' }
      : undefined,
  toStored: (row, idOf) => ({
    personId: idOf('people', row.person_id),
    domain: row.domain,
    measure: row.measure,
    unit: row.unit,
    beforeValue: row.before_value,
    afterValue: row.after_value,
    startedOn: row.started_on,
    verifiedOn: row.verified_on ?? null,
    verifiedBy: row.verified_by ?? null,
    consentToShare: row.consent_to_share,
    goal: row.goal ?? null,
    support: row.support ?? null,
    agreedWith: row.agreed_with ?? null,
  }),
  table: (tx) => tx.enablementOutcome,
});
