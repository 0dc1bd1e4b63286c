/**
 * Opens a new session for a person. Every sign-in gets a fresh random token, and the session the
 * browser arrived with (if any) is ended, so a token planted before sign-in is never promoted
 * (no session fixation).
 */
import type { Database } from '../data/database.js';
import type { StartedSession } from './access-schema.js';
import { hashToken, newToken, SESSION_LIFETIME_MS, TOKEN_PATTERN } from './session-token.js';
import { toUserSummary } from './user-summary.js';

type Transaction = Parameters<Parameters<Database['prisma']['$transaction']>[0]>[0];

export interface StartSessionOptions {
  userId: string;
  /** The token of the session cookie the request carried, ended here. */
  replacing?: string | undefined;
  now: Date;
}

export async function startSession(tx: Database['prisma'] | Transaction, options: StartSessionOptions): Promise<StartedSession> {
  if (options.replacing && TOKEN_PATTERN.test(options.replacing)) await tx.userSession.deleteMany({ where: { tokenHash: hashToken(options.replacing) } });
  const token = newToken();
  const expiresAt = new Date(options.now.getTime() + SESSION_LIFETIME_MS);
  const session = await tx.userSession.create({
    data: { userId: options.userId, tokenHash: hashToken(token), createdAt: options.now, expiresAt },
    select: { user: { include: { organisation: { select: { slug: true, name: true } } } } },
  });
  return { token, expiresAt, user: toUserSummary(session.user) };
}
