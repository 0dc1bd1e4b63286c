/**
 * GET /v1/dashboard: the period's figures ordered for a decision, each with its change and its
 * status against the organisation's threshold, and the trend; the same as Word and as CSV.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { computeDashboard } from '../../evidence/dashboard/compute-dashboard.js';
import { ZDashboardSchema } from '../../evidence/dashboard/dashboard-schema.js';
import { renderDashboardCsv, renderDashboardDocx } from '../../export/dashboard/render-dashboard.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';
import { contentDisposition, downloadName } from './download-name.js';
import { ZPeriodParamSchema, ZServicesParamSchema } from './query-params.js';

export const ZDashboardQuerySchema = z.object({ period: ZPeriodParamSchema, service: ZServicesParamSchema });

const MEDIA = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
} as const;

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const dashboardOf = (request: { query: z.infer<typeof ZDashboardQuerySchema> }, organisation: string) =>
    computeDashboard({ db: app.db, period: request.query.period, organisation, ...(request.query.service !== undefined ? { services: request.query.service } : {}) });

  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['evidence'],
        operationId: 'getDashboard',
        summary: 'The dashboard: figures for a decision, with change and status',
        description:
          "The period's figures, headline figures first, each with how it moved since the previous period and its status against the organisation's threshold (met, below, small sample, no data, or held to no threshold), the place stated once and the trend of three headline figures over four quarters. Optionally for some services only.",
        querystring: ZDashboardQuerySchema,
        response: { 200: jsonResponse('The dashboard for the period', ZDashboardSchema), ...problemResponses },
      },
    },
    async (request) => dashboardOf(request, callerOf(request).organisationSlug),
  );

  for (const format of ['docx', 'csv'] as const) {
    app.get(
      `/dashboard.${format}`,
      {
        schema: {
          tags: ['evidence'],
          operationId: format === 'docx' ? 'getDashboardDocx' : 'getDashboardCsv',
          summary: format === 'docx' ? 'The dashboard as a Word document' : 'The dashboard as CSV',
          description:
            format === 'docx'
              ? 'The same figures as GET /v1/dashboard in a landscape Word document: headline figures, other figures and breakdowns as tables with their status (weak ones marked and shaded), the trend as a table of quarters, and each source. Named for people: "Harbour Care – Dashboard – Q2 2026.docx".'
              : 'The same figures as GET /v1/dashboard, one row per figure (kind "figure", unrounded values) and then one row per trend line and quarter (kind "trend"). Named for people: "Harbour Care – Dashboard – Q2 2026.csv".',
          querystring: ZDashboardQuerySchema,
          produces: [MEDIA[format].split(';')[0]!],
          response: { 200: { description: format === 'docx' ? 'The dashboard as Word' : 'The dashboard as CSV', content: { [MEDIA[format].split(';')[0]!]: { schema: z.string() } } }, ...problemResponses },
        },
      },
      async (request, reply) => {
        const dashboard = await dashboardOf(request, callerOf(request).organisationSlug);
        const name = downloadName([dashboard.organisation.name, 'Dashboard', dashboard.period.human], format);
        const content = format === 'docx' ? await renderDashboardDocx(dashboard) : renderDashboardCsv(dashboard);
        return reply.type(MEDIA[format]).header('content-disposition', contentDisposition(name)).send(content as unknown as string);
      },
    );
  }
};
