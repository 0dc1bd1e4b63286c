/** A logged disagreement about a person's support, and how far it went. */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType } from './record-type.js';

export const ZDisagreementRowSchema = z.object({
  id: field.ref('log reference'),
  person_id: field.ref('the people id of the person concerned'),
  logged_on: field.date('date logged'),
  topic: field.choice(v.DISAGREEMENT_TOPICS, 'what the disagreement was about'),
  escalation_level: field.choice(v.ESCALATION_LEVELS, 'highest level it reached'),
  resolved_on: field.date('date resolved').optional(),
  outcome: field.choice(v.DISAGREEMENT_OUTCOMES, 'how it ended').optional(),
});

export const disagreements = defineRecordType({
  name: 'disagreements',
  description: 'a logged disagreement about a person’s support',
  fileName: /disagreements?|disputes?/,
  schema: ZDisagreementRowSchema,
  references: [{ column: 'person_id', type: 'people' }],
  dateOrder: [{ earlier: 'logged_on', later: 'resolved_on', problem: 'is before the disagreement was logged (logged_on)' }],
  toStored: (row, idOf) => ({
    personId: idOf('people', row.person_id),
    loggedOn: row.logged_on,
    topic: row.topic,
    escalationLevel: row.escalation_level,
    resolvedOn: row.resolved_on ?? null,
    outcome: row.outcome ?? null,
  }),
  table: (tx) => tx.disagreement,
});
