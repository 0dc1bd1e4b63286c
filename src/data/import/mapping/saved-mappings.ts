/**
 * An organisation's saved import mappings: stored by name, validated on the way in and out,
 * so a mapping confirmed once is reused on every later export from the same system.
 */
import type { Database } from '../../database.js';
import { pickOrganisation } from '../../pick-organisation.js';
import { AppError } from '../../../shared/app-error.js';
import { ZImportMappingSchema, ZMappingNameSchema, type ImportMapping, type ImportMappingInput } from './mapping-schema.js';

const REMEDY = 'import the organisation file first, or create it with `assured org create`';

export interface SavedMappingSummary {
  name: string;
  types: string[];
  description?: string;
  updatedAt: string;
}

function checkedName(name: string): string {
  const parsed = ZMappingNameSchema.safeParse(name);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `Mapping name "${name.slice(0, 64)}" ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
  return parsed.data;
}

/** Parses a mapping file's content, saying where it is wrong. */
export function parseImportMapping(data: unknown, source: string): ImportMapping {
  const parsed = ZImportMappingSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new AppError('INVALID_INPUT', `${source}: ${issue.path.length > 0 ? `at ${issue.path.join('.')}: ` : ''}${issue.message} (expected a mapping file as \`assured mapping suggest --format json\` writes it).`);
}

export async function saveImportMapping(options: { db: Database; organisation?: string; name: string; mapping: ImportMappingInput }): Promise<SavedMappingSummary> {
  const name = checkedName(options.name);
  const mapping = parseImportMapping({ ...options.mapping, name }, `mapping ${name}`);
  const organisation = await pickOrganisation({ db: options.db, remedy: REMEDY, ...(options.organisation ? { slug: options.organisation } : {}) });
  const saved = await options.db.prisma.importMapping.upsert({
    where: { organisationId_name: { organisationId: organisation.id, name } },
    create: { organisationId: organisation.id, name, definition: mapping },
    update: { definition: mapping },
  });
  return summaryOf(name, mapping, saved.updatedAt);
}

export async function findImportMapping(options: { db: Database; organisation?: string; name: string }): Promise<ImportMapping> {
  const name = checkedName(options.name);
  const organisation = await pickOrganisation({ db: options.db, remedy: REMEDY, ...(options.organisation ? { slug: options.organisation } : {}) });
  const saved = await options.db.prisma.importMapping.findUnique({ where: { organisationId_name: { organisationId: organisation.id, name } } });
  if (!saved) {
    const names = (await options.db.prisma.importMapping.findMany({ where: { organisationId: organisation.id }, select: { name: true }, orderBy: { name: 'asc' } })).map((entry) => entry.name);
    throw new AppError('NOT_FOUND', `No saved mapping "${name}" for ${organisation.slug} (saved: ${names.length > 0 ? names.join(', ') : 'none'}); save one with \`assured mapping save ${name} MAPPING.json\`.`);
  }
  return parseImportMapping(saved.definition, `saved mapping ${name}`);
}

export async function listImportMappings(options: { db: Database; organisation?: string }): Promise<SavedMappingSummary[]> {
  const organisation = await pickOrganisation({ db: options.db, remedy: REMEDY, ...(options.organisation ? { slug: options.organisation } : {}) });
  const saved = await options.db.prisma.importMapping.findMany({ where: { organisationId: organisation.id }, orderBy: { name: 'asc' } });
  return saved.map((entry) => summaryOf(entry.name, parseImportMapping(entry.definition, `saved mapping ${entry.name}`), entry.updatedAt));
}

function summaryOf(name: string, mapping: ImportMapping, updatedAt: Date): SavedMappingSummary {
  return { name, types: Object.keys(mapping.types), ...(mapping.description ? { description: mapping.description } : {}), updatedAt: updatedAt.toISOString() };
}
