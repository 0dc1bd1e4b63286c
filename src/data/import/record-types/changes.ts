/** A "you said, we did" change made after feedback. */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType } from './record-type.js';

export const ZChangeRowSchema = z.object({
  id: field.ref('change reference'),
  service_id: field.ref('the services id of the service that changed'),
  raised_on: field.date('date the feedback was given'),
  raised_by_role: field.choice(v.RAISED_BY_ROLES, 'who gave the feedback'),
  you_said: field.text('the feedback in a short line', 500),
  we_did: field.text('what changed, in a short line', 500),
  changed_on: field.date('date the change was made'),
  verified_on: field.date('date the change was checked as still in place').optional(),
  verified_by: field.choice(v.VERIFIER_ROLES, 'role that verified the change').optional(),
});

export const changes = defineRecordType({
  name: 'changes',
  description: 'a change made after feedback ("you said, we did")',
  fileName: /changes?|you[-_ ]?said/,
  schema: ZChangeRowSchema,
  references: [{ column: 'service_id', type: 'services' }],
  dateOrder: [
    { earlier: 'raised_on', later: 'changed_on', problem: 'is before the feedback was given (raised_on)' },
    { earlier: 'changed_on', later: 'verified_on', problem: 'is before the change was made (changed_on)' },
  ],
  toStored: (row, idOf) => ({
    serviceId: idOf('services', row.service_id),
    raisedOn: row.raised_on,
    raisedByRole: row.raised_by_role,
    youSaid: row.you_said,
    weDid: row.we_did,
    changedOn: row.changed_on,
    verifiedOn: row.verified_on ?? null,
    verifiedBy: row.verified_by ?? null,
  }),
  table: (tx) => tx.feedbackChange,
});
