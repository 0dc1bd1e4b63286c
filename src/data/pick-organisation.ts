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
  if (slug) {
    const found = await db.prisma.organisation.findUnique({ where: { slug }, select: { id: true, slug: true } });
    if (!found) throw new AppError('NOT_FOUND', `No organisation "${slug}": ${remedy}.`);
    return found;
  }
  const organisations = await db.prisma.organisation.findMany({ select: { id: true, slug: true }, orderBy: { slug: 'asc' }, take: 2 });
  if (organisations.length === 1) return organisations[0]!;
  if (organisations.length === 0) throw new AppError('NOT_FOUND', `The database holds no organisation yet: ${remedy}.`);
  throw new AppError('INVALID_INPUT', 'The database holds several organisations: say which with --org SLUG.');
}
