/** Database rows to the access layer's public shapes (ISO dates, no hashes). */
import type { ApiKeySummary, ExportRecordSummary, OrganisationSummary } from './access-schema.js';

export function toOrganisationSummary(row: { id: string; slug: string; name: string; bidderName: string | null; createdAt: Date }): OrganisationSummary {
  return { id: row.id, slug: row.slug, name: row.name, bidderName: row.bidderName, createdAt: row.createdAt.toISOString() };
}

export function toApiKeySummary(row: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  organisation: { slug: string };
}): ApiKeySummary {
  return {
    id: row.id,
    organisation: row.organisation.slug,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export function toExportRecordSummary(row: {
  id: string;
  sectionId: string;
  format: string;
  exportedAt: Date;
  apiKeyId: string | null;
  figureIds: string[];
  importBatchIds: string[];
  unverifiedReason: string | null;
  section: { question: string; period: string };
  apiKey: { prefix: string } | null;
}): ExportRecordSummary {
  return {
    id: row.id,
    sectionId: row.sectionId,
    question: row.section.question,
    period: row.section.period,
    format: row.format,
    exportedAt: row.exportedAt.toISOString(),
    apiKeyId: row.apiKeyId,
    apiKeyPrefix: row.apiKey?.prefix ?? null,
    figureIds: row.figureIds,
    importBatchIds: row.importBatchIds,
    unverifiedReason: row.unverifiedReason,
  };
}
