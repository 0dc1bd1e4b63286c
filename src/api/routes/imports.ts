/**
 * POST /v1/imports: involvement records as a multipart upload (CSV, XLSX, JSON files) or as a
 * JSON body with the files inline. Every file is read completely before anything is imported,
 * and the import itself is one transaction, so an upload cut off halfway imports nothing.
 * A rejected import answers 422 problem+json with the full report (row-level errors and the
 * rejected rows) in `report`.
 */
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listImportRuns, recordImportRun } from '../../access/import-runs.js';
import { ZImportRunSchema, ZImportRunStatusSchema } from '../../access/list-schema.js';
import { importFiles, type ImportFileInput } from '../../data/import/import-files.js';
import { ZImportReportSchema } from '../../data/import/import-schema.js';
import { ZImportMappingSchema, ZMappingNameSchema } from '../../data/import/mapping/mapping-schema.js';
import { findImportMapping, parseImportMapping } from '../../data/import/mapping/saved-mappings.js';
import { AppError } from '../../shared/app-error.js';
import { callerOf } from '../plugins/auth.js';
import { idempotencyGate } from '../plugins/idempotency.js';
import { ZCreatedAfterParamSchema, ZCursorParamSchema, ZPageLinksSchema, pageLimitSchema, pageLinks } from './pages.js';
import type { ApiLimits } from '../limits.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';
import { ZBooleanFlagSchema } from './query-params.js';

// Control characters never belong in a file name; folders are dropped below.
const ZFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'must not contain control characters');

export function importBodySchema(limits: ApiLimits) {
  return z
    .object({
      files: z
        .array(
          z.object({
            name: ZFileNameSchema.describe('File name; it decides the record type (reviews.csv, people.xlsx, enablement.json …)'),
            content: z.string().describe('The file: text for CSV and JSON, base64 for XLSX'),
            encoding: z.enum(['utf8', 'base64']).default('utf8').describe('How content is written: utf8 text, or base64 (needed for XLSX)'),
          }),
        )
        .min(1)
        .max(limits.maxFiles)
        .describe('The files to import together, in one transaction'),
      dryRun: z.boolean().optional().describe('Read and check the files, write nothing'),
      skipInvalid: z.boolean().optional().describe('Import the valid rows and report the others, instead of rejecting the whole import'),
      mapping: ZMappingChoiceSchema.optional(),
    })
    // Fastify leaves the body null for multipart (read as a stream below) and for an empty request.
    .nullish()
    .describe('JSON body; alternatively send multipart/form-data with one part per file (and dryRun/skipInvalid fields)');
}

const ZMappingChoiceSchema = z
  .union([ZMappingNameSchema.describe('The name of a mapping saved for the organisation'), ZImportMappingSchema])
  .describe("How the files' own headers and values map to Assured's: a saved mapping's name, or a mapping as `assured mapping suggest --format json` writes it");

export const ZImportQuerySchema = z.object({
  dryRun: ZBooleanFlagSchema.describe('Read and check the files, write nothing (overrides the body\'s dryRun)'),
  skipInvalid: ZBooleanFlagSchema.describe('Import the valid rows and report the others (overrides the body\'s skipInvalid)'),
});

/** Only the last segment of a client's file name is kept ("../../etc/passwd" becomes "passwd"). */
export function safeFileName(name: string): string {
  const base = path.posix.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (base === '' || base === '.' || base === '..') throw new AppError('INVALID_INPUT', 'Every uploaded file needs a file name (e.g. reviews.csv).');
  return base.slice(0, 255);
}

interface UploadedImport {
  files: ImportFileInput[];
  dryRun?: boolean;
  skipInvalid?: boolean;
  mapping?: z.infer<typeof ZMappingChoiceSchema>;
}

const FLAG_FIELDS = new Set(['dryRun', 'skipInvalid']);

/** A multipart "mapping" field: a saved mapping's name, or the mapping itself as JSON. */
function mappingField(value: string): z.infer<typeof ZMappingChoiceSchema> {
  if (!value.trimStart().startsWith('{')) {
    const name = ZMappingNameSchema.safeParse(value);
    if (!name.success) throw new AppError('INVALID_INPUT', `Field mapping "${value.slice(0, 64)}" ${name.error.issues[0]?.message ?? 'is not a mapping name'}.`);
    return name.data;
  }
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    throw new AppError('INVALID_INPUT', 'Field mapping is neither a mapping name nor a JSON mapping.');
  }
  return parseImportMapping(data, 'Field mapping');
}

async function readMultipart(request: FastifyRequest, limits: ApiLimits): Promise<UploadedImport> {
  const upload: UploadedImport = { files: [] };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        upload.files.push({ name: safeFileName(part.filename ?? ''), content });
      } else if (FLAG_FIELDS.has(part.fieldname)) {
        const value = String(part.value);
        if (!['true', 'false', '1', '0'].includes(value)) throw new AppError('INVALID_INPUT', `Field ${part.fieldname} must be true or false.`);
        upload[part.fieldname as 'dryRun' | 'skipInvalid'] = value === 'true' || value === '1';
      } else if (part.fieldname === 'mapping') {
        upload.mapping = mappingField(String(part.value));
      } else {
        throw new AppError('INVALID_INPUT', `Unexpected form field "${part.fieldname.slice(0, 40)}": send files, dryRun, skipInvalid and mapping only.`);
      }
    }
  } catch (error) {
    if (error instanceof AppError || (error as { statusCode?: number }).statusCode !== undefined) throw error;
    // busboy's parse errors carry no status: they describe a malformed body, not a server fault.
    throw new AppError('INVALID_INPUT', `The multipart body could not be read: ${(error as Error).message}`.slice(0, 300));
  }
  if (upload.files.length > limits.maxFiles) throw new AppError('INVALID_INPUT', `At most ${limits.maxFiles} files per import.`);
  return upload;
}

const ZImportRunsQuerySchema = z.object({
  limit: pageLimitSchema(20, 100),
  cursor: ZCursorParamSchema,
  status: ZImportRunStatusSchema.optional().describe('Only imports that ended so'),
  createdAfter: ZCreatedAfterParamSchema,
});

export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/imports',
    {
      schema: {
        tags: ['imports'],
        operationId: 'listImports',
        summary: 'Imports asked through the API, newest first, with their reports',
        description: 'Every import sent to POST /v1/imports (rejected ones and dry runs included) with the report it answered; follow `next` for the following page.',
        querystring: ZImportRunsQuerySchema,
        response: { 200: jsonResponse('A page of imports', ZPageLinksSchema.extend({ imports: z.array(ZImportRunSchema).describe('Imports, newest first') })), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { limit, cursor, status, createdAfter } = request.query;
      const page = await listImportRuns({
        db: app.db,
        organisationId: callerOf(request).organisationId,
        limit,
        ...(cursor !== undefined ? { cursor } : {}),
        ...(status !== undefined ? { status } : {}),
        ...(createdAfter !== undefined ? { createdAfter } : {}),
      });
      return { imports: page.items, ...pageLinks(request, reply, page.nextCursor) };
    },
  );

  app.post(
    '/imports',
    {
      config: { idempotent: true },
      bodyLimit: app.limits.uploadBytes,
      schema: {
        tags: ['imports'],
        operationId: 'createImport',
        summary: 'Import involvement records (CSV, XLSX, JSON) with row-level errors',
        description:
          'Imports one or more files of involvement records (services, people, reviews, actions, feedback …; the file name decides the record type) in one transaction. ' +
          'A file with an invalid row rejects the whole import (422, with every row-level error and the rejected rows in `report`) unless skipInvalid is set. A file imported before is reported unchanged.',
        consumes: ['application/json', 'multipart/form-data'],
        querystring: ZImportQuerySchema,
        body: importBodySchema(app.limits),
        response: { 200: jsonResponse('What was imported, file by file', ZImportReportSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      let upload: UploadedImport;
      if (request.isMultipart()) {
        upload = await readMultipart(request, app.limits);
        const replayed = await idempotencyGate(request, reply, { query: request.query, upload });
        if (replayed) return replayed;
      } else if (request.body) {
        const { files, dryRun, skipInvalid, mapping } = request.body;
        upload = {
          files: files.map((file) => ({ name: safeFileName(file.name), content: Buffer.from(file.content, file.encoding) })),
          ...(dryRun !== undefined ? { dryRun } : {}),
          ...(skipInvalid !== undefined ? { skipInvalid } : {}),
          ...(mapping !== undefined ? { mapping } : {}),
        };
      } else {
        throw new AppError('INVALID_INPUT', 'Send the files as multipart/form-data, or as JSON {"files":[{"name","content"}]}.');
      }
      if (upload.files.length === 0) throw new AppError('INVALID_INPUT', 'No files to import.');
      const tooBig = upload.files.find((file) => file.content.length > app.limits.uploadBytes);
      if (tooBig) throw Object.assign(new Error(`${tooBig.name} is larger than ${app.limits.uploadBytes} bytes.`), { statusCode: 413 });
      const caller = callerOf(request);
      const mapping = typeof upload.mapping === 'string' ? await findImportMapping({ db: app.db, organisation: caller.organisationSlug, name: upload.mapping }) : upload.mapping;
      const report = await importFiles({
        ...(mapping ? { mapping } : {}),
        db: app.db,
        files: upload.files,
        organisation: caller.organisationSlug,
        dryRun: request.query.dryRun ?? upload.dryRun ?? false,
        skipInvalid: request.query.skipInvalid ?? upload.skipInvalid ?? false,
        maxRows: app.limits.maxRows,
      });
      await recordImportRun({ db: app.db, organisationId: caller.organisationId, report });
      if (report.rejected) throw new AppError('IMPORT_REJECTED', `Nothing was imported: ${report.errorCount} error(s) in the files (see report.files[].errors), or send skipInvalid=true to import the valid rows.`, { details: report });
      return report;
    },
  );
};
