/** Turns a session cookie's token into the caller: the person, their role and organisation. */
import type { Database } from '../data/database.js';
import { AppError } from '../shared/app-error.js';
import type { AuthContext } from './access-schema.js';
import { hashToken, TOKEN_PATTERN } from './session-token.js';

export const SESSION_REJECTED = 'Your session has ended or was signed out. Sign in again.';

export interface AuthenticateSessionOptions {
  db: Database;
  token: string;
  now?: Date;
}

export async function authenticateSession(options: AuthenticateSessionOptions): Promise<AuthContext> {
  const { db, token } = options;
  if (!TOKEN_PATTERN.test(token)) throw new AppError('UNAUTHORIZED', SESSION_REJECTED);
  const row = await db.prisma.userSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: { id: true, role: true, organisationId: true, organisation: { select: { slug: true } } } } },
  });
  if (!row || row.expiresAt <= (options.now ?? new Date())) throw new AppError('UNAUTHORIZED', SESSION_REJECTED);
  const { user } = row;
  return { organisationId: user.organisationId, organisationSlug: user.organisation.slug, apiKeyId: null, apiKeyPrefix: null, userId: user.id, role: user.role, callerKey: `user:${user.id}` };
}
