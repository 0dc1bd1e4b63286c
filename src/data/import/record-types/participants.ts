/** Who took part in a review, and how. */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType } from './record-type.js';

export const ZParticipantRowSchema = z.object({
  id: field.ref('participation reference'),
  review_id: field.ref('the reviews id of the meeting'),
  role: field.choice(v.PARTICIPANT_ROLES, 'who took part'),
  advocate_type: field.choice(v.ADVOCATE_TYPES, 'kind of advocate, when the participant is an advocate').optional(),
  mode: field.choice(v.PARTICIPATION_MODES, 'how they took part'),
});

export const participants = defineRecordType({
  name: 'participants',
  description: 'one participant in a review',
  fileName: /participants?|attendance|attendees/,
  schema: ZParticipantRowSchema,
  references: [{ column: 'review_id', type: 'reviews' }],
  dateOrder: [],
  rowRule: (row) =>
    row.role === 'advocate' && row.advocate_type === undefined
      ? { column: 'advocate_type', problem: 'is missing for an advocate', expected: 'imca, care-act, rpr or other' }
      : undefined,
  toStored: (row, idOf) => ({ reviewId: idOf('reviews', row.review_id), role: row.role, advocateType: row.advocate_type ?? null, mode: row.mode }),
  table: (tx) => tx.participant,
});
