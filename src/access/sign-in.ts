/**
 * Email and password sign-in. Unknown emails and wrong passwords fail alike and take as long;
 * after MAX_FAILED_SIGN_INS failures in a row an account is locked for LOCK_MS, whatever the
 * password, which caps guessing per account (the API also limits attempts per address).
 */
import type { Database } from '../data/database.js';
import { AppError } from '../shared/app-error.js';
import type { StartedSession } from './access-schema.js';
import { decoyHash, verifyPassword } from './password-hash.js';
import { startSession } from './start-session.js';
import { normaliseEmail } from './user-summary.js';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MS = 15 * 60 * 1000;

export const SIGN_IN_REJECTED = `The email or password was not accepted. After ${MAX_FAILED_SIGN_INS} failed attempts an account is locked for ${LOCK_MS / 60_000} minutes.`;

export interface SignInOptions {
  db: Database;
  email: string;
  password: string;
  /** The session cookie the browser arrived with, ended on success. */
  replacing?: string | undefined;
  now?: Date;
}

export async function signIn(options: SignInOptions): Promise<StartedSession> {
  const { db } = options;
  const now = options.now ?? new Date();
  const user = await db.prisma.user.findUnique({ where: { email: normaliseEmail(options.email) }, select: { id: true, passwordHash: true, lockedUntil: true } });
  if (!user) {
    await verifyPassword(options.password, await decoyHash());
    throw new AppError('UNAUTHORIZED', SIGN_IN_REJECTED);
  }
  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  const matches = await verifyPassword(options.password, user.passwordHash);
  if (locked || !matches) {
    if (!locked) {
      // One statement, so parallel guesses cannot each read the same count.
      const updated = await db.prisma.user.update({ where: { id: user.id }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true } });
      if (updated.failedSignIns >= MAX_FAILED_SIGN_INS) {
        await db.prisma.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(now.getTime() + LOCK_MS), failedSignIns: 0 } });
      }
    }
    throw new AppError('UNAUTHORIZED', SIGN_IN_REJECTED);
  }
  return db.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
    return startSession(tx, { userId: user.id, replacing: options.replacing, now });
  });
}
