import { z } from 'zod';
import { ZSectionSchema } from '../section/section-schema.js';
import { ZRoleSchema } from './roles.js';

/**
 * Shapes of the access layer: organisations, API keys, stored sections and export records.
 * Dates are ISO 8601 strings so the same shapes serve the API, the CLI and JSON output.
 */

export const ZOrganisationSummarySchema = z.object({
  id: z.string().describe('The organisation id'),
  slug: z.string().describe("The organisation's short name in URLs and commands"),
  name: z.string().describe("The organisation's name"),
  bidderName: z.string().nullable().describe('The name it bids under, if different'),
  createdAt: z.string().describe('When it was created (ISO 8601)'),
});
export type OrganisationSummary = z.infer<typeof ZOrganisationSummarySchema>;

export const ZApiKeySummarySchema = z.object({
  id: z.string().describe('The key id'),
  organisation: z.string().describe('Organisation slug'),
  name: z.string().describe('What the key is for'),
  prefix: z.string().describe('The first characters of the key, enough to recognise it without revealing it'),
  createdAt: z.string().describe('When it was created (ISO 8601)'),
  revokedAt: z.string().nullable().describe('When it was revoked (ISO 8601); null while it works'),
  lastUsedAt: z.string().nullable().describe('When it was last used (ISO 8601)'),
});
export type ApiKeySummary = z.infer<typeof ZApiKeySummarySchema>;

export const ZCreatedApiKeySchema = ZApiKeySummarySchema.extend({
  key: z.string().describe('The key itself: shown once, never stored (only its SHA-256 is)'),
});
export type CreatedApiKey = z.infer<typeof ZCreatedApiKeySchema>;

/**
 * Who is calling: what every scoped query needs. Either an API key (an integration: `apiKeyId`
 * set, `userId` and `role` null) or a signed-in person (`userId` and `role` set, no key).
 */
export const ZAuthContextSchema = z.object({
  organisationId: z.string().describe("The caller's organisation id"),
  organisationSlug: z.string().describe("The caller's organisation slug"),
  apiKeyId: z.string().nullable().describe('The key used'),
  apiKeyPrefix: z.string().nullable().describe("The key's first characters"),
  userId: z.string().nullable(),
  role: ZRoleSchema.nullable(),
  callerKey: z.string().describe('One name per caller (`key:<id>` or `user:<id>`) for rate limits'),
});
export type AuthContext = z.infer<typeof ZAuthContextSchema>;

/** A section as stored: the drafting contract with its database id and creation time. */
export const ZStoredSectionSchema = ZSectionSchema.extend({
  id: z.string().describe('The section id; GET /v1/sections/{id} returns it'),
  createdAt: z.string().describe('When the section was stored (ISO 8601)'),
});
export type StoredSection = z.infer<typeof ZStoredSectionSchema>;

export const ZExportFormatSchema = z.enum(['docx', 'md']);
export type ExportFormat = z.infer<typeof ZExportFormatSchema>;

export const ZExportRecordSchema = z.object({
  id: z.string().describe('The export record id'),
  sectionId: z.string().describe('The section exported'),
  question: z.string().describe("The section's question"),
  period: z.string().describe("The section's period"),
  format: z.string().describe('docx or md'),
  exportedAt: z.string().describe('When it was exported (ISO 8601)'),
  apiKeyId: z.string().nullable().describe('The key that exported it (null when exported from the CLI or the key was deleted)'),
  apiKeyPrefix: z.string().nullable().describe('First characters of the key that exported it'),
  figureIds: z.array(z.string()).describe('Figures whose values appear in the exported section'),
  importBatchIds: z.array(z.string()).describe('Import batches (files) those figures were computed from'),
  unverifiedReason: z.string().nullable().describe("Set when the export went out despite a failed gate, with the writer's reason"),
});
export type ExportRecordSummary = z.infer<typeof ZExportRecordSchema>;

export const ZServiceSummarySchema = z.object({
  ref: z.string().describe("The service's reference in the provider's records"),
  name: z.string().describe("The service's name"),
  locality: z.string().describe('Where the service is, e.g. a town or district'),
});
export type ServiceSummary = z.infer<typeof ZServiceSummarySchema>;

export const ZUserSummarySchema = z.object({
  id: z.string().describe("The person's id"),
  organisation: z.string().describe('Organisation slug'),
  organisationName: z.string().describe("The organisation's name"),
  email: z.string().describe('The address they sign in with (lower case)'),
  name: z.string().describe('How colleagues see them'),
  role: ZRoleSchema.describe('admin, writer or reviewer'),
  createdAt: z.string().describe('When the account was made (ISO 8601)'),
});
export type UserSummary = z.infer<typeof ZUserSummarySchema>;

export const ZInviteSummarySchema = z.object({
  id: z.string().describe("The invitation's id"),
  email: z.string().describe('The address invited'),
  role: ZRoleSchema.describe('The role the account will have'),
  createdAt: z.string().describe('When it was made (ISO 8601)'),
  expiresAt: z.string().describe('When the link stops working (ISO 8601)'),
  usedAt: z.string().nullable().describe('When it was accepted; null while open'),
});
export type InviteSummary = z.infer<typeof ZInviteSummarySchema>;

export const ZCreatedInviteSchema = ZInviteSummarySchema.extend({
  /** The one-time token: shown once, only its SHA-256 is stored. */
  token: z.string().describe('The one-time token: shown once, only its SHA-256 is stored'),
});
export type CreatedInvite = z.infer<typeof ZCreatedInviteSchema>;

/** A new session: the cookie's token (never shown to page scripts) and who signed in. */
export interface StartedSession {
  token: string;
  expiresAt: Date;
  user: UserSummary;
}
