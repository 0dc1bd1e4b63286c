/** A review meeting about one person. */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType } from './record-type.js';

export const ZReviewRowSchema = z.object({
  id: field.ref('review reference'),
  person_id: field.ref('the people id of the person reviewed'),
  type: field.choice(v.REVIEW_TYPES, 'kind of review'),
  held_on: field.date('date of the meeting'),
  duration_minutes: field.integer(1, 480, 'length of the meeting in minutes').optional(),
  chair_role: field.choice(v.CHAIR_ROLES, 'role of who chaired the meeting').optional(),
  agenda_sent_on: field.date('date the agenda went out').optional(),
  agenda_format: field.choice(v.AGENDA_FORMATS, 'format of the agenda').optional(),
  accessible_format_used: field.yesNo("whether the person's agreed format was used").optional(),
  summary_sent_on: field.date('date the plain-English summary went out').optional(),
});

export const reviews = defineRecordType({
  name: 'reviews',
  description: 'a review meeting about one person',
  fileName: /reviews?|meetings?/,
  schema: ZReviewRowSchema,
  references: [{ column: 'person_id', type: 'people' }],
  dateOrder: [
    { earlier: 'agenda_sent_on', later: 'held_on', blame: 'earlier', problem: 'is after the meeting (held_on)' },
    { earlier: 'held_on', later: 'summary_sent_on', problem: 'is before the meeting (held_on)' },
  ],
  toStored: (row, idOf) => ({
    personId: idOf('people', row.person_id),
    type: row.type,
    heldOn: row.held_on,
    durationMinutes: row.duration_minutes ?? null,
    chairRole: row.chair_role ?? null,
    agendaSentOn: row.agenda_sent_on ?? null,
    agendaFormat: row.agenda_format ?? null,
    accessibleFormatUsed: row.accessible_format_used ?? null,
    summarySentOn: row.summary_sent_on ?? null,
  }),
  table: (tx) => tx.review,
});
