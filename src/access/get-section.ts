/**
 * Fetches a stored section of the caller's organisation. Another organisation's section, and an
 * id that is not a UUID at all, are NOT_FOUND exactly like a missing one, so ids leak nothing.
 */
import type { Database } from '../data/database.js';
import { ZSectionSchema } from '../section/section-schema.js';
import { AppError } from '../shared/app-error.js';
import { UUID_PATTERN } from '../shared/uuid-pattern.js';
import type { StoredSection } from './access-schema.js';

export interface GetSectionOptions {
  db: Database;
  organisationId: string;
  id: string;
}

export async function getSection(options: GetSectionOptions): Promise<StoredSection> {
  const notFound = new AppError('NOT_FOUND', 'No section with that id.');
  if (!UUID_PATTERN.test(options.id)) throw notFound;
  const row = await options.db.prisma.section.findFirst({
    where: { id: options.id, organisationId: options.organisationId },
    select: { id: true, createdAt: true, content: true },
  });
  if (!row) throw notFound;
  const parsed = ZSectionSchema.safeParse(row.content);
  if (!parsed.success) throw new AppError('INTERNAL', `Stored section ${row.id} no longer matches the section contract.`, { cause: parsed.error });
  return { ...parsed.data, id: row.id, createdAt: row.createdAt.toISOString() };
}
