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
import { proposalFor } from './map-columns.js';
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
      const placed = new Set([...proposal.matches.map((match) => match.header), ...Object.keys(entry.columns)]);
      entry.ignore = [...new Set([...entry.ignore, ...proposal.unmatched.filter((header) => !placed.has(header))])];
      mapping.types[proposal.type] = entry;
    }
  }
  return { mapping, files: suggestions, confident };
}
