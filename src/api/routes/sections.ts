/**
 * Sections: POST drafts one (template or language model), validates it and stores it with an id;
 * GET returns it; GET …/document.docx and …/document.md export it through the same gate as
 * `assured export`, and every export is recorded (GET /v1/exports).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZExportFormatSchema, ZStoredSectionSchema, type ExportFormat } from '../../access/access-schema.js';
import { getSection } from '../../access/get-section.js';
import { listSections } from '../../access/list-sections.js';
import { ZSectionListItemSchema } from '../../access/list-schema.js';
import { recordExport } from '../../access/record-export.js';
import { saveSection } from '../../access/save-section.js';
import { draftSection, type DraftSectionOptions } from '../../drafting/draft-section.js';
import { ZResponseLimitSchema } from '../../section/section-schema.js';
import { exportSections } from '../../export/export-sections.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';
import { ZCreatedAfterParamSchema, ZCursorParamSchema, ZPageLinksSchema, pageLimitSchema, pageLinks } from './pages.js';
import { ZPeriodParamSchema, ZServiceListSchema } from './query-params.js';

/** The language model the drafter may use (see src/drafting). */
export type SectionDrafterModel = NonNullable<DraftSectionOptions['llm']>;

export function sectionBodySchema(maxTextCharacters: number) {
  return z.object({
    question: z
      .union([
        z.string().min(1).max(5_000),
        z.object({ text: z.string().min(1).max(5_000).describe("The question's text"), number: z.string().max(20).optional().describe("The question's number in the tender, e.g. 4.2") }),
      ])
      .describe('The tender question, as text or {text, number}'),
    period: ZPeriodParamSchema,
    services: ZServiceListSchema.optional().describe('The services the answer is about (default all)'),
    limit: ZResponseLimitSchema.optional().describe('The answer box limit, e.g. {"kind":"words","value":250}'),
    drafter: z.enum(['template', 'llm']).default('template').describe('template: the rule-based drafter; llm: the language model, falling back to the template'),
    existingDraft: z.string().max(maxTextCharacters).optional().describe('A draft to improve: its vague sentences come back as before/after rewrites'),
    tender: z
      .object({ name: z.string().max(300).optional().describe('The tender, as named in the document'), lot: z.string().max(300).optional().describe('The lot, if any') })
      .optional()
      .describe('Which tender the section is for, shown on the exported document'),
  });
}

const ZSectionParamsSchema = z.object({ id: z.string().max(100).describe('The section id (a UUID), as answered when it was created') });
const ZDocumentQuerySchema = z.object({
  allowUnverified: z.string().trim().min(1).max(500).optional().describe('Export despite a failed gate, for this reason (recorded with the export)'),
});

const ZSectionsQuerySchema = z.object({
  limit: pageLimitSchema(20, 100),
  cursor: ZCursorParamSchema,
  period: ZPeriodParamSchema.optional().describe('Only sections drafted for this period, as labelled (e.g. 2026-Q2)'),
  createdAfter: ZCreatedAfterParamSchema,
});

const CONTENT_TYPE: Readonly<Record<ExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
};

export const sectionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sections',
    {
      schema: {
        tags: ['sections'],
        operationId: 'listSections',
        summary: 'Stored sections, newest first, a page at a time',
        description: "The organisation's sections with their question and period; follow `next` for the following page. GET /v1/sections/{id} returns a whole section.",
        querystring: ZSectionsQuerySchema,
        response: { 200: jsonResponse('A page of sections', ZPageLinksSchema.extend({ sections: z.array(ZSectionListItemSchema).describe('Sections, newest first') })), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { limit, cursor, period, createdAfter } = request.query;
      const page = await listSections({
        db: app.db,
        organisationId: callerOf(request).organisationId,
        limit,
        ...(cursor !== undefined ? { cursor } : {}),
        ...(period !== undefined ? { period } : {}),
        ...(createdAfter !== undefined ? { createdAfter } : {}),
      });
      return { sections: page.items, ...pageLinks(request, reply, page.nextCursor) };
    },
  );

  app.post(
    '/sections',
    {
      config: { idempotent: true },
      schema: {
        tags: ['sections'],
        operationId: 'createSection',
        summary: 'Draft, validate and store a tender section',
        description:
          "Drafts an answer to a tender question from the organisation's evidence pack for a period, validates every number in it, reviews it through the export gate and stores it. The Location header names the new section.",
        body: sectionBodySchema(app.limits.maxTextCharacters),
        response: { 201: jsonResponse('The stored section', ZStoredSectionSchema), ...problemResponses },
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
    {
      schema: {
        tags: ['sections'],
        operationId: 'getSection',
        summary: 'A stored section',
        description: "One of the organisation's sections as stored; another organisation's id answers 404 like a missing one.",
        params: ZSectionParamsSchema,
        response: { 200: jsonResponse('The section', ZStoredSectionSchema), ...problemResponses },
      },
    },
    async (request) => getSection({ db: app.db, organisationId: callerOf(request).organisationId, id: request.params.id }),
  );

  for (const format of ZExportFormatSchema.options) {
    app.get(
      `/sections/:id/document.${format}`,
      {
        schema: {
          tags: ['sections'],
          operationId: format === 'docx' ? 'getSectionDocx' : 'getSectionMarkdown',
          summary: `Export a section as ${format === 'docx' ? 'a Word document' : 'Markdown'} (blocked while a number is unverified)`,
          description:
            `The section as ${format === 'docx' ? 'a Word document' : 'a Markdown document'}, through the same gate as \`assured export\`: while a number is unverified the export is refused (422, with the gate's findings in \`gate\`) unless allowUnverified gives a reason. ` +
            'Every export is recorded (GET /v1/exports); X-Export-Id names the record.',
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
