/**
 * Records an export: which key exported which section when, and the figures and import batches
 * behind it, so a provider can show which evidence left the building.
 */
import type { Database } from '../data/database.js';
import type { ExportFormat, ExportRecordSummary, StoredSection } from './access-schema.js';
import { batchIdsBehindFigures, figureIdsOfSection } from './section-evidence.js';
import { toExportRecordSummary } from './to-summary.js';

export interface RecordExportOptions {
  db: Database;
  organisationId: string;
  section: StoredSection;
  format: ExportFormat;
  /** The key that exported it; null or absent when a person (or the CLI) exported it. */
  apiKeyId?: string | null;
  /** Figures the exported document cites (from the export); defaults to those the section names. */
  figureIds?: string[];
  /** The writer's reason for exporting despite a failed gate. */
  unverifiedReason?: string;
}

export async function recordExport(options: RecordExportOptions): Promise<ExportRecordSummary> {
  const { db, organisationId, section } = options;
  const figureIds = [...new Set(options.figureIds ?? figureIdsOfSection(section))].sort();
  const batches = figureIds.length === 0 ? [] : await db.prisma.importBatch.findMany({ where: { organisationId }, select: { id: true, fileName: true, importedAt: true } });
  const row = await db.prisma.exportRecord.create({
    data: {
      organisationId,
      sectionId: section.id,
      apiKeyId: options.apiKeyId ?? null,
      format: options.format,
      figureIds,
      importBatchIds: batchIdsBehindFigures(section, figureIds, batches),
      unverifiedReason: options.unverifiedReason ?? null,
    },
    include: { section: { select: { question: true, period: true } }, apiKey: { select: { prefix: true } } },
  });
  return toExportRecordSummary(row);
}
