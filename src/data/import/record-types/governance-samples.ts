/** A governance sample: cases the nominated individual checked at one service. */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType } from './record-type.js';

export const ZGovernanceSampleRowSchema = z.object({
  id: field.ref('sampling reference'),
  service_id: field.ref('the services id of the service sampled'),
  sampled_on: field.date('date of the sampling'),
  cases_sampled: field.integer(0, 100, 'number of cases sampled'),
  sampled_by_role: field.choice(v.SAMPLER_ROLES, 'role of who sampled'),
});

export const governanceSamples = defineRecordType({
  name: 'governance-samples',
  description: 'one governance sampling of a service',
  fileName: /governance|sampl/,
  schema: ZGovernanceSampleRowSchema,
  references: [{ column: 'service_id', type: 'services' }],
  dateOrder: [],
  toStored: (row, idOf) => ({
    serviceId: idOf('services', row.service_id),
    sampledOn: row.sampled_on,
    casesSampled: row.cases_sampled,
    sampledByRole: row.sampled_by_role,
  }),
  table: (tx) => tx.governanceSample,
});
