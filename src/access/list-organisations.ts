import type { Database } from '../data/database.js';
import type { OrganisationSummary } from './access-schema.js';
import { toOrganisationSummary } from './to-summary.js';

export async function listOrganisations(options: { db: Database }): Promise<OrganisationSummary[]> {
  const rows = await options.db.prisma.organisation.findMany({ orderBy: { slug: 'asc' } });
  return rows.map(toOrganisationSummary);
}
