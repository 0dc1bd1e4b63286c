/**
 * A mapping file: how one provider's exports become Assured's record types. Per record type:
 * which provider header holds which column (and how to read it), headers to ignore, the
 * provider's words for coded values, and, for reviews kept one row per meeting, which yes/no
 * columns say who took part. `assured mapping suggest` writes one; `--mapping` reads one; an
 * organisation keeps them by name.
 */
import { z } from 'zod';
import { PARTICIPANT_ROLES, PARTICIPATION_MODES } from '../vocabulary.js';
import { RECORD_TYPE_NAMES } from '../record-types/record-type.js';

export const MAPPING_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const ZMappingNameSchema = z.string().regex(MAPPING_NAME_PATTERN, 'must be lower-case letters, digits and hyphens, e.g. our-care-system');

/** How a provider's cell is read before the column's own check. */
export const COLUMN_READERS = ['text', 'utc-timestamp', 'status-date'] as const;

export const ZColumnRuleSchema = z.union([
  z.string().min(1).describe('the Assured column this header holds'),
  z.strictObject({
    field: z.string().min(1).describe('the Assured column this header holds'),
    read: z
      .enum(COLUMN_READERS)
      .default('text')
      .describe('how the cell is read: text as it is; utc-timestamp, a UTC instant kept as its UK local date; status-date, "Closed 12/05/2026" gives the date and "Open" leaves it blank'),
  }),
]);
export type ColumnRule = z.infer<typeof ZColumnRuleSchema>;

export const ZAttendanceColumnSchema = z.strictObject({
  column: z.string().min(1).describe('the yes/no column, e.g. "Family present (Y/N)"'),
  role: z.enum(PARTICIPANT_ROLES).describe('who a yes in the column says took part'),
  mode: z.enum(PARTICIPATION_MODES).describe('how a yes in the column says they took part'),
  advocateTypeColumn: z.string().min(1).optional().describe('for advocates: the column naming the kind of advocate'),
});
export type AttendanceColumn = z.infer<typeof ZAttendanceColumnSchema>;

export const ZTypeMappingSchema = z.strictObject({
  sheet: z.string().optional().describe("the workbook sheet this applies to, when the provider's workbook has several"),
  columns: z.record(z.string(), ZColumnRuleSchema).default({}).describe("the provider's header → the Assured column it holds"),
  ignore: z.array(z.string()).default([]).describe('headers that hold nothing Assured imports'),
  values: z.record(z.string(), z.record(z.string(), z.string())).default({}).describe("per Assured column: the provider's value → Assured's value"),
  participants: z.array(ZAttendanceColumnSchema).optional().describe('reviews only: yes/no columns that each make a participant of the review'),
});
export type TypeMapping = z.infer<typeof ZTypeMappingSchema>;

export const ZImportMappingSchema = z.strictObject({
  name: ZMappingNameSchema.optional().describe('the name the mapping is saved under'),
  description: z.string().max(500).optional().describe('what the mapping is for, e.g. the system the exports come from'),
  types: z.partialRecord(z.enum(RECORD_TYPE_NAMES), ZTypeMappingSchema).describe('per record type: how its columns, values and shapes are read'),
});
export type ImportMapping = z.infer<typeof ZImportMappingSchema>;
export type ImportMappingInput = z.input<typeof ZImportMappingSchema>;

export function fieldOfRule(rule: ColumnRule): string {
  return typeof rule === 'string' ? rule : rule.field;
}

export function readerOfRule(rule: ColumnRule): (typeof COLUMN_READERS)[number] {
  return typeof rule === 'string' ? 'text' : rule.read;
}
