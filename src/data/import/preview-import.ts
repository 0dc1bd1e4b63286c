/**
 * Shows an import before it happens: the files are read and checked exactly as an import reads
 * and checks them (read-import-file.ts, validate-rows.ts), and the answer says, per file, how
 * each header and each distinct coded value maps to Assured's, and how the first rows would be
 * stored. The database is only read (the organisation, the ids rows refer to); nothing is
 * written, so a person can correct the mapping and look again as often as they like.
 */
import type { Database } from '../database.js';
import type { ImportError } from './import-schema.js';
import { organisationForImport } from './import-organisation.js';
import type { ImportMapping, TypeMapping } from './mapping/mapping-schema.js';
import { valueWords } from './mapping/value-synonyms.js';
import { isoDateOf, parseChoice, parseYesNo } from './parse-values.js';
import type { ImportPreview, PreviewFile, PreviewRow, PreviewValueColumn, ValueSource } from './preview-schema.js';
import { readImportFiles, type ImportFileInput, type ReadImportFile } from './read-import-file.js';
import { normaliseColumnName, type RawTable } from './read-table.js';
import { RECORD_TYPES, type ImportField, type RecordTypeName } from './record-types/index.js';
import { findStoredIds } from './stored-ids.js';
import { validateFiles, type ValidatedFile } from './validate-rows.js';
import { AppError } from '../../shared/app-error.js';

export interface PreviewImportOptions {
  db: Database;
  files: ImportFileInput[];
  /** Organisation slug; may be left out when the files include organisation.csv or the database holds one organisation. */
  organisation?: string;
  mapping?: ImportMapping;
  /** How many rows of each file to show (default 10). */
  rows?: number;
  /** Refuse files with more data rows than this, as the import would. */
  maxRows?: number;
  /** Dates after this are refused as in the future. */
  now?: Date;
}

export const DEFAULT_PREVIEW_ROWS = 10;
/** Distinct values listed per column; a column of free text posing as a list stops here. */
export const MAX_VALUES_PER_COLUMN = 100;

export async function previewImport(options: PreviewImportOptions): Promise<ImportPreview> {
  if (options.files.length === 0) throw new AppError('INVALID_INPUT', 'No files to preview.');
  const shown = options.rows ?? DEFAULT_PREVIEW_ROWS;
  const readOptions = { ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}), ...(options.mapping ? { mapping: options.mapping } : {}) };
  const files = (await Promise.all(options.files.map((file) => readImportFiles(file, readOptions)))).flat();
  const organisation = await organisationForImport(options.db, files, options.organisation);
  const storedIds = await findStoredIds(options.db.prisma, organisation.id, files);
  const active = files.filter((file) => file.report.errors.length === 0 && file.type);
  const validated = await validateFiles(active, { now: options.now ?? new Date(), storedIds });
  const validatedByReport = new Map(validated.map((file) => [file.report, file]));

  const previews = files.map((file) => previewOf(file, validatedByReport.get(file.report), options.mapping, shown));
  const ready = previews.every((file) => file.errors.length === 0 && file.rejectedRows === 0 && file.valueMappings.every((column) => column.values.every((value) => value.via !== 'unknown')));
  return { organisation: organisation.slug, ready, files: previews };
}

function previewOf(file: ReadImportFile, validated: ValidatedFile | undefined, mapping: ImportMapping | undefined, shown: number): PreviewFile {
  const { report } = file;
  const preview: PreviewFile = {
    file: file.name,
    ...(report.sourceFile !== undefined ? { sourceFile: report.sourceFile } : {}),
    ...(file.type ?? report.recordType ? { recordType: (file.type ?? report.recordType)! } : {}),
    rows: report.rows,
    rejectedRows: validated ? validated.rejected.size : report.errors.length > 0 ? report.rows : 0,
    ...(report.columnMapping ? { columnMapping: report.columnMapping } : file.type && file.table ? { columnMapping: columnsByName(file.type, file.table) } : {}),
    columns: [],
    valueMappings: [],
    firstRows: [],
    errors: [...report.errors],
    warnings: [...report.warnings],
  };
  if (!file.type || !file.table) return preview;
  preview.valueMappings = valueMappingsOf(file.type, file.table, file.sourceColumns ?? {}, mapping?.types[file.type]);
  if (!validated) return preview;
  preview.firstRows = firstRowsOf(validated, shown);
  const fields = RECORD_TYPES[file.type].fields;
  const present = new Set(preview.firstRows.flatMap((row) => Object.keys(row.values)));
  preview.columns = fields.filter((field) => field.required || present.has(field.name)).map((field) => field.name);
  return preview;
}

/** A file with Assured's own headers: each column matched by its name. */
function columnsByName(type: RecordTypeName, table: RawTable): NonNullable<PreviewFile['columnMapping']> {
  const known = new Set(RECORD_TYPES[type].fields.map((field) => field.name));
  const sourceHeaders = table.sourceHeaders ?? table.headers;
  const columns = table.headers.flatMap((header, index) => (known.has(header) ? [{ header: sourceHeaders[index] ?? header, field: header, similarity: 1, via: 'name' as const }] : []));
  return { recordType: type, columns, uncertain: [], missingRequired: [] };
}

type StoredCell = PreviewRow['values'][string];

function storedCell(column: string, value: unknown): StoredCell {
  if (value === undefined || value === null) return null;
  // Date-time columns end in _at; the others hold a day.
  if (value instanceof Date) return /_at$/.test(column) ? value.toISOString() : isoDateOf(value);
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * The first rows in file order, read or not, each with every error the import would report on
 * it. Rows made from one provider row (participants from attendance flags) share its number, so
 * a valid row is found by its number and key together.
 */
function firstRowsOf(file: ValidatedFile, shown: number): PreviewRow[] {
  const refColumn = RECORD_TYPES[file.type].refColumn;
  const keyOf = (row: number, ref: string | undefined) => `${row}\u0000${ref ?? ''}`;
  const validByKey = new Map(file.valid.map((row) => [keyOf(row.row, row.ref), row]));
  const read = new Set(file.table.rows.map((row) => row.row));
  const entries: { row: number; cells: Record<string, string> }[] = [
    ...file.table.rows.map((row) => ({ row: row.row, cells: row.cells })),
    ...file.table.shapeErrors.filter((error) => !read.has(error.row)).map((error) => ({ row: error.row, cells: {} })),
  ];
  // A stable sort keeps rows made from one provider row in the order they were made.
  entries.sort((a, b) => a.row - b.row);
  return entries.slice(0, shown).map(({ row, cells }) => {
    const valid = validByKey.get(keyOf(row, cells[refColumn]));
    const errors: ImportError[] = file.rejected.get(row) ?? [];
    const values: PreviewRow['values'] = {};
    if (valid && errors.length === 0) for (const [column, value] of Object.entries(valid.values)) values[column] = storedCell(column, value);
    else for (const [column, value] of Object.entries(cells)) values[column] = value;
    return { row, valid: valid !== undefined && errors.length === 0, values, errors };
  });
}

interface Parsed {
  ok: boolean;
  canonical?: string;
}

function parseFor(field: ImportField, value: string): Parsed {
  if (field.kind === 'yes-no') {
    const parsed = parseYesNo(value);
    return parsed.ok ? { ok: true, canonical: parsed.value ? 'yes' : 'no' } : { ok: false };
  }
  const parsed = parseChoice(value, field.choices ?? []);
  return parsed.ok ? { ok: true, canonical: parsed.value } : { ok: false };
}

/**
 * Each distinct value of every coded column, counted over the whole file. The provider's own
 * value is read from the cells as they wrote them; the mapped one from the row as checked.
 */
function valueMappingsOf(type: RecordTypeName, table: RawTable, sourceColumns: Readonly<Record<string, string>>, typeMapping: TypeMapping | undefined): PreviewValueColumn[] {
  const fields = RECORD_TYPES[type].fields.filter((field) => field.kind === 'choice' || field.kind === 'yes-no');
  const sourceHeaders = table.sourceHeaders ?? table.headers;
  const normalSource = sourceHeaders.map(normaliseColumnName);
  // Rows made from other columns (participants from attendance flags) are not laid out as the provider's header.
  const aligned = sourceHeaders.length === table.headers.length;
  const columns: PreviewValueColumn[] = [];
  for (const field of fields) {
    const index = sourceColumns[field.name] !== undefined ? normalSource.indexOf(normaliseColumnName(sourceColumns[field.name]!)) : aligned ? table.headers.indexOf(field.name) : -1;
    // A column made by the mapping itself (a participant's role from its attendance column) has no provider values to map.
    if (index === -1 && !aligned) continue;
    const sourceHeader = index >= 0 && sourceHeaders[index] !== field.name ? sourceHeaders[index] : undefined;
    const counts = new Map<string, { stored: string; rows: number }>();
    for (const row of table.rows) {
      const stored = row.cells[field.name];
      if (stored === undefined) continue;
      const original = index >= 0 ? row.original[index]?.trim() : undefined;
      const value = original !== undefined && original !== '' ? original : stored;
      const count = counts.get(value);
      if (count) count.rows += 1;
      else counts.set(value, { stored, rows: 1 });
    }
    if (counts.size === 0) continue;
    const saved = new Set(Object.keys(typeMapping?.values[field.name] ?? {}).map(valueWords));
    const values = [...counts.entries()].map(([value, { stored, rows }]) => {
      const own = parseFor(field, value);
      if (own.ok) return { value, storedAs: own.canonical!, via: 'assured' as ValueSource, rows };
      const mapped = parseFor(field, stored);
      if (!mapped.ok) return { value, storedAs: null, via: 'unknown' as ValueSource, rows };
      return { value, storedAs: mapped.canonical!, via: (saved.has(valueWords(value)) ? 'mapping' : 'synonym') as ValueSource, rows };
    });
    values.sort((a, b) => Number(b.via === 'unknown') - Number(a.via === 'unknown') || b.rows - a.rows || a.value.localeCompare(b.value));
    columns.push({
      column: field.name,
      ...(sourceHeader !== undefined ? { sourceColumn: sourceHeader } : {}),
      allowed: field.kind === 'yes-no' ? ['yes', 'no'] : [...(field.choices ?? [])],
      values: values.slice(0, MAX_VALUES_PER_COLUMN),
      otherValues: Math.max(0, values.length - MAX_VALUES_PER_COLUMN),
    });
  }
  return columns;
}
