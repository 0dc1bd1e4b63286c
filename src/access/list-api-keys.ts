import type { Database } from '../data/database.js';
import { AppError } from '../shared/app-error.js';
import type { ApiKeySummary } from './access-schema.js';
import { toApiKeySummary } from './to-summary.js';

export interface ListApiKeysOptions {
  db: Database;
  /** Organisation slug. */
  organisation: string;
}

export async function listApiKeys(options: ListApiKeysOptions): Promise<ApiKeySummary[]> {
  const organisation = await options.db.prisma.organisation.findUnique({ where: { slug: options.organisation }, select: { id: true } });
  if (!organisation) throw new AppError('NOT_FOUND', `No organisation "${options.organisation}".`);
  const rows = await options.db.prisma.apiKey.findMany({
    where: { organisationId: organisation.id },
    orderBy: { createdAt: 'asc' },
    include: { organisation: { select: { slug: true } } },
  });
  return rows.map(toApiKeySummary);
}
