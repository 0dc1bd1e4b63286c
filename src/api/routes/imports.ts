/**
 * POST /v1/imports: involvement records as a multipart upload (CSV, XLSX, JSON files) or as a
 * JSON body with the files inline. Every file is read completely before anything is imported,
 * and the import itself is one transaction, so an upload cut off halfway imports nothing.
 * A rejected import answers 422 problem+json with the full report (row-level errors and the
 * rejected rows) in `report`. A large upload (or one sent with `Prefer: respond-async`) becomes
 * an import job: 202 with Location /v1/imports/{id}, which reports its progress and then the
 * same report.
 */
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findImportRun, listImportRuns, recordImportRun } from '../../access/import-runs.js';
import { ZImportRunSchema, ZImportRunStatusSchema } from '../../access/list-schema.js';
import { importFiles, type ImportFileInput, type ImportFilesOptions } from '../../data/import/import-files.js';
import { ZImportReportSchema } from '../../data/import/import-schema.js';
import { previewImport } from '../../data/import/preview-import.js';
import { ZImportPreviewSchema } from '../../data/import/preview-schema.js';
import { ZImportMappingSchema, ZMappingNameSchema } from '../../data/import/mapping/mapping-schema.js';
import { writeTemplateWorkbook } from '../../data/import/template/write-template.js';
import { MAX_ANNOTATED_WORKBOOK_BYTES, writeErrorWorkbook } from '../../data/import/error-workbook.js';
import { findImportMapping, listImportMappings, parseImportMapping, saveImportMapping } from '../../data/import/mapping/saved-mappings.js';
import { AppError } from '../../shared/app-error.js';
import { callerOf } from '../plugins/auth.js';
import { ImportJobs } from '../import-jobs.js';
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

function filesSchema(limits: ApiLimits) {
  return z
    .array(
      z.object({
        name: ZFileNameSchema.describe('File name; it decides the record type (reviews.csv, people.xlsx, enablement.json …)'),
        content: z.string().describe('The file: text for CSV and JSON, base64 for XLSX'),
        encoding: z.enum(['utf8', 'base64']).default('utf8').describe('How content is written: utf8 text, or base64 (needed for XLSX)'),
      }),
    )
    .min(1)
    .max(limits.maxFiles);
}

export function importBodySchema(limits: ApiLimits) {
  return z
    .object({
      files: filesSchema(limits).describe('The files to import together, in one transaction'),
      dryRun: z.boolean().optional().describe('Read and check the files, write nothing'),
      skipInvalid: z.boolean().optional().describe('Import the valid rows and report the others, instead of rejecting the whole import'),
      mapping: ZMappingChoiceSchema.optional(),
    })
    // Fastify leaves the body null for multipart (read as a stream below) and for an empty request.
    .nullish()
    .describe('JSON body; alternatively send multipart/form-data with one part per file (and dryRun/skipInvalid fields)');
}

export function previewBodySchema(limits: ApiLimits) {
  return z
    .object({
      files: filesSchema(limits).describe('The files to preview together, as they would be imported together'),
      mapping: ZMappingChoiceSchema.optional(),
    })
    .nullish()
    .describe('JSON body; alternatively send multipart/form-data with one part per file (and a mapping field)');
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
        // busboy cuts a field off at the limit and says so; a cut JSON mapping would only read as malformed.
        if (part.valueTruncated) {
          throw Object.assign(new Error(`Field mapping is larger than ${limits.mappingBytes} bytes: send a shorter mapping, or save it with PUT /v1/import-mappings/{name} and send its name.`), { statusCode: 413 });
        }
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

/** The files of a request, multipart or JSON, checked against the upload limits. */
async function readUpload(request: FastifyRequest, body: z.infer<ReturnType<typeof importBodySchema>> | z.infer<ReturnType<typeof previewBodySchema>>, limits: ApiLimits): Promise<UploadedImport> {
  let upload: UploadedImport;
  if (request.isMultipart()) {
    upload = await readMultipart(request, limits);
  } else if (body) {
    const { files, mapping } = body;
    const { dryRun, skipInvalid } = 'dryRun' in body || 'skipInvalid' in body ? (body as { dryRun?: boolean; skipInvalid?: boolean }) : {};
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
  const tooBig = upload.files.find((file) => file.content.length > limits.uploadBytes);
  if (tooBig) throw Object.assign(new Error(`${tooBig.name} is larger than ${limits.uploadBytes} bytes.`), { statusCode: 413 });
  return upload;
}

const ZImportRunsQuerySchema = z.object({
  limit: pageLimitSchema(20, 100),
  cursor: ZCursorParamSchema,
  status: ZImportRunStatusSchema.optional().describe('Only imports in this state'),
  createdAfter: ZCreatedAfterParamSchema,
});

const ZSavedMappingSchema = z.object({
  name: z.string().describe('The name it is saved under'),
  types: z.array(z.string()).describe('The record types it maps'),
  description: z.string().optional().describe('What it is for'),
  updatedAt: z.string().describe('When it was last saved (ISO 8601)'),
});

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `Prefer: respond-async` (RFC 7240) asks for a job whatever the upload's size. */
function prefersAsync(request: FastifyRequest): boolean {
  const prefer = request.headers.prefer;
  return (Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '')).split(',').some((token) => token.trim().toLowerCase() === 'respond-async');
}

export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The template is the same for everyone: written once per process. */
  let templateWorkbook: Promise<Buffer> | undefined;
  const jobs = new ImportJobs(app.db, app.log, Math.max(100, Math.floor(app.limits.importJobAbandonedAfterMs / 4)));
  app.addHook('onClose', () => jobs.close());

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
          'A file with an invalid row rejects the whole import (422, with every row-level error and the rejected rows in `report`) unless skipInvalid is set. A file imported before is reported unchanged. ' +
          'Uploads over 2 MiB in all (or sent with `Prefer: respond-async`) run as a job: 202 with a Location header; GET /v1/imports/{id} then reports progress and the same report.',
        consumes: ['application/json', 'multipart/form-data'],
        querystring: ZImportQuerySchema,
        body: importBodySchema(app.limits),
        response: {
          200: jsonResponse('What was imported, file by file', ZImportReportSchema),
          202: jsonResponse('The import runs as a job: poll the Location header (GET /v1/imports/{id}) for its progress and report', ZImportRunSchema),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request, request.body, app.limits);
      if (request.isMultipart()) {
        const replayed = await idempotencyGate(request, reply, { query: request.query, upload });
        if (replayed) return replayed;
      }
      const caller = callerOf(request);
      const mapping = typeof upload.mapping === 'string' ? await findImportMapping({ db: app.db, organisation: caller.organisationSlug, name: upload.mapping }) : upload.mapping;
      const importOptions: ImportFilesOptions = {
        ...(mapping ? { mapping } : {}),
        db: app.db,
        files: upload.files,
        organisation: caller.organisationSlug,
        dryRun: request.query.dryRun ?? upload.dryRun ?? false,
        skipInvalid: request.query.skipInvalid ?? upload.skipInvalid ?? false,
        maxRows: app.limits.maxRows,
      };
      const uploadBytes = upload.files.reduce((sum, file) => sum + file.content.length, 0);
      if (uploadBytes > app.limits.syncImportBytes || prefersAsync(request)) {
        const id = await jobs.start({ organisationId: caller.organisationId, fileCount: upload.files.length, run: (onProgress) => importFiles({ ...importOptions, onProgress }) });
        const run = await findImportRun({ db: app.db, organisationId: caller.organisationId, id, abandonedAfterMs: app.limits.importJobAbandonedAfterMs });
        if (!run) throw new Error(`import job ${id} was not stored`);
        return reply.code(202).header('location', `/v1/imports/${id}`).send(run);
      }
      const report = await importFiles(importOptions);
      await recordImportRun({ db: app.db, organisationId: caller.organisationId, report });
      if (report.rejected) throw new AppError('IMPORT_REJECTED', `Nothing was imported: ${report.errorCount} error(s) in the files (see report.files[].errors), or send skipInvalid=true to import the valid rows.`, { details: report });
      return report;
    },
  );

  app.post(
    '/imports/preview',
    {
      bodyLimit: app.limits.uploadBytes,
      schema: {
        tags: ['imports'],
        operationId: 'previewImport',
        summary: 'How files would be stored, before importing them: columns, values and the first rows',
        description:
          'Send the files (and mapping) as for POST /v1/imports. Nothing is written. Each file comes back with how its headers map to Assured\'s columns, every distinct value of each column with a list of allowed values and what it is stored as (with its row count; unknown values are listed with the allowed ones, to choose in the mapping\'s `values`), and its first rows as they would be stored, each with its errors. Correct the mapping and preview again; save it with PUT /v1/import-mappings/{name} and import with its name.',
        consumes: ['application/json', 'multipart/form-data'],
        querystring: z.object({ rows: z.coerce.number().int().min(1).max(50).default(10).describe('How many rows of each file to show (1 to 50)') }),
        body: previewBodySchema(app.limits),
        response: { 200: jsonResponse('How each file would be stored', ZImportPreviewSchema), ...problemResponses },
      },
    },
    async (request) => {
      const upload = await readUpload(request, request.body, app.limits);
      const caller = callerOf(request);
      const mapping = typeof upload.mapping === 'string' ? await findImportMapping({ db: app.db, organisation: caller.organisationSlug, name: upload.mapping }) : upload.mapping;
      return previewImport({ ...(mapping ? { mapping } : {}), db: app.db, files: upload.files, organisation: caller.organisationSlug, rows: request.query.rows, maxRows: app.limits.maxRows });
    },
  );

  app.post(
    '/imports/error-workbook',
    {
      bodyLimit: app.limits.uploadBytes,
      schema: {
        tags: ['imports'],
        operationId: 'createImportErrorWorkbook',
        summary: 'A rejected workbook handed back with its errors marked (XLSX)',
        description:
          'Send the same files (and mapping) as the import, and name the workbook to mark in `file`. The files are checked as a dry run (nothing is written) and that workbook comes back as it was sent, with an "Errors" column on each sheet saying what is wrong on each row, the bad cells highlighted, and an "Import errors" sheet listing every error with its row, your column and the value. A file without errors, or not a workbook, is a 400.',
        consumes: ['application/json', 'multipart/form-data'],
        querystring: z.object({ file: ZFileNameSchema.describe('The name of the uploaded .xlsx file to mark, as sent') }),
        body: importBodySchema(app.limits),
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: { description: 'The workbook with its errors marked', content: { [XLSX_MEDIA_TYPE]: { schema: z.string() } } }, ...problemResponses },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request, request.body, app.limits);
      const fileName = safeFileName(request.query.file);
      const file = upload.files.find((candidate) => candidate.name === fileName);
      if (!file) throw new AppError('INVALID_INPUT', `No file named ${fileName} was sent (sent: ${upload.files.map((candidate) => candidate.name).join(', ')}).`);
      if (!/\.xlsx$/i.test(fileName)) throw new AppError('INVALID_INPUT', `${fileName} is not an .xlsx workbook: a CSV's rejected rows are in the import report (rejectedRows), ready to save as ${fileName.replace(/\.[^.]+$/, '')}.rejected.csv.`);
      if (file.content.length > MAX_ANNOTATED_WORKBOOK_BYTES) throw Object.assign(new Error(`${fileName} is larger than ${MAX_ANNOTATED_WORKBOOK_BYTES} bytes, too large to mark; its errors are all in the import report.`), { statusCode: 413 });
      const caller = callerOf(request);
      const mapping = typeof upload.mapping === 'string' ? await findImportMapping({ db: app.db, organisation: caller.organisationSlug, name: upload.mapping }) : upload.mapping;
      const report = await importFiles({ ...(mapping ? { mapping } : {}), db: app.db, files: upload.files, organisation: caller.organisationSlug, dryRun: true, maxRows: app.limits.maxRows });
      const marked = await writeErrorWorkbook({ fileName, content: file.content, report });
      if (!marked) throw new AppError('INVALID_INPUT', `${fileName} has no errors to mark: it would import as it is.`);
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header('content-disposition', `attachment; filename="${fileName.replace(/\.xlsx$/i, '').replace(/["\\]/g, '')}.errors.xlsx"`)
        .send(marked as unknown as string);
    },
  );

  app.put(
    '/import-mappings/:name',
    {
      schema: {
        tags: ['imports'],
        operationId: 'saveImportMapping',
        summary: "Save how a system's exports map to Assured's columns, under a name",
        description:
          'Stores a mapping for the organisation (as `assured mapping save` does), replacing one of the same name. Imports then name it in `mapping` instead of sending it again.',
        params: z.object({ name: ZMappingNameSchema.describe('The name to save it under, e.g. our-care-system') }),
        body: ZImportMappingSchema,
        response: { 200: jsonResponse('The mapping as saved', ZSavedMappingSchema), ...problemResponses },
      },
    },
    async (request) => saveImportMapping({ db: app.db, organisation: callerOf(request).organisationSlug, name: request.params.name, mapping: request.body }),
  );

  app.get(
    '/import-mappings',
    {
      schema: {
        tags: ['imports'],
        operationId: 'listImportMappings',
        summary: 'The mappings saved for the organisation',
        description: 'Every mapping saved for the organisation, by name, with the record types it covers.',
        response: { 200: jsonResponse('The saved mappings, by name', z.object({ mappings: z.array(ZSavedMappingSchema).describe('Saved mappings, by name') })), ...problemResponses },
      },
    },
    async (request) => ({ mappings: await listImportMappings({ db: app.db, organisation: callerOf(request).organisationSlug }) }),
  );

  app.get(
    '/import-mappings/:name',
    {
      schema: {
        tags: ['imports'],
        operationId: 'getImportMapping',
        summary: 'One saved mapping, as it was saved',
        description: 'The whole mapping saved under the name for the organisation (columns, values, attendance columns), to look at, change and save again with PUT.',
        params: z.object({ name: ZMappingNameSchema.describe('The name it is saved under, e.g. our-care-system') }),
        response: { 200: jsonResponse('The saved mapping', ZImportMappingSchema), ...problemResponses },
      },
    },
    async (request) => ({ ...(await findImportMapping({ db: app.db, organisation: callerOf(request).organisationSlug, name: request.params.name })), name: request.params.name }),
  );

  app.get(
    '/imports/template.xlsx',
    {
      schema: {
        tags: ['imports'],
        operationId: 'getImportTemplate',
        summary: 'The template workbook to fill in (XLSX)',
        description:
          'One sheet per record type with its header row, an example row, a dropdown for every list of allowed values and date formatting, and a "Read me" sheet saying what each column means. The same file as `assured template`. Upload it filled in as one workbook.',
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: { description: 'The template workbook', content: { [XLSX_MEDIA_TYPE]: { schema: z.string() } } }, ...problemResponses },
      },
    },
    async (_request, reply) => {
      templateWorkbook ??= writeTemplateWorkbook().catch((error: unknown) => {
        templateWorkbook = undefined;
        throw error;
      });
      const content = await templateWorkbook;
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header('content-disposition', 'attachment; filename="assured-template.xlsx"')
        // A Buffer body is sent as is; the cast only quiets the JSON response typing.
        .send(content as unknown as string);
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags: ['imports'],
        operationId: 'getImport',
        summary: 'One import: its progress while it runs, then its report',
        description:
          'Reports an import of the organisation. A job (POST /v1/imports answered 202) is `running` with its phase and rows read, checked and written; it then ends with the same report a synchronous import answers (`imported`, `partly-imported`, `validated` or `rejected` with every row error), or `failed` with the fault in `problem`. Nothing of a rejected or failed import is written. Poll every second or two.',
        params: z.object({ id: z.uuid().describe('The import id, from the Location header of POST /v1/imports or from GET /v1/imports') }),
        response: { 200: jsonResponse('The import, with its progress and, once ended, its report', ZImportRunSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      const run = await findImportRun({ db: app.db, organisationId: callerOf(request).organisationId, id: request.params.id, abandonedAfterMs: app.limits.importJobAbandonedAfterMs });
      if (!run) throw new AppError('NOT_FOUND', `No import ${request.params.id} for this organisation: list them with GET /v1/imports.`);
      // A running job changes from one poll to the next.
      if (run.status === 'running') reply.header('cache-control', 'no-store').header('retry-after', '1');
      return run;
    },
  );
};
