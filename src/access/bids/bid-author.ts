/** Who is acting, as history shows them: a person by name, an integration by its key's prefix. */
import type { Database } from '../../data/database.js';
import type { AuthContext } from '../access-schema.js';

export interface BidAuthor {
  name: string;
  userId: string | null;
}

export async function authorOf(db: Database, caller: Pick<AuthContext, 'userId' | 'apiKeyPrefix' | 'organisationId'>): Promise<BidAuthor> {
  if (caller.userId) {
    const user = await db.prisma.user.findFirst({ where: { id: caller.userId, organisationId: caller.organisationId }, select: { name: true, email: true } });
    if (user) return { name: user.name.trim() || user.email, userId: caller.userId };
  }
  return { name: caller.apiKeyPrefix ? `API key ${caller.apiKeyPrefix}…` : 'command line', userId: null };
}
