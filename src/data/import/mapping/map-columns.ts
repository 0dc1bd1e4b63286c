/**
 * Turns a table with the provider's own headers and words into one with Assured's columns
 * and values, before validation: a mapping file's columns first, then confident proposals
 * (propose-columns.ts); coded values through the mapping's and the built-in value tables
 * (value-synonyms.ts); provider shapes through column readers (UTC timestamps, "Closed
 * 12/05/2026" statuses) and attendance flags that become participants. Every mapping used is
 * reported; anything uncertain stops the file with the proposal and how to confirm it.
 */
import { ukLocalDateOf } from './uk-local-date.js';
import { parseChoice, parseYesNo } from '../parse-values.js';
import type { ImportField } from '../fields.js';
import { normaliseColumnName, type RawRow, type RawTable, type RowReadError } from '../read-table.js';
import { RECORD_TYPES, requiredColumnsOf, type RecordTypeName } from '../record-types/index.js';
import { fieldOfRule, readerOfRule, type AttendanceColumn, type ImportMapping, type TypeMapping } from './mapping-schema.js';
import { proposeColumns, type ColumnProposal, type HeaderMatch } from './propose-columns.js';
import { VALUE_SYNONYMS, valueWords, YES_NO_WORDS, type ValueTable } from './value-synonyms.js';

export interface MappedTable {
  type: RecordTypeName;
  table: RawTable;
  /** Assured column → the provider's header it came from, where they differ. */
  sourceColumns: Record<string, string>;
  notes: string[];
  /** The header matches used (for the report and `mapping suggest`). */
  matches: HeaderMatch[];
}

export interface MappingStop {
  type: RecordTypeName;
  proposal: ColumnProposal;
  problem: string;
  expected: string;
}

export const CONFIRM_MAPPING = 'a mapping that confirms each column: run `assured mapping suggest FILE --format json > mapping.json`, check it, then import with --mapping mapping.json';

/** The proposal for `type` with a mapping's own columns fixed first. */
export function proposalFor(type: RecordTypeName, sourceHeaders: readonly string[], typeMapping: TypeMapping | undefined): ColumnProposal {
  const byNormal = new Map(sourceHeaders.map((header) => [normaliseColumnName(header), header]));
  const fixed: HeaderMatch[] = [];
  for (const [header, rule] of Object.entries(typeMapping?.columns ?? {})) {
    const present = byNormal.get(normaliseColumnName(header));
    if (present !== undefined) fixed.push({ header: present, field: fieldOfRule(rule), similarity: 1, via: 'mapping' });
  }
  const ignored = new Set((typeMapping?.ignore ?? []).map(normaliseColumnName));
  for (const attendance of typeMapping?.participants ?? []) {
    ignored.add(normaliseColumnName(attendance.column));
    if (attendance.advocateTypeColumn) ignored.add(normaliseColumnName(attendance.advocateTypeColumn));
  }
  const open = sourceHeaders.filter((header) => !ignored.has(normaliseColumnName(header)));
  return proposeColumns(type, open, fixed);
}

/** Why a proposal cannot be used as it is, or undefined when every header is placed. */
export function stopOf(fileName: string, proposal: ColumnProposal): MappingStop | undefined {
  const parts: string[] = [];
  for (const { field, candidates } of proposal.missingRequired) {
    parts.push(candidates.length > 0 ? `has no "${field}" column (perhaps ${candidates.map((c) => `"${c.header}"`).join(' or ')})` : `has no "${field}" column`);
  }
  for (const { header, candidates } of proposal.uncertain) {
    if (proposal.missingRequired.some((missing) => missing.candidates.some((candidate) => candidate.header === header))) continue;
    parts.push(`the header "${header}" may be ${candidates.map((c) => `${c.field} (${Math.round(c.similarity * 100)}% alike)`).join(' or ')}`);
  }
  if (parts.length === 0) return undefined;
  const used = proposal.matches.map((match) => `${match.header} → ${match.field}`).join(', ');
  return {
    type: proposal.type,
    proposal,
    problem: `${parts.join('; ')}${used ? `; matched so far: ${used}` : ''}`,
    expected: `the ${proposal.type} columns ${requiredColumnsOf(proposal.type).join(', ')}, or ${CONFIRM_MAPPING}`,
  };
}

interface ValueCount {
  from: string;
  to: string;
  rows: number;
}

/** Rows of a table handled together, with the rows of that stretch that could not be read. */
export interface RowChunk {
  rows: RawRow[];
  shapeErrors: RowReadError[];
}

/**
 * Maps a table's rows a chunk at a time, so a large file never has to be held whole; the
 * notes (headers renamed, totals rows skipped, values mapped) cover every chunk mapped so far.
 */
export interface ColumnMapper {
  type: RecordTypeName;
  /** The table's header as mapped (Assured's column names), without rows. */
  table: RawTable;
  sourceColumns: Record<string, string>;
  matches: HeaderMatch[];
  map(chunk: RowChunk): RowChunk;
  notes(): string[];
}

export function createColumnMapper(fileName: string, table: RawTable, proposal: ColumnProposal, mapping: ImportMapping | undefined): ColumnMapper {
  const type = proposal.type;
  const typeMapping = mapping?.types[type];
  const sourceHeaders = table.sourceHeaders ?? table.headers;
  const rules = new Map(Object.entries(typeMapping?.columns ?? {}).map(([header, rule]) => [normaliseColumnName(header), rule]));
  const fieldOfColumn = new Map<string, { field: string; reader: ReturnType<typeof readerOfRule>; header: string }>();
  for (const match of proposal.matches) {
    const column = normaliseColumnName(match.header);
    const rule = rules.get(column);
    fieldOfColumn.set(column, { field: match.field, reader: rule ? readerOfRule(rule) : 'text', header: match.header });
  }
  const headers = table.headers.map((header) => fieldOfColumn.get(header)?.field ?? header);
  const sourceColumns: Record<string, string> = {};
  for (const { field, header } of fieldOfColumn.values()) if (normaliseColumnName(header) !== field) sourceColumns[field] = header;
  const renamed = proposal.matches.filter((match) => match.via !== 'name');
  const renamedNote = renamed.length > 0 ? `${fileName}: columns mapped to ${type}: ${renamed.map((match) => `${match.header} → ${match.field}${match.via === 'similar' ? ` (${Math.round(match.similarity * 100)}% alike)` : ''}`).join(', ')}` : undefined;
  const totalsRows: number[] = [];
  const values = createValueMapper(fileName, type, typeMapping, sourceColumns);
  // Assured's own headers read as text: rows keep their cells as read (a large file is not copied).
  const asRead = [...fieldOfColumn.entries()].every(([column, target]) => column === target.field && target.reader === 'text');

  return {
    type,
    table: { ...table, headers, rows: [], shapeErrors: [], sourceHeaders },
    sourceColumns,
    matches: proposal.matches,
    map(chunk) {
      const shapeErrors: RowReadError[] = [...chunk.shapeErrors];
      const rows: RawRow[] = [];
      for (const raw of chunk.rows) {
        if (isTotalsRow(raw)) {
          totalsRows.push(raw.row);
          continue;
        }
        if (asRead) {
          rows.push(raw);
          continue;
        }
        const cells: Record<string, string> = {};
        let failed: RowReadError | undefined;
        for (const [column, value] of Object.entries(raw.cells)) {
          const target = fieldOfColumn.get(column);
          // Unplaced columns are left out, so one can never stand in for a column another header holds.
          if (!target) continue;
          const read = readCell(target.reader, value);
          if (typeof read === 'object') {
            failed ??= { row: raw.row, column: target.field, value, ...read };
            continue;
          }
          if (read !== '') cells[target.field] = read;
        }
        if (failed) shapeErrors.push(failed);
        else rows.push({ ...raw, cells });
      }
      values.mapRows(rows);
      return { rows, shapeErrors };
    },
    notes() {
      const notes = renamedNote ? [renamedNote] : [];
      if (totalsRows.length > 1) notes.push(`${fileName}: ${totalsRows.length} totals rows skipped`);
      else notes.push(...totalsRows.map((row) => `${fileName}: row ${row} skipped: a totals row`));
      return [...notes, ...values.notes()];
    },
  };
}

/** Reads and re-keys every row to Assured's columns; unreadable cells become row errors naming the provider's column. */
export function applyColumnMapping(fileName: string, table: RawTable, proposal: ColumnProposal, mapping: ImportMapping | undefined): MappedTable {
  const mapper = createColumnMapper(fileName, table, proposal, mapping);
  const { rows, shapeErrors } = mapper.map({ rows: table.rows, shapeErrors: table.shapeErrors });
  return { type: mapper.type, table: { ...mapper.table, rows, shapeErrors }, sourceColumns: mapper.sourceColumns, notes: mapper.notes(), matches: mapper.matches };
}

/** A hand-kept sheet's totals line: its first cell says "Total". */
function isTotalsRow(raw: RawRow): boolean {
  const first = raw.original.find((cell) => cell.trim() !== '');
  return first !== undefined && /^(grand\s+)?totals?:?$/i.test(first.trim());
}

export const CLOSED_STATUS = /^(?:closed|completed?|done|resolved|finished)\b[\s:,-]*(?:on\s+)?(.*)$/i;
export const OPEN_STATUS = /^(?:open|in progress|outstanding|overdue|pending|not started|ongoing|active)$/i;
export const UTC_STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|UTC|[+]00:?00)?$/i;

function readCell(reader: 'text' | 'utc-timestamp' | 'status-date', value: string): string | { problem: string; expected: string } {
  if (reader === 'text') return value;
  if (reader === 'status-date') {
    if (OPEN_STATUS.test(value)) return '';
    const closed = CLOSED_STATUS.exec(value);
    if (closed) return closed[1]!.trim() === '' ? { problem: 'says closed but gives no date', expected: 'a status such as "Closed 12/05/2026", or "Open"' } : closed[1]!.trim();
    return { problem: 'is not a status Assured can read', expected: 'a status such as "Closed 12/05/2026", "Open" or "In progress"' };
  }
  const match = UTC_STAMP.exec(value);
  if (!match) return { problem: 'is not a UTC date and time', expected: 'a UTC timestamp such as 2026-03-29T23:30:00Z' };
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6] ?? 0)));
  if (Number.isNaN(instant.getTime()) || instant.getUTCDate() !== Number(match[3])) return { problem: 'is not a real date and time', expected: 'a UTC timestamp such as 2026-03-29T23:30:00Z' };
  return ukLocalDateOf(instant);
}

function lookup(table: ValueTable, value: string): string | undefined {
  const words = valueWords(value);
  if (table[words] !== undefined) return table[words];
  for (const [key, target] of Object.entries(table)) if (valueWords(key) === words) return target;
  return undefined;
}

/** Maps coded values chunk by chunk, counting each distinct value mapped for the notes. */
export interface ValueMapper {
  mapRows(rows: readonly RawRow[]): void;
  notes(): string[];
}

export function createValueMapper(fileName: string, type: RecordTypeName, typeMapping: TypeMapping | undefined, sourceColumns: Record<string, string>): ValueMapper {
  const fields = RECORD_TYPES[type].fields.filter((field) => field.kind === 'choice' || field.kind === 'yes-no');
  const counts = new Map<string, Map<string, ValueCount>>();
  const cache = new Map<string, string | undefined>();
  return {
    mapRows(rows) {
      for (const row of rows) {
        for (const field of fields) {
          const value = row.cells[field.name];
          if (value === undefined) continue;
          const key = `${field.name}\u0000${value}`;
          let target = cache.get(key);
          if (!cache.has(key)) {
            target = mappedValue(field, value, typeMapping?.values[field.name]);
            cache.set(key, target);
          }
          if (target === undefined) continue;
          row.cells[field.name] = target;
          const perField = counts.get(field.name) ?? new Map<string, ValueCount>();
          counts.set(field.name, perField);
          const count = perField.get(value) ?? { from: value, to: target, rows: 0 };
          count.rows += 1;
          perField.set(value, count);
        }
      }
    },
    notes() {
      return [...counts.entries()].map(([field, perValue]) => {
        const column = sourceColumns[field] ? `"${sourceColumns[field]}" (${field})` : field;
        const list = [...perValue.values()].map((count) => `"${count.from}" → ${count.to} (${count.rows} row${count.rows === 1 ? '' : 's'})`).join(', ');
        return `${fileName}: values mapped in column ${column}: ${list}`;
      });
    },
  };
}

/** Coded values in the provider's words become Assured's, counted per distinct value; values already accepted are left alone. */
export function mapValues(fileName: string, type: RecordTypeName, table: RawTable, typeMapping: TypeMapping | undefined, sourceColumns: Record<string, string>): string[] {
  const mapper = createValueMapper(fileName, type, typeMapping, sourceColumns);
  mapper.mapRows(table.rows);
  return mapper.notes();
}

/** Assured's value for a provider's, or undefined when the value is accepted as it is or is unknown. */
function mappedValue(field: ImportField, value: string, saved: Readonly<Record<string, string>> | undefined): string | undefined {
  if (field.kind === 'yes-no') {
    if (parseYesNo(value).ok) return undefined;
    const target = (saved && lookup(saved, value)) ?? lookup(YES_NO_WORDS, value);
    return target !== undefined && parseYesNo(target).ok ? target : undefined;
  }
  const choices = field.choices ?? [];
  if (parseChoice(value, choices).ok) return undefined;
  const target = (saved && lookup(saved, value)) ?? lookup(VALUE_SYNONYMS.get(choices) ?? {}, value);
  return target !== undefined && parseChoice(target, choices).ok ? target : undefined;
}

/** Participants made from a reviews table's attendance columns, a chunk of reviews at a time. */
export interface ParticipantDeriver {
  /** The participants table's header, without rows. */
  table: RawTable;
  sourceColumns: Record<string, string>;
  derive(reviewRows: readonly RawRow[]): RowChunk;
  notes(): string[];
}

export function createParticipantDeriver(fileName: string, reviews: RawTable, attendance: readonly AttendanceColumn[], mapping: TypeMapping | undefined): ParticipantDeriver {
  const source = reviews;
  const headers = ['id', 'review_id', 'role', 'advocate_type', 'mode'];
  const byNormal = new Map((source.sourceHeaders ?? source.headers).map((header) => [normaliseColumnName(header), header]));
  // The flag and advocate-type cells are read from the rows as the provider wrote them.
  const normalHeaders = (source.sourceHeaders ?? source.headers).map(normaliseColumnName);
  const cellOf = (row: RawRow, header: string) => {
    const index = normalHeaders.indexOf(normaliseColumnName(header));
    const text = index === -1 ? undefined : row.original[index]?.trim();
    return text === '' ? undefined : text;
  };
  const sourceColumns: Record<string, string> = {};
  const values = createValueMapper(fileName, 'participants', mapping, sourceColumns);
  let made = 0;
  return {
    table: { ...source, headers, rows: [], shapeErrors: [], sourceHeaders: source.sourceHeaders ?? source.headers },
    sourceColumns,
    derive(reviewRows) {
      const rows: RawRow[] = [];
      const shapeErrors: RowReadError[] = [];
      for (const row of reviewRows) {
        const reviewId = row.cells.id;
        if (reviewId === undefined) continue;
        for (const column of attendance) {
          const flag = cellOf(row, column.column);
          if (flag === undefined) continue;
          const yes = parseYesNo(lookup(YES_NO_WORDS, flag) ?? flag);
          if (!yes.ok) {
            shapeErrors.push({ row: row.row, column: byNormal.get(normaliseColumnName(column.column)) ?? column.column, value: flag, problem: yes.problem, expected: yes.expected });
            break;
          }
          if (!yes.value) continue;
          const cells: Record<string, string> = { id: `${reviewId}-${column.role}-${column.mode}`, review_id: reviewId, role: column.role, mode: column.mode };
          const advocateType = column.advocateTypeColumn ? cellOf(row, column.advocateTypeColumn) : undefined;
          if (advocateType !== undefined) {
            cells.advocate_type = advocateType;
            sourceColumns.advocate_type = byNormal.get(normaliseColumnName(column.advocateTypeColumn!)) ?? column.advocateTypeColumn!;
          }
          rows.push({ row: row.row, cells, original: row.original });
        }
      }
      values.mapRows(rows);
      made += rows.length;
      return { rows, shapeErrors };
    },
    notes() {
      return [`${fileName}: ${made} participant${made === 1 ? '' : 's'} made from the attendance columns ${attendance.map((column) => `"${column.column}"`).join(', ')}`, ...values.notes()];
    },
  };
}

/** Reviews kept one row per meeting: each yes in an attendance column makes a participant of that review. */
export function deriveParticipants(fileName: string, reviews: MappedTable, attendance: readonly AttendanceColumn[], mapping: TypeMapping | undefined): MappedTable {
  const deriver = createParticipantDeriver(fileName, reviews.table, attendance, mapping);
  const { rows, shapeErrors } = deriver.derive(reviews.table.rows);
  return { type: 'participants', table: { ...deriver.table, rows, shapeErrors }, sourceColumns: deriver.sourceColumns, notes: deriver.notes(), matches: [] };
}
