/** Query and body fields shared by several routes. */
import { z } from 'zod';

export const ZPeriodParamSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .describe('A quarter (2026-Q2), a month (2026-05), a financial year (FY2025-26) or a range (2026-04-01..2026-06-30)');

/** `?service=A&service=B` arrives as an array, `?service=A` as a string: both become an array. */
export const ZServicesParamSchema = z
  .union([z.string().max(200), z.array(z.string().max(200)).max(50)])
  .optional()
  .transform((value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]))
  .describe('Service name or id; repeat for several; default all');

export const ZServiceListSchema = z.array(z.string().min(1).max(200)).max(50);

/** Marks a query flag, so the OpenAPI document shows it as the boolean it stands for. */
export const QUERY_BOOLEAN_MARK = 'x-assured-query-boolean';

/** A query value is text: true/false and 1/0 are read as the boolean. */
export const ZBooleanFlagSchema = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === 'true' || value === '1'))
  .meta({ [QUERY_BOOLEAN_MARK]: true });
