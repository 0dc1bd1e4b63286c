/**
 * Step 2 of an import, validate: every row of every readable file is checked against its
 * record type (schema, rules across columns, dates not in the future, date order, duplicate
 * ids, references to rows in this import or already stored). Each file comes out with its
 * valid rows and its rejected rows, each rejected row with every error found on it.
 * Nothing here writes.
 */
import type { z } from 'zod';
import { expectedOf } from './fields.js';
import { formatImportError } from './import-errors.js';
import type { ImportError } from './import-schema.js';
import { isoDateOf } from './parse-values.js';
import type { ReadImportFile } from './read-import-file.js';
import type { RawRow, RawTable, RowChunk } from './read-table.js';
import { IMPORT_ORDER, RECORD_TYPES, type AnyRecordType, type RecordTypeName, type ReferencedTypeName } from './record-types/index.js';
import type { ValidRowValues } from './record-types/record-type.js';
import type { StoredIds } from './stored-ids.js';
import { KeyIndex } from './key-index.js';
import { yieldToEventLoop } from './yield-to-event-loop.js';

export interface ValidRow {
  /** The provider's key of the row (`id`, or `slug` for the organisation). */
  ref: string;
  /** Row number as the file shows it. */
  row: number;
  values: ValidRowValues;
}

/** A file that reached validation: its table and type are known. */
export interface ValidatedFile extends ReadImportFile {
  table: RawTable;
  type: RecordTypeName;
  valid: ValidRow[];
  /** Row number → its errors. */
  rejected: Map<number, ImportError[]>;
}

export interface ValidationContext {
  now: Date;
  storedIds: StoredIds;
  /** Told the rows checked so far (all files), every few thousand rows. */
  onRowsChecked?: (rows: number) => void;
}

const ROWS_PER_PROGRESS = 5000;
/** Rows checked between yields to the event loop, so an import never holds up other requests for long. */
const ROWS_PER_YIELD = 1000;

/**
 * Where a key was first met and whether that row was valid, packed in one number so that the
 * keys of a million-row import cost little more than the keys themselves:
 * (file ordinal × ROW_SPAN + row) × 2 + valid.
 */
type SeenRef = number;
const ROW_SPAN = 2 ** 22;
const seenRef = (fileOrdinal: number, row: number, valid: boolean): SeenRef => (fileOrdinal * ROW_SPAN + row) * 2 + (valid ? 1 : 0);
const isValidRef = (ref: SeenRef) => ref % 2 === 1;
const rowOfRef = (ref: SeenRef) => Math.floor(ref / 2) % ROW_SPAN;
const fileOfRef = (ref: SeenRef) => Math.floor(ref / 2 / ROW_SPAN);

/** A file as the validator needs it: its name (for messages), its provider's headers and its row word. */
export interface FileToValidate {
  name: string;
  sourceColumns?: Record<string, string>;
  table: Pick<RawTable, 'rowWord'>;
}

/** What one chunk of rows came to: its valid rows and each rejected row's errors. */
export interface ChunkResult {
  valid: ValidRow[];
  /** Row number → its errors. */
  rejected: Map<number, ImportError[]>;
}

/** Whether a reference names a row already stored (before this import, or written earlier in it). */
export type IsStored = (type: ReferencedTypeName, ref: string) => boolean;

/**
 * Checks rows a chunk at a time, remembering only each key seen (for duplicates and for
 * references to rows earlier in the import), never the rows. Files must be given in import
 * order, so that a reference can be checked against the rows before it.
 */
export class RowValidator {
  private readonly todayIso: string;
  /** Every key met in this import so far, per type. */
  private readonly seen = new Map<RecordTypeName, KeyIndex>();
  private readonly fileNames: string[] = [];
  private checked = 0;

  constructor(private readonly context: Pick<ValidationContext, 'now' | 'onRowsChecked'>) {
    this.todayIso = isoDateOf(context.now);
  }

  /** The rows checked so far, all files. */
  get rowsChecked(): number {
    return this.checked;
  }

  /** Where a key of `type` was first met in this import, and whether that row is valid. */
  private find(type: RecordTypeName, key: string): { file: string; row: number; valid: boolean } | undefined {
    const ref = this.seen.get(type)?.get(key);
    return ref === undefined ? undefined : { file: this.fileNames[fileOfRef(ref)]!, row: rowOfRef(ref), valid: isValidRef(ref) };
  }

  /** Starts a file; its chunks follow with the ordinal returned. */
  startFile(file: FileToValidate): number {
    this.fileNames.push(file.name);
    return this.fileNames.length - 1;
  }

  async validateChunk(file: FileToValidate, fileOrdinal: number, recordType: AnyRecordType, chunk: RowChunk, isStored: IsStored): Promise<ChunkResult> {
    const { context, todayIso } = this;
    const result: ChunkResult = { valid: [], rejected: new Map() };
    const shape = recordType.schema.shape as Record<string, z.ZodType>;
    const required = new Set(recordType.fields.filter((field) => field.required).map((field) => field.name));
    const seenInThisType = this.seen.get(recordType.name) ?? new KeyIndex();
    this.seen.set(recordType.name, seenInThisType);
    const rowWord = file.table.rowWord;
    const addError = (row: number, error: Omit<ImportError, 'message' | 'file' | 'row'>) => {
      const list = result.rejected.get(row) ?? [];
      const sourceColumn = error.column === undefined ? undefined : file.sourceColumns?.[error.column];
      list.push(formatImportError({ file: file.name, row, ...error, ...(sourceColumn === undefined ? {} : { sourceColumn }) }, rowWord));
      result.rejected.set(row, list);
    };
    const validateRow = (raw: RawRow): void => {
      const key = raw.cells[recordType.refColumn];
      // The organisation file holds one row, refused earlier when it has more.
      if (recordType.refColumn === 'id' && key !== undefined) {
        const first = this.find(recordType.name, key);
        if (first) {
          const where = first.file === file.name ? `${rowWord} ${first.row}` : `${first.file} ${rowWord} ${first.row}`;
          addError(raw.row, { column: 'id', value: key, problem: `is a duplicate id (first used on ${where})`, expected: 'an id used once per record type' });
          return;
        }
        seenInThisType.set(key, seenRef(fileOrdinal, raw.row, false));
      }
      const cells: Record<string, string> = {};
      for (const column of Object.keys(shape)) {
        const cell = raw.cells[column];
        if (cell !== undefined) cells[column] = cell;
        else if (required.has(column)) addError(raw.row, { column, problem: 'is missing', expected: expectedOf(shape[column]!) });
      }
      if (result.rejected.has(raw.row)) return;
      const parsed = recordType.schema.safeParse(cells);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const column = String(issue.path[0] ?? '');
          const params = (issue as { params?: { expected?: string } }).params;
          addError(raw.row, {
            column,
            value: cells[column],
            problem: issue.message,
            expected: params?.expected ?? expectedOf(shape[column] ?? recordType.schema),
          });
        }
        return;
      }
      const row: ValidRowValues = parsed.data;
      const rule = recordType.rowRule(row);
      if (rule) addError(raw.row, { column: rule.column, value: cells[rule.column], problem: rule.problem, expected: rule.expected });
      for (const [column, value] of Object.entries(row)) {
        if (!(value instanceof Date)) continue;
        // Date-time columns end in _at and are compared to the minute; dates to the day.
        const isDateOnly = !/_at$/.test(column);
        const future = isDateOnly ? isoDateOf(value) > todayIso : value.getTime() > context.now.getTime();
        if (future) addError(raw.row, { column, value: cells[column], problem: 'is in the future', expected: `a date on or before ${todayIso}` });
      }
      for (const order of recordType.dateOrder) {
        const earlier = row[order.earlier];
        const later = row[order.later];
        if (earlier instanceof Date && later instanceof Date && later.getTime() < earlier.getTime()) {
          const [column, relation, other] = order.blame === 'earlier' ? [order.earlier, 'before', order.later] : [order.later, 'after', order.earlier];
          addError(raw.row, { column, value: cells[column], problem: order.problem, expected: `${column} on or ${relation} ${other}` });
        }
      }
      for (const reference of recordType.references) {
        const ref = row[reference.column];
        if (typeof ref !== 'string') continue;
        const stored = isStored(reference.type, ref);
        const inImport = this.find(reference.type, ref);
        if (inImport && !inImport.valid && !stored) {
          addError(raw.row, {
            column: reference.column,
            value: ref,
            problem: `refers to a ${reference.type} row that was rejected (${inImport.file} ${rowWord} ${inImport.row})`,
            expected: 'a reference to a valid row: fix that row first',
          });
        } else if (!inImport && !stored) {
          addError(raw.row, {
            column: reference.column,
            value: ref,
            problem: `is not a known ${reference.type} id`,
            expected: `the id of a row in ${reference.type} (in this import or already imported)`,
          });
        }
      }
      if (result.rejected.has(raw.row)) return;
      const ref = String(row[recordType.refColumn]);
      result.valid.push({ ref, row: raw.row, values: row });
      if (seenInThisType.get(ref) === seenRef(fileOrdinal, raw.row, false)) seenInThisType.set(ref, seenRef(fileOrdinal, raw.row, true));
    };

    for (const { row, ...shapeError } of chunk.shapeErrors) addError(row, shapeError);
    for (const raw of chunk.rows) {
      validateRow(raw);
      this.checked += 1;
      if (context.onRowsChecked && this.checked % ROWS_PER_PROGRESS === 0) context.onRowsChecked(this.checked);
      if (this.checked % ROWS_PER_YIELD === 0) await yieldToEventLoop();
    }
    return result;
  }
}

/** Validates the files in import order, so that a reference can be checked against the rows before it. */
export async function validateFiles(files: readonly ReadImportFile[], context: ValidationContext): Promise<ValidatedFile[]> {
  const validator = new RowValidator(context);
  const validated: ValidatedFile[] = [];
  const isStored: IsStored = (type, ref) => context.storedIds[type].has(ref);
  for (const type of IMPORT_ORDER) {
    for (const file of files) {
      if (file.type !== type || !file.table) continue;
      const result: ValidatedFile = { ...file, table: file.table, type, valid: [], rejected: new Map() };
      const ordinal = validator.startFile(result);
      const { valid, rejected } = await validator.validateChunk(result, ordinal, RECORD_TYPES[type], { rows: file.table.rows, shapeErrors: file.table.shapeErrors }, isStored);
      result.valid = valid;
      result.rejected = rejected;
      validated.push(result);
    }
  }
  return validated;
}
