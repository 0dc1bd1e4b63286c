/**
 * Turns an invite into an account and signs the person in. The invite is claimed by one
 * conditional update (unused and unexpired), so two uses of the same link cannot both succeed.
 */
import type { Database } from '../data/database.js';
import { AppError } from '../shared/app-error.js';
import type { StartedSession } from './access-schema.js';
import { checkPasswordPolicy, hashPassword } from './password-hash.js';
import { hashToken, TOKEN_PATTERN } from './session-token.js';
import { startSession } from './start-session.js';

export interface AcceptInviteOptions {
  db: Database;
  token: string;
  name: string;
  password: string;
  /** The session cookie the browser arrived with, ended on success. */
  replacing?: string | undefined;
  now?: Date;
}

const UNUSABLE = 'This invitation link is unknown, already used or expired. Ask your administrator for a new one.';

export async function acceptInvite(options: AcceptInviteOptions): Promise<StartedSession> {
  const { db } = options;
  const name = options.name.trim();
  if (name.length === 0 || name.length > 100) throw new AppError('INVALID_INPUT', 'Your name needs 1 to 100 characters.');
  checkPasswordPolicy(options.password);
  if (!TOKEN_PATTERN.test(options.token)) throw new AppError('NOT_FOUND', UNUSABLE);
  const now = options.now ?? new Date();
  const tokenHash = hashToken(options.token);
  const invite = await db.prisma.invite.findUnique({ where: { tokenHash } });
  if (!invite || invite.usedAt || invite.expiresAt <= now) throw new AppError('NOT_FOUND', UNUSABLE);
  // Hash before the transaction: it takes a third of a second and needs no lock.
  const passwordHash = await hashPassword(options.password);
  return db.prisma.$transaction(async (tx) => {
    const claimed = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError('NOT_FOUND', UNUSABLE);
    const taken = await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } });
    if (taken) throw new AppError('CONFLICT', `${invite.email} already has an account; sign in with it instead.`);
    const user = await tx.user.create({ data: { organisationId: invite.organisationId, email: invite.email, name, role: invite.role, passwordHash, createdAt: now }, select: { id: true } });
    return startSession(tx, { userId: user.id, replacing: options.replacing, now });
  });
}
