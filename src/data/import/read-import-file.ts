/**
 * Step 1 of an import, read: one uploaded file becomes a table of cell text with its
 * SHA-256 and its record type (from the file name, or else the header), or a report saying
 * why it cannot be imported at all (unreadable, unknown type, a required column missing, no
 * rows, too many rows). A workbook with several sheets gives one table per sheet whose name
 * or header names a record type. Headers and values in the provider's own words are mapped
 * here (mapping/map-columns.ts), so validation sees Assured's columns and messages can name
 * the provider's. Nothing here looks at the database.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatImportError } from './import-errors.js';
import type { ImportFileReport } from './import-schema.js';
import { createColumnMapper, createParticipantDeriver, proposalFor, stopOf } from './mapping/map-columns.js';
import { ATTENDANCE_MARKERS } from './mapping/attendance-words.js';
import type { ImportMapping } from './mapping/mapping-schema.js';
import { proposalScore, proposeColumns, type ColumnProposal } from './mapping/propose-columns.js';
import { csvTableSource, formatOf, normaliseColumnName, readTable, readWorkbookTables, TableReadError, tableSource, type OnRowsRead, type RawTable, type RowChunk, type TableSource } from './read-table.js';
import { worksheetCount } from './read-xlsx.js';
import { columnsOf, DETECTION_ORDER, IMPORT_ORDER, RECORD_TYPES, requiredColumnsOf, type RecordTypeName } from './record-types/index.js';

export interface ImportFileInput {
  /** File name as the user knows it (folders are dropped in messages). */
  name: string;
  content: Buffer;
}

/**
 * A file on disk, named as the user knows it (the CLI's case). A CSV file is streamed from
 * the disk on each pass and never held whole; XLSX and JSON files are read into memory,
 * as their readers need them whole (each within its own limits).
 */
export interface ImportFilePath {
  name: string;
  path: string;
}

/** What an import reads: the bytes of an upload, or a file on disk. */
export type ImportFileSource = ImportFileInput | ImportFilePath;

/** A file as read. `table` and `type` are set when the file can go on to validation (`report.errors` is then empty). */
export interface ReadImportFile {
  name: string;
  sha256: string;
  table?: RawTable;
  type?: RecordTypeName;
  /** Assured column → the provider's header it was read from, where they differ. */
  sourceColumns?: Record<string, string>;
  /** The file's report, filled in by each step. */
  report: ImportFileReport;
  /**
   * The rows as mapped, a chunk at a time. A streamed file (see `stream`) keeps none in
   * `table.rows` and reads them again from its content on each call.
   */
  chunks?: () => AsyncIterable<RowChunk>;
}

export interface ReadImportOptions {
  /** Refuse files with more data rows than this. */
  maxRows?: number;
  /** The provider's mapping (columns, values, shapes); without one, only confident matches are used. */
  mapping?: ImportMapping;
  /** Told the rows read so far in this file, every few thousand rows. */
  onRowsRead?: OnRowsRead;
  /**
   * Keep no rows of CSV files in memory: each is read once here (to count its rows, find
   * unreadable ones and map its values) and read again, a chunk at a time, through `chunks`.
   * The organisation file is always kept (it is one row, needed before the others).
   */
  stream?: boolean;
}

function typeByName(fileName: string): RecordTypeName | undefined {
  const base = path.basename(fileName).toLowerCase();
  return DETECTION_ORDER.find((type) => RECORD_TYPES[type].fileName.test(base));
}

/** The record type a file holds, from its name or else from the columns its header has. */
export function detectRecordType(fileName: string, headers: readonly string[]): RecordTypeName | undefined {
  const byName = typeByName(fileName);
  if (byName) return byName;
  const headerSet = new Set(headers);
  const candidates = DETECTION_ORDER.filter((type) => requiredColumnsOf(type).every((column) => headerSet.has(column)));
  const score = (type: RecordTypeName) => columnsOf(type).filter((column) => headerSet.has(column)).length;
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

function emptyReport(name: string, sha256: string): ImportFileReport {
  return { file: name, sha256, status: 'rejected', rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, errors: [], warnings: [] };
}

const sha256Of = (content: Buffer | string) => createHash('sha256').update(content).digest('hex');

/** The SHA-256 of a file on disk, read as a stream. */
async function sha256OfFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Kept for callers that read one table: the first of `readImportFiles`. */
export async function readImportFile(input: ImportFileInput, maxRows: number | undefined): Promise<ReadImportFile> {
  return (await readImportFiles(input, maxRows !== undefined ? { maxRows } : {}))[0]!;
}

/** One uploaded file as one or more tables to validate (sheets of a workbook, participants made from attendance columns). */
export async function readImportFiles(source: ImportFileSource, options: ReadImportOptions = {}): Promise<ReadImportFile[]> {
  const name = path.basename(source.name);
  const streamedFromDisk = 'path' in source && options.stream === true && formatOf(name) === 'csv';
  // A streamed CSV file stays on disk; anything else is read whole, as its reader needs it.
  const input: ImportFileInput | undefined = 'content' in source ? source : streamedFromDisk ? undefined : { name: source.name, content: await readFile((source as ImportFilePath).path) };
  const sha256 = input ? sha256Of(input.content) : await sha256OfFile((source as ImportFilePath).path);
  const { maxRows } = options;
  const limits = maxRows !== undefined ? { maxRows } : {};
  const failed = (problem: string, expected: string): ReadImportFile[] => {
    const read: ReadImportFile = { name, sha256, report: emptyReport(name, sha256) };
    read.report.errors.push(formatImportError({ file: name, problem, expected }, 'row'));
    return [read];
  };
  try {
    if (!input) {
      const table = await csvTableSource(name, { path: (source as ImportFilePath).path }, limits);
      return await resolveTable({ name, sha256, nameForType: name, source: table, options, sheet: undefined });
    }
    if (formatOf(name) === 'xlsx' && worksheetCount(input.content) > 1) {
      const sheets = await readWorkbookTables(name, input.content, limits, options.onRowsRead);
      return await readSheets(name, sha256, sheets, options);
    }
    const table = options.stream && formatOf(name) === 'csv' ? await csvTableSource(name, input.content, limits) : tableSource(await readTable(name, input.content, limits, options.onRowsRead));
    return await resolveTable({ name, sha256, nameForType: name, source: table, options, sheet: undefined });
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    return failed(error.message.replace(`${name}: `, ''), error.expected);
  }
}

async function readSheets(name: string, sha256: string, sheets: Awaited<ReturnType<typeof readWorkbookTables>>, options: ReadImportOptions): Promise<ReadImportFile[]> {
  const files: ReadImportFile[] = [];
  const skipped: string[] = [];
  for (const sheet of sheets) {
    const sheetFile = `${name} [${sheet.sheetName}]`;
    const sheetSha = sha256Of(`${sha256}:${sheet.sheetName}`);
    if (sheet.error) {
      const read: ReadImportFile = { name: sheetFile, sha256: sheetSha, report: emptyReport(sheetFile, sheetSha) };
      read.report.errors.push(formatImportError({ file: sheetFile, problem: sheet.error.message.replace(`${sheetFile}: `, ''), expected: sheet.error.expected }, 'row'));
      files.push(read);
      continue;
    }
    const mappedSheet = Object.entries(options.mapping?.types ?? {}).find(([, entry]) => entry?.sheet === sheet.sheetName)?.[0] as RecordTypeName | undefined;
    const nameType = mappedSheet ?? typeByName(sheet.sheetName) ?? detectRecordType(sheet.sheetName, sheet.table!.headers);
    const proposalType = nameType ?? bestProposal(sheet.table!, options.mapping)?.type;
    if (!proposalType) {
      skipped.push(sheet.sheetName);
      continue;
    }
    const resolved = await resolveTable({ name: sheetFile, sha256: sheetSha, nameForType: sheet.sheetName, source: tableSource(sheet.table!), options, sheet: sheet.sheetName, forcedType: proposalType });
    for (const file of resolved) file.report.sourceFile = name;
    files.push(...resolved);
  }
  if (files.length === 0) {
    const read: ReadImportFile = { name, sha256, report: emptyReport(name, sha256) };
    read.report.errors.push(
      formatImportError({ file: name, problem: `has no sheet that is a record type (sheets: ${sheets.map((sheet) => sheet.sheetName).join(', ')})`, expected: `sheets named after their type (${IMPORT_ORDER.join(', ')}) or with that type's columns` }, 'row'),
    );
    return [read];
  }
  if (skipped.length > 0) files[0]!.report.warnings.push(`${name}: sheet${skipped.length > 1 ? 's' : ''} ${skipped.map((sheet) => `"${sheet}"`).join(', ')} ignored (not a record type)`);
  return files;
}

/** The type whose columns a provider's header fits best, if it fits one well enough to propose. */
function bestProposal(table: RawTable, mapping: ImportMapping | undefined): ColumnProposal | undefined {
  const sourceHeaders = table.sourceHeaders ?? table.headers;
  const proposals = DETECTION_ORDER.map((type) => proposalFor(type, sourceHeaders, mapping?.types[type]));
  const best = proposals.sort((a, b) => proposalScore(b) - proposalScore(a))[0];
  const exact = best?.matches.filter((match) => match.via !== 'similar').length ?? 0;
  return best && (best.missingRequired.length === 0 || exact >= 2) ? best : undefined;
}

interface TableToResolve {
  name: string;
  sha256: string;
  nameForType: string;
  source: TableSource;
  options: ReadImportOptions;
  sheet: string | undefined;
  forcedType?: RecordTypeName;
}

async function resolveTable({ name, sha256, nameForType, source, options, forcedType }: TableToResolve): Promise<ReadImportFile[]> {
  const { maxRows, mapping } = options;
  const { table } = source;
  const read: ReadImportFile = { name, sha256, report: emptyReport(name, sha256) };
  const fileError = (problem: string, expected: string) => {
    read.report.errors.push(formatImportError({ file: name, problem, expected }, 'row'));
  };
  const sourceHeaders = table.sourceHeaders ?? table.headers;
  if (table.titleRows?.length) read.report.warnings.push(`${name}: row${table.titleRows.length > 1 ? 's' : ''} ${table.titleRows.join(', ')} read as a title above the header`);
  let type = forcedType ?? detectRecordType(nameForType, table.headers);
  let proposal: ColumnProposal | undefined;
  const hasAllRequired = (candidate: RecordTypeName) => requiredColumnsOf(candidate).every((column) => table.headers.includes(column));
  if (type && hasAllRequired(type) && !mapping?.types[type]) {
    // Assured's own headers: extra headers are matched only when the match is confident.
    proposal = proposeColumns(type, sourceHeaders);
  } else {
    proposal = type ? proposalFor(type, sourceHeaders, mapping?.types[type]) : bestProposal(table, mapping);
    type ??= proposal?.type;
  }
  read.report.recordType = type;
  if (!type || !proposal) {
    fileError(
      'is not a recognised record type: neither the file name nor the header names one',
      `a file named after its type (${IMPORT_ORDER.join(', ')}) or with that type's columns`,
    );
    return [read];
  }
  read.type = type;
  const required = requiredColumnsOf(type);
  if (!hasAllRequired(type) || mapping?.types[type]) {
    const stop = stopOf(name, proposal);
    if (stop) {
      read.report.columnMapping = proposalReport(proposal);
      const noCandidates = !mapping && proposal.uncertain.length === 0;
      if (noCandidates) {
        const missing = proposal.missingRequired.map((entry) => entry.field);
        fileError(`has no ${missing.map((column) => `"${column}"`).join(', ')} column${missing.length > 1 ? 's' : ''}`, `the ${type} columns ${required.join(', ')}`);
      } else {
        fileError(stop.problem, stop.expected);
      }
      return [read];
    }
  }
  const attendance = mapping?.types[type]?.participants;
  const recordType = type;
  const mappers = () => {
    const columns = createColumnMapper(name, table, proposal, mapping);
    const participants = recordType === 'reviews' && attendance?.length ? createParticipantDeriver(name, columns.table, attendance, mapping?.types.participants) : undefined;
    return { columns, participants };
  };
  // One pass over every row: counts, unreadable rows and the mapping notes; rows are kept only when not streamed.
  const streamed = table.format === 'csv' && table.rows.length === 0 && options.stream === true && type !== 'organisation';
  const { columns, participants } = mappers();
  const entries = [{ type, header: columns.table, sourceColumns: columns.sourceColumns, kept: { rows: [] as RawTable['rows'], shapeErrors: [] as RawTable['shapeErrors'] }, rows: 0 }];
  if (participants) entries.push({ type: 'participants', header: participants.table, sourceColumns: participants.sourceColumns, kept: { rows: [], shapeErrors: [] }, rows: 0 });
  for await (const chunk of source.chunks(options.onRowsRead)) {
    const parts = [columns.map(chunk)];
    if (participants) parts.push(participants.derive(parts[0]!.rows));
    parts.forEach((part, index) => {
      const entry = entries[index]!;
      entry.rows += part.rows.length + part.shapeErrors.length;
      if (streamed) return;
      for (const row of part.rows) entry.kept.rows.push(row);
      for (const error of part.shapeErrors) entry.kept.shapeErrors.push(error);
    });
  }
  const notes = [columns.notes(), participants?.notes() ?? []];
  if (proposal.matches.some((match) => match.via !== 'name')) read.report.columnMapping = proposalReport(proposal);
  /** The rows of entry `index` again, mapped, a chunk at a time (for streamed files, read again from the content). */
  const chunksOf = (index: number) =>
    async function* (): AsyncIterable<RowChunk> {
      if (!streamed) {
        yield* tableSource({ ...entries[index]!.header, ...entries[index]!.kept }).chunks();
        return;
      }
      const again = mappers();
      for await (const chunk of source.chunks()) {
        const mapped = again.columns.map(chunk);
        yield index === 0 ? mapped : again.participants!.derive(mapped.rows);
      }
    };
  const files = entries.map((entry, index) => ({ type: entry.type, table: { ...entry.header, ...entry.kept }, sourceColumns: entry.sourceColumns, notes: notes[index]!, rows: entry.rows, chunks: chunksOf(index) }));

  return files.map((entry, index) => {
    const file: ReadImportFile = index === 0 ? read : derivedFile(read, entry);
    file.table = entry.table;
    file.type = entry.type;
    file.chunks = entry.chunks;
    if (Object.keys(entry.sourceColumns).length > 0) file.sourceColumns = entry.sourceColumns;
    file.report.rows = entry.rows;
    file.report.warnings.push(...entry.notes);
    if (file.report.rows === 0) fileError('has a header but no data rows', 'at least one data row');
    if (maxRows !== undefined && file.report.rows > maxRows) fileError(`has ${file.report.rows} rows`, `at most ${maxRows} rows per file`);
    if (index === 0) {
      const known = new Set(columnsOf(entry.type));
      const used = new Set([...(mapping?.types[type]?.ignore ?? []), ...(attendance ?? []).flatMap((column) => [column.column, column.advocateTypeColumn ?? ''])].map(normaliseColumnName));
      const unknown = entry.table.headers.filter((header) => header !== '' && !known.has(header) && !used.has(header));
      if (unknown.length > 0) file.report.warnings.push(`${name}: column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} ignored (not a ${entry.type} column)`);
      const attendanceLike = type === 'reviews' && !attendance ? sourceHeaders.filter((header) => unknown.includes(normaliseColumnName(header)) && ATTENDANCE_MARKERS.test(header)) : [];
      if (attendanceLike.length > 0) {
        file.report.warnings.push(`${name}: ${attendanceLike.map((header) => `"${header}"`).join(', ')} look like attendance columns: \`assured mapping suggest ${name}\` proposes the participants they make`);
      }
    }
    return file;
  });
}

function derivedFile(from: ReadImportFile, entry: { type: RecordTypeName }): ReadImportFile {
  const name = `${from.name} (${entry.type})`;
  const sha256 = sha256Of(`${from.sha256}:${entry.type}`);
  const report = emptyReport(name, sha256);
  report.recordType = entry.type;
  report.sourceFile = from.report.sourceFile ?? from.name;
  return { name, sha256, report };
}

function proposalReport(proposal: ColumnProposal): NonNullable<ImportFileReport['columnMapping']> {
  return { recordType: proposal.type, columns: proposal.matches, uncertain: proposal.uncertain, missingRequired: proposal.missingRequired };
}
