import type { InviteSummary, UserSummary } from './access-schema.js';
import type { Role } from './roles.js';

export function toUserSummary(row: { id: string; email: string; name: string; role: Role; createdAt: Date; organisation: { slug: string; name: string } }): UserSummary {
  return { id: row.id, organisation: row.organisation.slug, organisationName: row.organisation.name, email: row.email, name: row.name, role: row.role, createdAt: row.createdAt.toISOString() };
}

export function toInviteSummary(row: { id: string; email: string; role: Role; createdAt: Date; expiresAt: Date; usedAt: Date | null }): InviteSummary {
  return { id: row.id, email: row.email, role: row.role, createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt.toISOString(), usedAt: row.usedAt?.toISOString() ?? null };
}

/** Email addresses compare case-insensitively; they are stored lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(email: string): boolean {
  return email.length <= 254 && EMAIL_PATTERN.test(email);
}
