/** A person supported, by pseudonymous reference only. */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType } from './record-type.js';

export const ZPersonRowSchema = z.object({
  id: field.ref('pseudonymous reference of the person, never a name'),
  service_id: field.ref('the services id of the service supporting the person'),
  accessible_format: field.choice(v.ACCESSIBLE_FORMATS, 'the accessible format agreed with the person'),
  started_on: field.date('date support started'),
  ended_on: field.date('date support ended').optional(),
});

export const people = defineRecordType({
  name: 'people',
  description: 'a person supported, by pseudonymous reference',
  fileName: /people|persons?\b/,
  schema: ZPersonRowSchema,
  references: [{ column: 'service_id', type: 'services' }],
  dateOrder: [{ earlier: 'started_on', later: 'ended_on', problem: 'is before started_on' }],
  toStored: (row, idOf) => ({
    serviceId: idOf('services', row.service_id),
    accessibleFormat: row.accessible_format,
    startedOn: row.started_on,
    endedOn: row.ended_on ?? null,
  }),
  table: (tx) => tx.person,
});
