/** Query fields and the `next` link shared by the paged lists. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export function pageLimitSchema(defaultLimit: number, maxLimit: number) {
  return z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit).describe(`At most this many items per page (default ${defaultLimit}, at most ${maxLimit})`);
}

export const ZCursorParamSchema = z.string().min(1).max(500).optional().describe('Where the page starts: the `nextCursor` of the previous page (or follow its `next` link)');

export const ZCreatedAfterParamSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .optional()
  .transform((value) => (value === undefined ? undefined : new Date(value)))
  .describe('Only items created after this moment: a date (2026-05-01, from its midnight UTC) or an ISO 8601 date-time');

/** Present only when another page follows, so a list that fits one page keeps its plain shape. */
export const ZPageLinksSchema = z.object({
  next: z.string().optional().describe('Path and query of the next page (also sent as a Link header); absent on the last page'),
  nextCursor: z.string().optional().describe('Cursor of the next page, to pass as `cursor`; absent on the last page'),
});

/** The `next` link repeats the request's own query with the new cursor; also sent as a Link header. */
export function pageLinks(request: FastifyRequest, reply: FastifyReply, nextCursor: string | null): z.infer<typeof ZPageLinksSchema> {
  if (nextCursor === null) return {};
  const [path, query] = request.url.split('?');
  const params = new URLSearchParams(query ?? '');
  params.set('cursor', nextCursor);
  const next = `${path}?${params.toString()}`;
  reply.header('link', `<${next}>; rel="next"`);
  return { next, nextCursor };
}
