/**
 * `assured mapping suggest`: reads the provider's files (nothing is written) and proposes a
 * mapping file from their headers: confident matches as they would be used, uncertain ones
 * filled with the best candidate for a person to check, and what is still missing.
 */
import path from 'node:path';
import type { ImportFileInput } from '../read-import-file.js';
import { readTable, readWorkbookTables, formatOf, TableReadError, type RawTable } from '../read-table.js';
import { worksheetCount } from '../read-xlsx.js';
import { DETECTION_ORDER, RECORD_TYPES, type RecordTypeName } from '../record-types/index.js';
import type { ImportMapping, TypeMapping } from './mapping-schema.js';
import { ADVOCATE_TYPE_HEADER, ATTENDANCE_MARKERS, ATTENDANCE_MODES, ATTENDANCE_ROLES, STATUS_HEADER } from './attendance-words.js';
import { CLOSED_STATUS, OPEN_STATUS, proposalFor, UTC_STAMP } from './map-columns.js';
import { proposalScore, type ColumnProposal } from './propose-columns.js';

export interface FileSuggestion {
  file: string;
  recordType?: RecordTypeName;
  proposal?: ColumnProposal;
  /** Why no proposal could be made. */
  problem?: string;
}

export interface MappingSuggestion {
  mapping: ImportMapping;
  files: FileSuggestion[];
  /** True when every header was placed with confidence and no required column is missing. */
  confident: boolean;
}

function typeFor(name: string, table: RawTable, base: ImportMapping | undefined): ColumnProposal {
  const byName = DETECTION_ORDER.find((type) => RECORD_TYPES[type].fileName.test(name.toLowerCase()));
  const headers = table.sourceHeaders ?? table.headers;
  if (byName) return proposalFor(byName, headers, base?.types[byName]);
  return DETECTION_ORDER.map((type) => proposalFor(type, headers, base?.types[type])).sort((a, b) => proposalScore(b) - proposalScore(a))[0]!;
}

export async function suggestMapping(files: readonly ImportFileInput[], options: { name?: string; base?: ImportMapping } = {}): Promise<MappingSuggestion> {
  const mapping: ImportMapping = { ...(options.name ? { name: options.name } : {}), types: { ...(options.base?.types ?? {}) } };
  const suggestions: FileSuggestion[] = [];
  let confident = true;
  for (const input of files) {
    const name = path.basename(input.name);
    const tables: { label: string; typeName: string; table: RawTable; sheet?: string }[] = [];
    try {
      if (formatOf(name) === 'xlsx' && worksheetCount(input.content) > 1) {
        for (const sheet of await readWorkbookTables(name, input.content)) if (sheet.table) tables.push({ label: `${name} [${sheet.sheetName}]`, typeName: sheet.sheetName, table: sheet.table, sheet: sheet.sheetName });
      } else {
        tables.push({ label: name, typeName: name, table: await readTable(name, input.content) });
      }
    } catch (error) {
      if (!(error instanceof TableReadError)) throw error;
      suggestions.push({ file: name, problem: error.message });
      confident = false;
      continue;
    }
    for (const { label, typeName, table, sheet } of tables) {
      const proposal = typeFor(typeName, table, options.base);
      suggestions.push({ file: label, recordType: proposal.type, proposal });
      if (proposal.uncertain.length > 0 || proposal.missingRequired.length > 0) confident = false;
      const entry: TypeMapping = mapping.types[proposal.type] ?? { columns: {}, ignore: [], values: {} };
      if (sheet !== undefined) entry.sheet = sheet;
      for (const match of proposal.matches) if (match.via !== 'name') entry.columns[match.header] = entry.columns[match.header] ?? match.field;
      for (const { header, candidates } of proposal.uncertain) {
        const best = candidates[0];
        if (best && !Object.values(entry.columns).includes(best.field)) entry.columns[header] = best.field;
      }
      proposeShapes(proposal, table, entry);
      const placed = new Set([
        ...proposal.matches.map((match) => match.header),
        ...Object.keys(entry.columns),
        ...(entry.participants ?? []).flatMap((column) => [column.column, column.advocateTypeColumn ?? '']),
      ]);
      entry.ignore = [...new Set([...entry.ignore, ...proposal.unmatched.filter((header) => !placed.has(header))])];
      mapping.types[proposal.type] = entry;
    }
  }
  return { mapping, files: suggestions, confident };
}

/** The first few non-blank cells of a provider column. */
function samples(table: RawTable, header: string): string[] {
  const index = (table.sourceHeaders ?? table.headers).indexOf(header);
  const found: string[] = [];
  for (const row of table.rows) {
    const cell = row.original[index]?.trim();
    if (cell) found.push(cell);
    if (found.length >= 20) break;
  }
  return found;
}

/** Shapes a header and its values suggest: attendance flags (reviews), UTC timestamps, "Closed 12/05/2026" statuses. */
function proposeShapes(proposal: ColumnProposal, table: RawTable, entry: TypeMapping): void {
  const fields = new Map(RECORD_TYPES[proposal.type].fields.map((field) => [field.name, field]));
  for (const match of proposal.matches) {
    const kind = fields.get(match.field)?.kind;
    const values = samples(table, match.header);
    if (kind === 'date' && values.length > 0 && values.every((value) => UTC_STAMP.test(value))) entry.columns[match.header] = { field: match.field, read: 'utc-timestamp' };
  }
  const open = [...proposal.unmatched, ...proposal.uncertain.map((entry) => entry.header)].filter((header) => !(header in entry.columns));
  const closingField = ['closed_on', 'resolved_on'].find((field) => fields.has(field) && !Object.values(entry.columns).some((rule) => (typeof rule === 'string' ? rule : rule.field) === field));
  for (const header of open) {
    if (closingField && STATUS_HEADER.test(header)) {
      const values = samples(table, header);
      if (values.length > 0 && values.every((value) => CLOSED_STATUS.test(value) || OPEN_STATUS.test(value))) entry.columns[header] = { field: closingField, read: 'status-date' };
    }
  }
  if (proposal.type !== 'reviews') return;
  const advocateType = open.find((header) => ADVOCATE_TYPE_HEADER.test(header));
  const attendance = open.filter((header) => header !== advocateType && ATTENDANCE_MARKERS.test(header));
  if (attendance.length === 0) return;
  entry.participants = attendance.map((header) => {
    const role = ATTENDANCE_ROLES.find((entry) => entry.pattern.test(header))?.role ?? 'family';
    const mode = ATTENDANCE_MODES.find((entry) => entry.pattern.test(header))?.mode ?? 'in-person';
    return { column: header, role, mode, ...(role === 'advocate' && advocateType ? { advocateTypeColumn: advocateType } : {}) };
  });
  for (const column of entry.participants) delete entry.columns[column.column];
}
