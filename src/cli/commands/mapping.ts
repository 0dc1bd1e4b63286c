import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../data/database.js';
import type { ImportFileInput } from '../../data/import/import-files.js';
import type { ImportMapping } from '../../data/import/mapping/mapping-schema.js';
import { findImportMapping, listImportMappings, parseImportMapping, saveImportMapping } from '../../data/import/mapping/saved-mappings.js';
import { suggestMapping, type MappingSuggestion } from '../../data/import/mapping/suggest-mapping.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../command.js';
import { ORG_FLAG, TABLE_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { formatTable } from '../format-table.js';
import { InputError } from '../read-input.js';
import { withDatabase } from '../with-database.js';
import { tableOrJson } from './org.js';

export async function readInputFiles(io: CliIO, names: readonly string[]): Promise<(ImportFileInput & { fullPath: string })[]> {
  return Promise.all(
    names.map(async (file) => {
      const fullPath = path.resolve(io.cwd, file);
      const content = await readFile(fullPath).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
      });
      return { name: file, fullPath, content };
    }),
  );
}

/** A --mapping value that names a file (it ends in .json or has a folder). */
export function isMappingFile(value: string): boolean {
  return value.endsWith('.json') || value.includes('/') || value.includes(path.sep);
}

export async function readMappingFile(io: CliIO, file: string): Promise<ImportMapping> {
  const [input] = await readInputFiles(io, [file]);
  let data: unknown;
  try {
    data = JSON.parse(input!.content.toString('utf8'));
  } catch (error) {
    throw new InputError(`${file} is not JSON: ${(error as Error).message}`);
  }
  return parseImportMapping(data, file);
}

/** The mapping a --mapping value names: a mapping file, or one saved for the organisation. */
export async function resolveMapping(io: CliIO, db: Database, value: string, organisation: string | undefined): Promise<ImportMapping> {
  if (isMappingFile(value)) return readMappingFile(io, value);
  return findImportMapping({ db, name: value, ...(organisation !== undefined ? { organisation } : {}) });
}

function formatSuggestion(suggestion: MappingSuggestion, width?: number): string {
  const lines: string[] = [];
  for (const file of suggestion.files) {
    if (!file.proposal) {
      lines.push(`${file.file}: ${file.problem ?? 'cannot be read'}`, '');
      continue;
    }
    const { proposal } = file;
    lines.push(`${file.file} → ${proposal.type}`);
    const rows: (string | number)[][] = [
      ...proposal.matches.map((match) => [match.header, match.field, match.via === 'similar' ? `${Math.round(match.similarity * 100)}% alike` : match.via, 'used']),
      ...proposal.uncertain.map(({ header, candidates }) => [header, candidates.map((candidate) => `${candidate.field} (${Math.round(candidate.similarity * 100)}%)`).join(' or '), 'uncertain', 'CHECK']),
      ...proposal.unmatched.map((header) => [header, '', 'no match', 'ignored']),
    ];
    lines.push(formatTable(['your header', 'Assured column', 'matched by', ''], rows, width));
    for (const missing of proposal.missingRequired) lines.push(`  missing required column ${missing.field}${missing.candidates.length > 0 ? ` (perhaps ${missing.candidates.map((c) => `"${c.header}"`).join(' or ')})` : ': add it to the mapping under "columns"'}`);
    lines.push('');
  }
  lines.push(
    suggestion.confident
      ? 'Every header is placed with confidence: `assured import FILE` will use these matches as they are.'
      : 'Some columns need checking (CHECK, missing). Write the proposal with --format json > mapping.json, correct it, then import with --mapping mapping.json.',
  );
  return lines.join('\n');
}

export const mappingSuggestCommand = defineCommand({
  name: 'mapping suggest',
  summary: "Propose a mapping of your files' headers to Assured's columns (reads only)",
  usage: 'assured mapping suggest FILE... [--name NAME] [--format json|table]',
  arguments: [{ name: 'FILE', description: 'your exports or spreadsheets (CSV, XLSX or JSON)', variadic: true }],
  flags: {
    name: { type: 'string', value: 'NAME', description: 'a name for the mapping, to save it under later', defaultText: 'none', example: '--name our-care-system' },
    format: { ...TABLE_FORMAT_FLAG, description: 'table (readable proposal) or json (the mapping file itself, to save and edit)' },
  },
  examples: ['assured mapping suggest care-plan-reviews.csv', 'assured mapping suggest care-plan-reviews.csv --format json > mapping.json'],
  notes: ['Exit codes: 0 every header placed with confidence, 1 some need checking, 2 usage or input error.'],
  async run({ values, positionals }, io) {
    const format = tableOrJson(values.format);
    if (positionals.length === 0) throw new InputError('give at least one file');
    const files = await readInputFiles(io, positionals);
    const suggestion = await suggestMapping(files, values.name !== undefined ? { name: values.name } : {});
    io.stdout(format === 'json' ? JSON.stringify(suggestion.mapping, null, 2) : formatSuggestion(suggestion, io.columns));
    return suggestion.confident ? EXIT_OK : EXIT_FINDINGS;
  },
});

export const mappingSaveCommand = defineCommand({
  name: 'mapping save',
  summary: "Save a mapping file under a name for the organisation's later imports",
  usage: 'assured mapping save NAME MAPPING.json [--org SLUG] [--format json|table]',
  arguments: [
    { name: 'NAME', description: 'lower-case letters, digits and hyphens, e.g. our-care-system' },
    { name: 'MAPPING', description: 'the mapping file (as `assured mapping suggest --format json` writes it)' },
  ],
  flags: { org: ORG_FLAG, format: TABLE_FORMAT_FLAG },
  examples: ['assured mapping save our-care-system mapping.json', 'assured import export.csv --mapping our-care-system'],
  async run({ values, positionals }, io) {
    const format = tableOrJson(values.format);
    const [name, file] = positionals;
    if (!name || !file || positionals.length > 2) throw new InputError('give a name and one mapping file');
    const mapping = await readMappingFile(io, file);
    const saved = await withDatabase(io, (db) => saveImportMapping({ db, name, mapping, ...(values.org !== undefined ? { organisation: values.org } : {}) }));
    io.stdout(format === 'json' ? JSON.stringify(saved, null, 2) : `Saved mapping ${saved.name} (${saved.types.join(', ')}). Use it with: assured import FILE --mapping ${saved.name}`);
    return EXIT_OK;
  },
});

export const mappingListCommand = defineCommand({
  name: 'mapping list',
  summary: "List the organisation's saved import mappings",
  usage: 'assured mapping list [--org SLUG] [--format json|table]',
  flags: { org: ORG_FLAG, format: TABLE_FORMAT_FLAG },
  examples: ['assured mapping list'],
  async run({ values }, io) {
    const format = tableOrJson(values.format);
    const saved = await withDatabase(io, (db) => listImportMappings({ db, ...(values.org !== undefined ? { organisation: values.org } : {}) }));
    io.stdout(
      format === 'json'
        ? JSON.stringify({ mappings: saved }, null, 2)
        : saved.length === 0
          ? 'No saved mappings. Save one with: assured mapping save NAME mapping.json'
          : formatTable(['name', 'record types', 'description', 'saved'], saved.map((entry) => [entry.name, entry.types.join(', '), entry.description ?? '', entry.updatedAt.slice(0, 16).replace('T', ' ')]), io.columns),
    );
    return EXIT_OK;
  },
});
