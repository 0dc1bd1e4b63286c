/**
 * A practice library entry: something the organisation says it does that case records do not
 * show (training, carers, recruitment, information sharing, co-production …), declared once
 * with who owns it, how often, since when, where it is recorded and when it was last checked.
 * A blank service_id means the whole organisation.
 */
import { z } from 'zod';
import { field } from '../fields.js';
import * as v from '../vocabulary.js';
import { defineRecordType, type RowRuleFailure } from './record-type.js';

const MAX_MEASURE = 1_000_000;

export const ZPracticeRowSchema = z.object({
  id: field.ref('practice library reference'),
  service_id: field.ref('the services id of the service it holds for (blank: the whole organisation)').optional(),
  topic: field.choice(v.PRACTICE_TOPICS, 'the topic the practice answers'),
  practice: field.text('what is done, in the present tense, as it would read in a bid', 400),
  owner_role: field.choice(v.OWNER_ROLES, 'role that owns the practice'),
  cadence: field.choice(v.PRACTICE_CADENCES, 'how often it is done'),
  in_place_since: field.date('date the practice has been in place since'),
  source: field.text('document or system where the practice is recorded', 120),
  last_checked_on: field.date('date the practice was last checked as in place'),
  checked_by: field.choice(v.VERIFIER_ROLES, 'role that last checked it'),
  measure: field.text('what the optional count counts', 120).optional(),
  measure_count: field.integer(0, MAX_MEASURE, 'how many show it (with measure)').optional(),
  measure_of: field.integer(1, MAX_MEASURE, 'out of how many (with measure)').optional(),
  measure_as_of: field.date('date the count was taken (with measure)').optional(),
});
type PracticeRow = z.output<typeof ZPracticeRowSchema>;

const MEASURE_COLUMNS = ['measure', 'measure_count', 'measure_of', 'measure_as_of'] as const;

/** The measure is one statement: all four columns or none, and the count is part of what it is out of. */
function measureRule(row: PracticeRow): RowRuleFailure<keyof PracticeRow & string> | undefined {
  const given = MEASURE_COLUMNS.filter((column) => row[column] !== undefined);
  if (given.length > 0 && given.length < MEASURE_COLUMNS.length) {
    const blank = MEASURE_COLUMNS.find((column) => row[column] === undefined)!;
    return { column: blank, problem: `is blank while ${given[0]} is given`, expected: 'measure, measure_count, measure_of and measure_as_of all filled in, or all blank' };
  }
  if (row.measure_count !== undefined && row.measure_of !== undefined && row.measure_count > row.measure_of) {
    return { column: 'measure_count', problem: `is more than measure_of (${row.measure_of})`, expected: 'a count no larger than measure_of' };
  }
  return undefined;
}

export const practices = defineRecordType({
  name: 'practices',
  description: 'a practice the organisation declares in its practice library',
  fileName: /practices?|practice[-_ ]library/,
  schema: ZPracticeRowSchema,
  references: [{ column: 'service_id', type: 'services' }],
  dateOrder: [{ earlier: 'in_place_since', later: 'last_checked_on', problem: 'is before the practice was in place (in_place_since)' }],
  rowRule: measureRule,
  toStored: (row, idOf) => ({
    serviceId: row.service_id === undefined ? null : idOf('services', row.service_id),
    topic: row.topic,
    practice: row.practice,
    ownerRole: row.owner_role,
    cadence: row.cadence,
    inPlaceSince: row.in_place_since,
    source: row.source,
    lastCheckedOn: row.last_checked_on,
    checkedBy: row.checked_by,
    measure: row.measure ?? null,
    measureCount: row.measure_count ?? null,
    measureOf: row.measure_of ?? null,
    measureAsOf: row.measure_as_of ?? null,
  }),
  table: (tx) => tx.practiceEntry,
});
