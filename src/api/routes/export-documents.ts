/**
 * What a bid team downloads for several stored sections at once, in the buyer's order: the
 * submission document (through the same gate as `assured export`, each export recorded), the
 * verification pack (never sent, so not recorded as an export) and the portal-exact text with
 * its counts, for the page's "Copy for portal".
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getSection } from '../../access/get-section.js';
import { recordExport } from '../../access/record-export.js';
import { ZExportContentSchema } from '../../export/export-content-schema.js';
import { ZExportStyleSchema } from '../../export/export-style-schema.js';
import { ZPortalRuleSchema } from '../../export/portal-text.js';
import { renderPortalText, renderVerificationPack } from '../../export/tender-documents.js';
import { exportSections } from '../../export/export-sections.js';
import type { StoredSection } from '../../access/access-schema.js';
import { UUID_PATTERN } from '../../shared/uuid-pattern.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';

/** A bid is 10–40 questions; a little room above that, never an unbounded list. */
const MAX_SECTIONS = 60;

const ZSectionIdsSchema = z
  .array(z.string().regex(UUID_PATTERN, 'expected a section id (UUID)'))
  .min(1)
  .max(MAX_SECTIONS)
  .describe('Stored section ids, in the order the answers appear in the document');
const ZReasonSchema = z.string().trim().min(1).max(500).describe('Export despite a failed gate, for this reason (recorded with the export)');

export const ZSubmissionBodySchema = z.strictObject({
  sectionIds: ZSectionIdsSchema,
  format: z.enum(['docx', 'md']).default('docx').describe('docx (Word) or md (Markdown)'),
  include: ZExportContentSchema.optional().describe('What to add to each question and answer; nothing by default'),
  style: ZExportStyleSchema.optional().describe('Font, size, spacing and margins the buyer asks for (Arial 11 pt, 2.54 cm by default)'),
  pageLimit: z.number().int().min(1).max(50).optional().describe('Pages of A4 each answer may take, as LibreOffice renders the document (422 page-limit-exceeded when over)'),
  allowUnverified: ZReasonSchema.optional(),
});

export const ZPackBodySchema = z.strictObject({
  sectionIds: ZSectionIdsSchema,
  format: z.enum(['docx', 'html']).default('docx').describe('docx (Word, landscape A4) or html'),
  allowUnverified: ZReasonSchema.optional().describe('The reason findings were exported anyway, shown beside each'),
  maxAgeMonths: z.number().int().min(1).max(60).optional().describe('Flag figures whose records are older than this many months (6 by default)'),
});

export const ZPortalBodySchema = ZPortalRuleSchema.extend({ sectionIds: ZSectionIdsSchema });

export const ZPortalResponseSchema = z.object({
  files: z
    .array(
      z.object({
        name: z.string().describe('File name for the answer\'s text, from its question number: "question-4.2.txt"'),
        text: z.string().describe('Exactly what to paste into the answer box'),
      }),
    )
    .describe('One plain-text file per answer, in the order the sections were given'),
  counts: z
    .object({
      rule: z
        .object({
          lineBreaks: z.string().describe('What a line break added to "characters with spaces": `newline` (one) or `crlf` (two)'),
          listMarkers: z.string().describe('Whether typed list markers were counted as words (`count`) or left out (`skip`)'),
        })
        .describe('The portal rule every answer was counted by'),
      marginPercent: z.number().describe('The share of each limit kept free (percent)'),
      ok: z.boolean().describe('Every answer with a limit fits inside it less the margin'),
      answers: z
        .array(
          z
            .looseObject({
              question: z.string().describe('The question the answer is for: "Question 4.2"'),
              file: z.string().describe('The name of the file holding its text'),
            })
            .describe("One answer's counts: also its `count` (words, characters, characters without spaces) and, when the question has a limit, its `limit`"),
        )
        .describe('The counts of each answer, in the order given'),
    })
    .describe('How each answer counts by the portal rule against its limit less the margin'),
});

const MEDIA: Readonly<Record<'docx' | 'md' | 'html', string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

function binaryResponse(description: string, formats: readonly ('docx' | 'md' | 'html')[]) {
  return { description, content: Object.fromEntries(formats.map((format) => [MEDIA[format].split(';')[0]!, { schema: z.string() }])) };
}

export const exportDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  async function sectionsOf(organisationId: string, ids: readonly string[]): Promise<StoredSection[]> {
    const sections: StoredSection[] = [];
    for (const id of ids) sections.push(await getSection({ db: app.db, organisationId, id }));
    return sections;
  }

  app.post(
    '/exports/submission',
    {
      schema: {
        tags: ['sections'],
        operationId: 'exportSubmission',
        summary: 'The submission document for several sections (each answer on its own page)',
        description:
          'Each question once and its answer, in the order given, through the same gate as `assured export`; title block, count lines, evidence table and footnotes only when `include` asks. ' +
          'Every section exported is recorded (GET /v1/exports).',
        body: ZSubmissionBodySchema,
        response: { 200: binaryResponse('The submission document', ['docx', 'md']), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { sectionIds, format, include, style, pageLimit, allowUnverified } = request.body;
      const sections = await sectionsOf(caller.organisationId, sectionIds);
      const exported = await exportSections({
        sections,
        format,
        ...(include ? { content: include } : {}),
        ...(style ? { style } : {}),
        ...(pageLimit !== undefined ? { pageLimit } : {}),
        ...(allowUnverified !== undefined ? { allowUnverified } : {}),
      });
      const records = [];
      for (const section of sections) {
        records.push(
          await recordExport({
            db: app.db,
            organisationId: caller.organisationId,
            section,
            format,
            apiKeyId: caller.apiKeyId,
            ...(!exported.gate.ok && allowUnverified !== undefined ? { unverifiedReason: allowUnverified } : {}),
          }),
        );
      }
      return reply
        .type(MEDIA[format])
        .header('content-disposition', `attachment; filename="submission.${format}"`)
        .header('x-export-id', records.map((record) => record.id).join(', '))
        .send(exported.content as unknown as string);
    },
  );

  app.post(
    '/exports/pack',
    {
      schema: {
        tags: ['sections'],
        operationId: 'exportVerificationPack',
        summary: 'The verification pack for the bid team (never sent to the buyer)',
        description:
          'Every claim of every answer with its status, what it rests on, how it is counted, the counts, period and place, the import batches behind it (file, SHA-256, imported at, rows) and the figures’ as-of dates; findings exported anyway with the reason; a sign-off table.',
        body: ZPackBodySchema,
        response: { 200: binaryResponse('The verification pack', ['docx', 'html']), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { sectionIds, format, allowUnverified, maxAgeMonths } = request.body;
      const sections = await sectionsOf(callerOf(request).organisationId, sectionIds);
      const pack = await renderVerificationPack(sections, {
        format,
        ...(allowUnverified !== undefined ? { allowUnverified } : {}),
        ...(maxAgeMonths !== undefined ? { maxAgeMonths } : {}),
      });
      return reply
        .type(MEDIA[format])
        .header('content-disposition', `attachment; filename="verification-pack.${format}"`)
        .send(pack.content as unknown as string);
    },
  );

  app.post(
    '/exports/portal',
    {
      schema: {
        tags: ['sections'],
        operationId: 'exportPortalText',
        summary: 'Portal-exact text of each answer, with counts by the portal’s rule',
        description:
          'Each answer as plain text to paste into a tender portal, counted by the portal’s rule (line breaks as two characters and list markers as words unless told otherwise) against its limit less the safety margin.',
        body: ZPortalBodySchema,
        response: { 200: { description: 'One text per answer and the counts', content: { 'application/json': { schema: ZPortalResponseSchema } } }, ...problemResponses },
      },
    },
    async (request) => {
      const { sectionIds, ...rule } = request.body;
      return renderPortalText(await sectionsOf(callerOf(request).organisationId, sectionIds), rule);
    },
  );
};
