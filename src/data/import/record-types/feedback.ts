/** A feedback response (compliment, concern, comment or survey answer). */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType, type IdOf } from './record-type.js';

export const ZFeedbackRowSchema = z.object({
  id: field.ref('response reference'),
  service_id: field.ref('the services id of the service the feedback is about'),
  person_id: field.ref('the people id of the person, blank when anonymous').optional(),
  responded_on: field.date('date of the response'),
  respondent_role: field.choice(v.RESPONDENT_ROLES, 'who responded'),
  feel_involved: field.integer(1, 5, '"I feel involved" rating').optional(),
  kind: field.choice(v.FEEDBACK_KINDS, 'kind of feedback'),
  themes: field.list('theme tags').optional(),
  comment: field.text('free text', 2000).optional(),
});

const optionalPersonId = (idOf: IdOf, ref: string | undefined) => (ref === undefined ? null : idOf('people', ref));

export const feedback = defineRecordType({
  name: 'feedback',
  description: 'one feedback response',
  fileName: /feedback|survey/,
  schema: ZFeedbackRowSchema,
  references: [
    { column: 'service_id', type: 'services' },
    { column: 'person_id', type: 'people' },
  ],
  dateOrder: [],
  toStored: (row, idOf) => ({
    serviceId: idOf('services', row.service_id),
    personId: optionalPersonId(idOf, row.person_id),
    respondedOn: row.responded_on,
    respondentRole: row.respondent_role,
    feelInvolved: row.feel_involved ?? null,
    kind: row.kind,
    themes: row.themes ?? [],
    comment: row.comment ?? null,
  }),
  table: (tx) => tx.feedbackResponse,
});
