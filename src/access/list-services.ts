/** The organisation's services, for pickers: reference, name and locality, in name order. */
import type { Database } from '../data/database.js';
import type { ServiceSummary } from './access-schema.js';

export async function listServices(options: { db: Database; organisationSlug: string }): Promise<ServiceSummary[]> {
  const rows = await options.db.prisma.service.findMany({
    where: { organisation: { slug: options.organisationSlug } },
    orderBy: [{ name: 'asc' }, { ref: 'asc' }],
    select: { ref: true, name: true, locality: true },
  });
  return rows;
}
