/**
 * zod field builders for import rows. Input is the cell text (blank cells are removed
 * before parsing, so `.optional()` means "may be blank"); output is the typed value.
 * Each field describes what it expects, so every error can say what was expected, and
 * records its kind and meaning, so a step that matches a provider's own header names to
 * columns can ask what each column holds (see `describeFields`).
 */
import { z } from 'zod';
import { parseChoice, parseInteger, parseList, parseUkDate, parseUkDateTime, parseYesNo, type Parsed } from './parse-values.js';

export type FieldKind = 'text' | 'reference' | 'date' | 'date-time' | 'yes-no' | 'whole-number' | 'choice' | 'list';

interface FieldInfo {
  kind: FieldKind;
  /** What the column holds, in a few words ("date of the meeting"). */
  meaning: string;
  /** The accepted values of a `choice` column. */
  choices?: readonly string[];
  /** The accepted range of a `whole-number` column. */
  range?: { min: number; max: number };
}

/** Kind and meaning of every field built here (kept when a check such as `.regex` is added). */
const fieldInfo = z.registry<FieldInfo>();

function withInfo<S extends z.ZodType>(schema: S, info: FieldInfo): S {
  fieldInfo.add(schema, info);
  return schema;
}

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
  /** Free text; `expected` doubles as the column's meaning. */
  text: (expected = 'text', max = 500) =>
    withInfo(z.string().trim().min(1).max(max, { message: `is longer than ${max} characters` }).describe(expected), { kind: 'text', meaning: expected }),
  ref: (meaning: string) =>
    withInfo(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, { message: 'is not a valid reference' })
        .describe('a reference of letters, digits, dots, slashes, hyphens or underscores (up to 64 characters)'),
      { kind: 'reference', meaning },
    ),
  date: (meaning: string) => withInfo(parsedField(parseUkDate, 'a date as DD/MM/YYYY or YYYY-MM-DD'), { kind: 'date', meaning }),
  dateTime: (meaning: string) => withInfo(parsedField(parseUkDateTime, 'a date and time as DD/MM/YYYY HH:MM'), { kind: 'date-time', meaning }),
  yesNo: (meaning: string) => withInfo(parsedField(parseYesNo, 'yes or no'), { kind: 'yes-no', meaning }),
  integer: (min: number, max: number, meaning: string) =>
    withInfo(
      parsedField((raw) => parseInteger(raw, min, max), `a whole number from ${min} to ${max}`),
      { kind: 'whole-number', meaning, range: { min, max } },
    ),
  choice: <T extends string>(choices: readonly T[], meaning: string) =>
    withInfo(parsedField((raw) => parseChoice(raw, choices), `one of ${choices.join(', ')}`), { kind: 'choice', meaning, choices }),
  list: (meaning: string) => withInfo(z.string().transform(parseList).describe('tags separated by ; or |'), { kind: 'list', meaning }),
};

export function expectedOf(schema: z.ZodType): string {
  return schema.description ?? 'a value';
}

/** One column of a record type, as a header-matching step or a help page would need it. */
export interface ImportField {
  /** The column name after normalising (lower case, underscores). */
  name: string;
  kind: FieldKind;
  required: boolean;
  meaning: string;
  /** What a valid cell looks like, as error messages say it. */
  expected: string;
  choices?: readonly string[];
  range?: { min: number; max: number };
}

/** The columns of a row schema built from `field`, in schema order. */
export function describeFields(schema: z.ZodObject): ImportField[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, column]) => {
    const inner = column instanceof z.ZodOptional ? (column.unwrap() as z.ZodType) : column;
    const info = fieldInfo.get(inner);
    if (!info) throw new Error(`Column ${name} is not built with the import field builders.`);
    const described: ImportField = { name, kind: info.kind, required: !column.safeParse(undefined).success, meaning: info.meaning, expected: expectedOf(inner) };
    if (info.choices) described.choices = info.choices;
    if (info.range) described.range = info.range;
    return described;
  });
}
