/** A service: the place anchor of every figure. */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType } from './record-type.js';

export const ZServiceRowSchema = z.object({
  id: field.ref('service reference'),
  name: field.text('the service name', 200),
  locality: field.text('a town or area', 200),
  service_type: field.choice(v.SERVICE_TYPES, 'kind of service'),
});

export const services = defineRecordType({
  name: 'services',
  description: 'a service the provider runs',
  fileName: /services?\b|services?[-_. ]/,
  schema: ZServiceRowSchema,
  references: [],
  dateOrder: [],
  toStored: (row) => ({ name: row.name, locality: row.locality, serviceType: row.service_type }),
  table: (tx) => tx.service,
});
