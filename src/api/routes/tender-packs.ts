/**
 * POST /v1/tender-packs: the buyer's tender pack (.docx or .xlsx) as a multipart upload of one
 * file, or as JSON with the file in base64; answers the questions in the buyer's order with
 * their limits, weightings, topics and involvement, and the places that could not be read.
 * Nothing is stored: the page sends the chosen questions on to drafting.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readTenderPack } from '../../drafting/tender-pack/read-tender-pack.js';
import { ZTenderPackSchema } from '../../drafting/tender-pack/tender-pack-schema.js';
import { parsePeriod } from '../../evidence/period.js';
import { AppError } from '../../shared/app-error.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';
import { safeFileName } from './imports.js';

export const ZTenderPackBodySchema = z
  .object({
    name: z.string().min(1).max(255).describe('The file name; its extension (.docx or .xlsx) says how to read it'),
    content: z.string().min(1).describe('The file, base64'),
    period: z.string().max(40).optional().describe('The reporting period, so "the last 12 months" reads as dates'),
  })
  // Fastify leaves the body null for multipart, which is read as a stream below.
  .nullish()
  .describe('JSON body; alternatively multipart/form-data with one file part (and an optional period field)');

export const tenderPacksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/tender-packs',
    {
      bodyLimit: app.limits.uploadBytes,
      schema: {
        tags: ['tender-packs'],
        operationId: 'readTenderPack',
        summary: "Read the questions of a buyer's tender pack (.docx or .xlsx)",
        description:
          "Reads a buyer's Word or Excel tender pack and answers its questions in the buyer's order: number, text, limit, weighting, topics, whether each is about involvement (score and reason) and where its answer goes. Places that could not be read are listed with their paragraph, table cell or sheet and cell. Nothing is stored.",
        consumes: ['application/json', 'multipart/form-data'],
        body: ZTenderPackBodySchema,
        response: { 200: jsonResponse('The questions of the pack', ZTenderPackSchema), ...problemResponses },
      },
    },
    async (request) => {
      let file: { name: string; content: Buffer } | undefined;
      let period: string | undefined;
      if (request.isMultipart()) {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (file) throw new AppError('INVALID_INPUT', 'Send one tender pack per request.');
            file = { name: safeFileName(part.filename ?? ''), content: await part.toBuffer() };
          } else if (part.fieldname === 'period') period = String(part.value).slice(0, 40);
          else throw new AppError('INVALID_INPUT', `Unexpected form field "${part.fieldname.slice(0, 40)}": send the file and, optionally, period.`);
        }
      } else if (request.body) {
        file = { name: safeFileName(request.body.name), content: Buffer.from(request.body.content, 'base64') };
        period = request.body.period;
      }
      if (!file || file.content.length === 0) throw new AppError('INVALID_INPUT', 'Send the tender pack (.docx or .xlsx) as multipart/form-data, or as JSON {"name","content"} with the file in base64.');
      return readTenderPack({ file: file.name, content: file.content, ...(period ? { period: parsePeriod(period) } : {}) });
    },
  );
};
