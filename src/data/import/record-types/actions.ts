/** An action agreed for a person, usually at a review. */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType, type IdOf } from './record-type.js';

export const ZActionRowSchema = z.object({
  id: field.ref('action reference'),
  person_id: field.ref('the people id of the person the action is for'),
  review_id: field.ref('the reviews id of the review that set it').optional(),
  owner_role: field.choice(v.ACTION_OWNERS, 'role of who owns the action'),
  due_on: field.date('due date'),
  closed_on: field.date('date closed').optional(),
});

const optionalReviewId = (idOf: IdOf, ref: string | undefined) => (ref === undefined ? null : idOf('reviews', ref));

export const actions = defineRecordType({
  name: 'actions',
  description: 'an action agreed for a person',
  fileName: /actions?/,
  schema: ZActionRowSchema,
  references: [
    { column: 'person_id', type: 'people' },
    { column: 'review_id', type: 'reviews' },
  ],
  dateOrder: [],
  toStored: (row, idOf) => ({
    personId: idOf('people', row.person_id),
    reviewId: optionalReviewId(idOf, row.review_id),
    ownerRole: row.owner_role,
    dueOn: row.due_on,
    closedOn: row.closed_on ?? null,
  }),
  table: (tx) => tx.action,
});
