/**
 * Creates an organisation (a tenant). The slug comes from the name unless given, and must be
 * unused: an existing slug is a CONFLICT rather than a silent suffix, so scripts stay predictable.
 */
import type { Database } from '../data/database.js';
import { AppError } from '../shared/app-error.js';
import type { OrganisationSummary } from './access-schema.js';
import { toOrganisationSummary } from './to-summary.js';

export interface CreateOrganisationOptions {
  db: Database;
  name: string;
  slug?: string;
  bidderName?: string;
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

export async function createOrganisation(options: CreateOrganisationOptions): Promise<OrganisationSummary> {
  const name = options.name.trim();
  if (name.length === 0 || name.length > 200) throw new AppError('INVALID_INPUT', 'An organisation name needs 1 to 200 characters.');
  const slug = options.slug ?? slugFromName(name);
  if (!SLUG_PATTERN.test(slug)) {
    throw new AppError('INVALID_INPUT', `"${slug}" is not a usable slug (expected lower-case letters, digits and single hyphens, e.g. harbour-care).`);
  }
  const existing = await options.db.prisma.organisation.findUnique({ where: { slug }, select: { id: true } });
  if (existing) throw new AppError('CONFLICT', `An organisation with slug "${slug}" already exists; choose another with --slug.`);
  const created = await options.db.prisma.organisation.create({
    data: { slug, name, bidderName: options.bidderName?.trim() || null },
  });
  return toOrganisationSummary(created);
}
