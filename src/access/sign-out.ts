/** Ends one session (this browser) or every session of a person (all their browsers). */
import type { Database } from '../data/database.js';
import { hashToken, TOKEN_PATTERN } from './session-token.js';

export async function signOut(options: { db: Database; token: string }): Promise<void> {
  if (!TOKEN_PATTERN.test(options.token)) return;
  await options.db.prisma.userSession.deleteMany({ where: { tokenHash: hashToken(options.token) } });
}

/** Returns how many sessions were ended. */
export async function signOutEverywhere(options: { db: Database; userId: string }): Promise<number> {
  const result = await options.db.prisma.userSession.deleteMany({ where: { userId: options.userId } });
  return result.count;
}
