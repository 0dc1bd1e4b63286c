/**
 * Which organisation a command is about: the one named, or the only one in the database.
 * The import, the figures and everything built on them choose it here, so they agree on
 * what counts as missing (NOT_FOUND) and as ambiguous (INVALID_INPUT).
 */
import type { Database } from './database.js';
import { AppError } from '../shared/app-error.js';

export interface PickedOrganisation {
  id: string;
  slug: string;
}

export interface PickOrganisationOptions {
  db: Database;
  /** Organisation slug; may be left out when the database holds exactly one organisation. */
  slug?: string;
  /** What the user can do when there is no such organisation, as a clause ("import your records first"). */
  remedy: string;
}

export async function pickOrganisation({ db, slug, remedy }: PickOrganisationOptions): Promise<PickedOrganisation> {
  const found = slug
    ? await db.prisma.organisation.findMany({ where: { slug }, select: { id: true, slug: true } })
    : await db.prisma.organisation.findMany({ select: { id: true, slug: true }, orderBy: { slug: 'asc' }, take: 2 });
  return chooseOrganisation(found, { slug, remedy });
}

/**
 * The choice itself, for a caller that reads the candidates with more columns in its own
 * statement: `candidates` are the organisation with `slug`, or when no slug is given the first
 * two organisations by slug.
 */
export function chooseOrganisation<Row>(candidates: Row[], { slug, remedy }: { slug?: string | undefined; remedy: string }): Row {
  if (slug) {
    if (!candidates[0]) throw new AppError('NOT_FOUND', `No organisation "${slug}": ${remedy}.`);
    return candidates[0];
  }
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) throw new AppError('NOT_FOUND', `The database holds no organisation yet: ${remedy}.`);
  throw new AppError('INVALID_INPUT', 'The database holds several organisations: say which with --org SLUG.');
}
