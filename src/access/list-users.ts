/** People and open invites of one organisation, for its administrators. */
import type { Database } from '../data/database.js';
import type { InviteSummary, UserSummary } from './access-schema.js';
import { toInviteSummary, toUserSummary } from './user-summary.js';

export async function listUsers(options: { db: Database; organisationId: string }): Promise<UserSummary[]> {
  const rows = await options.db.prisma.user.findMany({
    where: { organisationId: options.organisationId },
    orderBy: { createdAt: 'asc' },
    include: { organisation: { select: { slug: true, name: true } } },
  });
  return rows.map(toUserSummary);
}

export async function listInvites(options: { db: Database; organisationId: string; now?: Date }): Promise<InviteSummary[]> {
  const rows = await options.db.prisma.invite.findMany({
    where: { organisationId: options.organisationId, usedAt: null, expiresAt: { gt: options.now ?? new Date() } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map(toInviteSummary);
}

export async function getUser(options: { db: Database; userId: string }): Promise<UserSummary> {
  const row = await options.db.prisma.user.findUniqueOrThrow({ where: { id: options.userId }, include: { organisation: { select: { slug: true, name: true } } } });
  return toUserSummary(row);
}
