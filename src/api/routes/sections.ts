/**
 * Sections: POST drafts one (template or language model), validates it and stores it with an id;
 * GET returns it; GET …/document.docx and …/document.md export it through the same gate as
 * `assured export`, and every export is recorded (GET /v1/exports).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZExportFormatSchema, ZStoredSectionSchema, type ExportFormat } from '../../access/access-schema.js';
import { getSection } from '../../access/get-section.js';
import { recordExport } from '../../access/record-export.js';
import { saveSection } from '../../access/save-section.js';
import { draftSection, type DraftSectionOptions } from '../../drafting/draft-section.js';
import { ZResponseLimitSchema } from '../../section/section-schema.js';
import { exportSections } from '../../export/export-sections.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { ZPeriodParamSchema, ZServiceListSchema } from './query-params.js';

/** The language model the drafter may use (see src/drafting). */
export type SectionDrafterModel = NonNullable<DraftSectionOptions['llm']>;

export function sectionBodySchema(maxTextCharacters: number) {
  return z.object({
    question: z
      .union([z.string().min(1).max(5_000), z.object({ text: z.string().min(1).max(5_000), number: z.string().max(20).optional() })])
      .describe('The tender question, as text or {text, number}'),
    period: ZPeriodParamSchema,
    services: ZServiceListSchema.optional(),
    limit: ZResponseLimitSchema.optional().describe('The answer box limit, e.g. {"kind":"words","value":250}'),
    drafter: z.enum(['template', 'llm']).default('template'),
    existingDraft: z.string().max(maxTextCharacters).optional().describe('A draft to improve: its vague sentences come back as before/after rewrites'),
    tender: z.object({ name: z.string().max(300).optional(), lot: z.string().max(300).optional() }).optional(),
  });
}

const ZSectionParamsSchema = z.object({ id: z.string().max(100) });
const ZDocumentQuerySchema = z.object({
  allowUnverified: z.string().trim().min(1).max(500).optional().describe('Export despite a failed gate, for this reason (recorded with the export)'),
});

const CONTENT_TYPE: Readonly<Record<ExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
};

export const sectionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/sections',
    {
      schema: {
        tags: ['sections'],
        summary: 'Draft, validate and store a tender section',
        body: sectionBodySchema(app.limits.maxTextCharacters),
        response: { 201: ZStoredSectionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { question, period, services, limit, drafter, existingDraft, tender } = request.body;
      const section = await draftSection({
        db: app.db,
        organisation: caller.organisationSlug,
        period,
        ...(services !== undefined ? { services } : {}),
        question: typeof question === 'string' ? { text: question } : question,
        ...(limit !== undefined ? { limit } : {}),
        drafter,
        ...(existingDraft !== undefined ? { existingDraft } : {}),
        ...(tender !== undefined ? { tender } : {}),
        ...(app.llm !== undefined ? { llm: app.llm } : {}),
      });
      const stored = await saveSection({ db: app.db, organisationId: caller.organisationId, section });
      return reply.code(201).header('location', `/v1/sections/${stored.id}`).send(stored);
    },
  );

  app.get(
    '/sections/:id',
    { schema: { tags: ['sections'], summary: 'A stored section', params: ZSectionParamsSchema, response: { 200: ZStoredSectionSchema, ...problemResponses } } },
    async (request) => getSection({ db: app.db, organisationId: callerOf(request).organisationId, id: request.params.id }),
  );

  for (const format of ZExportFormatSchema.options) {
    app.get(
      `/sections/:id/document.${format}`,
      {
        schema: {
          tags: ['sections'],
          summary: `Export a section as ${format === 'docx' ? 'a Word document' : 'Markdown'} (blocked while a number is unverified)`,
          params: ZSectionParamsSchema,
          querystring: ZDocumentQuerySchema,
          produces: [CONTENT_TYPE[format].split(';')[0]!],
          response: { 200: { description: `The ${format} document`, content: { [CONTENT_TYPE[format].split(';')[0]!]: { schema: z.string() } } }, ...problemResponses },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const section = await getSection({ db: app.db, organisationId: caller.organisationId, id: request.params.id });
        const reason = request.query.allowUnverified;
        const exported = await exportSections({ sections: [section], format, ...(reason !== undefined ? { allowUnverified: reason } : {}) });
        const record = await recordExport({
          db: app.db,
          organisationId: caller.organisationId,
          section,
          format,
          apiKeyId: caller.apiKeyId,
          figureIds: exported.figureIds,
          ...(!exported.gate.ok && reason !== undefined ? { unverifiedReason: reason } : {}),
        });
        return reply
          .type(CONTENT_TYPE[format])
          .header('content-disposition', `attachment; filename="section-${section.id}.${format}"`)
          .header('x-export-id', record.id)
          // A Buffer or string body is sent as is; the cast only quiets the JSON response typing.
          .send(exported.content as unknown as string);
      },
    );
  }
};
