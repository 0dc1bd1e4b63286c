import { z } from 'zod';
import { ZSectionSchema } from '../section/section-schema.js';
import { ZRoleSchema } from './roles.js';

/**
 * Shapes of the access layer: organisations, API keys, stored sections and export records.
 * Dates are ISO 8601 strings so the same shapes serve the API, the CLI and JSON output.
 */

export const ZOrganisationSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  bidderName: z.string().nullable(),
  createdAt: z.string(),
});
export type OrganisationSummary = z.infer<typeof ZOrganisationSummarySchema>;

export const ZApiKeySummarySchema = z.object({
  id: z.string(),
  organisation: z.string().describe('Organisation slug'),
  name: z.string(),
  /** The first characters of the key, enough to recognise it without revealing it. */
  prefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiKeySummary = z.infer<typeof ZApiKeySummarySchema>;

export const ZCreatedApiKeySchema = ZApiKeySummarySchema.extend({
  /** The key itself: shown once, never stored (only its SHA-256 is). */
  key: z.string(),
});
export type CreatedApiKey = z.infer<typeof ZCreatedApiKeySchema>;

/**
 * Who is calling: what every scoped query needs. Either an API key (an integration: `apiKeyId`
 * set, `userId` and `role` null) or a signed-in person (`userId` and `role` set, no key).
 */
export const ZAuthContextSchema = z.object({
  organisationId: z.string(),
  organisationSlug: z.string(),
  apiKeyId: z.string().nullable(),
  apiKeyPrefix: z.string().nullable(),
  userId: z.string().nullable(),
  role: ZRoleSchema.nullable(),
  /** One name per caller (`key:<id>` or `user:<id>`) for rate limits. */
  callerKey: z.string(),
});
export type AuthContext = z.infer<typeof ZAuthContextSchema>;

/** A section as stored: the drafting contract with its database id and creation time. */
export const ZStoredSectionSchema = ZSectionSchema.extend({
  id: z.string(),
  createdAt: z.string(),
});
export type StoredSection = z.infer<typeof ZStoredSectionSchema>;

export const ZExportFormatSchema = z.enum(['docx', 'md']);
export type ExportFormat = z.infer<typeof ZExportFormatSchema>;

export const ZExportRecordSchema = z.object({
  id: z.string(),
  sectionId: z.string(),
  question: z.string(),
  period: z.string(),
  format: z.string(),
  exportedAt: z.string(),
  /** The key that exported it (null when exported from the CLI or the key was deleted). */
  apiKeyId: z.string().nullable(),
  apiKeyPrefix: z.string().nullable(),
  /** Figures whose values appear in the exported section. */
  figureIds: z.array(z.string()),
  /** Import batches (files) those figures were computed from. */
  importBatchIds: z.array(z.string()),
  /** Set when the export went out despite a failed gate, with the writer's reason. */
  unverifiedReason: z.string().nullable(),
});
export type ExportRecordSummary = z.infer<typeof ZExportRecordSchema>;

export const ZServiceSummarySchema = z.object({
  ref: z.string().describe("The service's reference in the provider's records"),
  name: z.string(),
  locality: z.string(),
});
export type ServiceSummary = z.infer<typeof ZServiceSummarySchema>;

export const ZUserSummarySchema = z.object({
  id: z.string(),
  organisation: z.string().describe('Organisation slug'),
  organisationName: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRoleSchema,
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof ZUserSummarySchema>;

export const ZInviteSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  role: ZRoleSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
});
export type InviteSummary = z.infer<typeof ZInviteSummarySchema>;

export const ZCreatedInviteSchema = ZInviteSummarySchema.extend({
  /** The one-time token: shown once, only its SHA-256 is stored. */
  token: z.string(),
});
export type CreatedInvite = z.infer<typeof ZCreatedInviteSchema>;

/** A new session: the cookie's token (never shown to page scripts) and who signed in. */
export interface StartedSession {
  token: string;
  expiresAt: Date;
  user: UserSummary;
}
