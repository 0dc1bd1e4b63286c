/**
 * The dashboard: the period's figures ordered for a decision (headline figures first), each with
 * the way it moved since the previous period and its status against the organisation's
 * threshold, plus the trend of the headline figures over recent quarters. The page, the API and
 * the Word and CSV exports all read this one shape.
 */
import { z } from 'zod';
import { ZFigureSchema } from '../evidence-pack-schema.js';
import { ZPeriodSchema } from '../period.js';

/**
 * - `met`: held to a service standard, and the share of cases meeting it reaches the threshold;
 * - `below`: held to a standard, and the share falls short of the threshold;
 * - `small-sample`: too few cases to say either way;
 * - `no-data`: no value for the period;
 * - `not-held`: the organisation holds this figure to no threshold (it is read for its direction).
 */
export const ZFigureStatusSchema = z.enum(['met', 'below', 'small-sample', 'no-data', 'not-held']);
export type FigureStatus = z.infer<typeof ZFigureStatusSchema>;

export const ZFigureChangeSchema = z.object({
  direction: z.enum(['up', 'down', 'same']).describe('How the value moved since the previous period'),
  tone: z.enum(['better', 'worse', 'neutral']).describe('Whether that move is for the better, by which way is better for the figure'),
  delta: z.number().describe('Value minus the previous value (percentage points for percentages)'),
});
export type FigureChange = z.infer<typeof ZFigureChangeSchema>;

export const ZDashboardFigureSchema = ZFigureSchema.extend({
  headline: z.boolean().describe('A headline figure: shown first'),
  status: ZFigureStatusSchema.describe('met, below, small-sample, no-data or not-held (held to no threshold)'),
  statusText: z.string().describe('Why the figure has its status, in words, with the threshold it was judged against'),
  weak: z.boolean().describe('true when the figure should not be relied on or falls short: below, small sample or no data'),
  change: ZFigureChangeSchema.nullable().describe('How the value moved since the previous period; null without two numeric values'),
  shortSource: z.string().describe('The source in a few words ("From 12 reviews"); `source` has the details'),
});
export type DashboardFigure = z.infer<typeof ZDashboardFigureSchema>;

export const ZTrendSeriesSchema = z.object({
  id: z.string().describe('The figure the line follows'),
  label: z.string().describe('The figure, in a few words for the legend'),
  unit: z.string().describe('The unit of the values'),
  values: z.array(z.number().nullable()).describe('One value per trend period, oldest first; null where there is none'),
});

export const ZDashboardSchema = z.object({
  organisation: z.object({ slug: z.string().describe("The organisation's short name"), name: z.string().describe("The organisation's name") }).describe('The organisation the dashboard is about'),
  period: ZPeriodSchema.describe('The period the figures cover'),
  previousPeriod: ZPeriodSchema.describe('The period the changes compare with'),
  place: z.string().describe('The place every figure is stated for, shown once'),
  services: z.array(z.object({ ref: z.string().describe("The service's reference"), name: z.string().describe("The service's name") })).describe('The services the figures cover'),
  threshold: z.number().describe('The share of cases, in percent, at or above which a figure held to a standard counts as met'),
  figures: z.array(ZDashboardFigureSchema).describe('Headline figures first, then the other figures, then the breakdowns (`detail`)'),
  trend: z
    .object({
      periods: z.array(ZPeriodSchema).describe('The quarters of the trend, oldest first'),
      series: z.array(ZTrendSeriesSchema).describe('One line per figure the trend follows'),
    })
    .nullable()
    .describe('Participation, summaries on time and advocate response over the last four quarters; null when the period is not a quarter'),
  generatedAt: z.string().describe('When the dashboard was computed (ISO 8601)'),
});
export type Dashboard = z.infer<typeof ZDashboardSchema>;
