/**
 * zod field builders for import rows. Input is the cell text (blank cells are removed
 * before parsing, so `.optional()` means "may be blank"); output is the typed value.
 * Each field describes what it expects, so every error can say what was expected.
 */
import { z } from 'zod';
import { parseChoice, parseInteger, parseList, parseUkDate, parseUkDateTime, parseYesNo, type Parsed } from './parse-values.js';

function parsedField<T>(parse: (raw: string) => Parsed<T>, expected: string) {
  return z
    .string()
    .transform((raw, ctx): T => {
      const result = parse(raw);
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.problem, params: { expected: result.expected } });
      return z.NEVER;
    })
    .describe(expected);
}

export const field = {
  text: (expected = 'text', max = 500) =>
    z.string().trim().min(1).max(max, { message: `is longer than ${max} characters` }).describe(expected),
  ref: () =>
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, { message: 'is not a valid reference' })
      .describe('a reference of letters, digits, dots, slashes, hyphens or underscores (up to 64 characters)'),
  date: () => parsedField(parseUkDate, 'a date as DD/MM/YYYY or YYYY-MM-DD'),
  dateTime: () => parsedField(parseUkDateTime, 'a date and time as DD/MM/YYYY HH:MM'),
  yesNo: () => parsedField(parseYesNo, 'yes or no'),
  integer: (min: number, max: number) => parsedField((raw) => parseInteger(raw, min, max), `a whole number from ${min} to ${max}`),
  choice: <T extends string>(choices: readonly T[]) =>
    parsedField((raw) => parseChoice(raw, choices), `one of ${choices.join(', ')}`),
  list: () => z.string().transform(parseList).describe('tags separated by ; or |'),
};

export function expectedOf(schema: z.ZodType): string {
  return schema.description ?? 'a value';
}
