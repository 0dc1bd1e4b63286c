/**
 * Invites a person into an organisation with a role, by a one-time link: the token is returned
 * once and only its SHA-256 is stored. No mail is sent; the admin passes the link on.
 */
import type { Database } from '../data/database.js';
import { AppError } from '../shared/app-error.js';
import type { CreatedInvite } from './access-schema.js';
import type { Role } from './roles.js';
import { hashToken, newToken } from './session-token.js';
import { isEmail, normaliseEmail, toInviteSummary } from './user-summary.js';

/** Long enough to reach someone over a weekend, short enough that a forwarded link goes stale. */
export const INVITE_LIFETIME_MS = 72 * 60 * 60 * 1000;

export interface CreateInviteOptions {
  db: Database;
  /** Organisation by slug (CLI) or id (API, from the signed-in admin). */
  organisation: { slug: string } | { id: string };
  email: string;
  role: Role;
  now?: Date;
}

export async function createInvite(options: CreateInviteOptions): Promise<CreatedInvite> {
  const { db } = options;
  const email = normaliseEmail(options.email);
  if (!isEmail(email)) throw new AppError('INVALID_INPUT', `"${options.email}" is not an email address (expected name@example.org).`);
  const organisation = await db.prisma.organisation.findUnique({ where: options.organisation, select: { id: true } });
  if (!organisation) throw new AppError('NOT_FOUND', 'slug' in options.organisation ? `No organisation "${options.organisation.slug}". Create it with \`assured org create NAME\`.` : 'No such organisation.');
  const existing = await db.prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError('CONFLICT', `${email} already has an account; they can sign in with it.`);
  const now = options.now ?? new Date();
  const token = newToken();
  const row = await db.prisma.invite.create({
    data: { organisationId: organisation.id, email, role: options.role, tokenHash: hashToken(token), createdAt: now, expiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS) },
  });
  return { ...toInviteSummary(row), token };
}
