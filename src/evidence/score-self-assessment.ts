/**
 * The 0–2 self-score grid (ten dimensions, target 17 of 20). Dimensions the records can decide
 * are scored from the figures with the thresholds stated in the output; the others come from
 * the organisation's own self-assessment and say so. Each dimension under 2 gets a next step.
 * The dimensions themselves are data (data/score-dimensions.ts); this file only applies them.
 */
import { z } from 'zod';
import { SCORE_DIMENSIONS, type FigureLookup, type GridStandards, type Score, type ScoreDimensionSpec } from './data/score-dimensions.js';
import type { Figure, Standard } from './evidence-pack-schema.js';
import { computeFigures, type ComputeFiguresOptions } from './compute-figures.js';
import type { FiguresResult } from './figures-schema.js';
import { ZPeriodSchema } from './period.js';

export const SELF_SCORE_TARGET = 17;

export const ZScoreDimensionSchema = z.object({
  id: z.string().describe('Stable id of the dimension'),
  label: z.string().describe('The dimension, in words'),
  score: z.union([z.literal(0), z.literal(1), z.literal(2)]).describe('0: not evidenced; 1: partly; 2: fully'),
  basis: z.enum(['records', 'self-assessment', 'not assessed']).describe("What decided the score: the records, the organisation's self-assessment, or nothing yet"),
  reason: z.string().describe('Why this score, with the figures'),
  thresholds: z.string().describe('What a 1 and a 2 need'),
  figureIds: z.array(z.string()).describe('The figures the score was decided from'),
  nextStep: z.string().optional().describe('What would raise the score'),
});
export type ScoreDimension = z.infer<typeof ZScoreDimensionSchema>;

export const ZScoreGridSchema = z.object({
  organisation: z.object({ slug: z.string().describe("The organisation's short name in URLs and commands"), name: z.string().describe("The organisation's name") }).describe('The organisation scored'),
  period: ZPeriodSchema.describe('The period scored'),
  place: z.string().describe('The place anchor of the figures'),
  dimensions: z.array(ZScoreDimensionSchema).describe('The ten dimensions'),
  total: z.number().int().describe('Sum of the dimension scores'),
  max: z.literal(20).describe('Highest possible total'),
  target: z.literal(SELF_SCORE_TARGET).describe('The total to aim for'),
  meetsTarget: z.boolean().describe('true when total reaches target'),
  nextSteps: z.array(z.string()).describe('Concrete next steps for the dimensions below 2, biggest gaps first'),
});
export type ScoreGrid = z.infer<typeof ZScoreGridSchema>;

const ZSelfAssessmentSchema = z
  .record(z.string(), z.object({ score: z.number().int().min(0).max(2).describe('The self-assessed score, 0 to 2'), evidence: z.string().nullable().optional().describe('What the score rests on') }))
  .nullable()
  .optional();

function describe(figure: Figure | undefined, id: string): string {
  if (!figure) return `${id}: no figure`;
  if (figure.value === null) return `${figure.label}: unavailable (${figure.unavailableReason ?? 'no records'})`;
  const ratio = figure.numerator !== undefined && figure.denominator !== undefined ? ` (${figure.numerator} of ${figure.denominator})` : '';
  const unit = figure.unit === 'percent' ? '%' : '';
  return `${figure.label}: ${figure.value}${unit}${ratio}${figure.smallSample ? ', small sample' : ''}`;
}

/** The organisation's standards as the pack states them; the defaults apply only to a pack that lacks one. */
function gridStandards(standards: Standard[]): GridStandards {
  const value = (id: string, fallback: number) => standards.find((standard) => standard.id === id)?.value ?? fallback;
  const agenda = standards.find((standard) => standard.id === 'agenda-notice');
  const agendaNoticeDays = agenda?.value ?? DEFAULT_STANDARDS.agendaNoticeDays;
  return {
    summaryWorkingDays: value('summary-deadline', DEFAULT_STANDARDS.summaryWorkingDays),
    advocateResponseHours: value('advocate-response', DEFAULT_STANDARDS.advocateResponseHours),
    disputeWorkingDays: value('dispute-resolution', DEFAULT_STANDARDS.disputeWorkingDays),
    niSampleCases: value('ni-sampling', DEFAULT_STANDARDS.niSampleCases),
    agendaNoticeDays,
    agendaNoticeMaxDays: agenda ? (agenda.max ?? agendaNoticeDays) : DEFAULT_STANDARDS.agendaNoticeMaxDays,
  };
}

const DEFAULT_STANDARDS: GridStandards = {
  summaryWorkingDays: 5,
  advocateResponseHours: 48,
  disputeWorkingDays: 20,
  niSampleCases: 2,
  agendaNoticeDays: 3,
  agendaNoticeMaxDays: 5,
};

function scoreDimension(
  spec: ScoreDimensionSpec,
  figure: FigureLookup,
  standards: GridStandards,
  selfAssessment: z.infer<typeof ZSelfAssessmentSchema>,
): ScoreDimension {
  const thresholds = spec.thresholds(standards);
  const nextSteps = spec.nextSteps(standards);
  const base = { id: spec.id, label: spec.label, thresholds };
  if (spec.basis === 'records') {
    const score = spec.grade(figure);
    return {
      ...base,
      score,
      basis: 'records',
      reason: spec.figureIds.map((id) => describe(figure(id), id)).join('; '),
      figureIds: spec.figureIds,
      ...(score < 2 ? { nextStep: nextSteps[score as 0 | 1] } : {}),
    };
  }
  const entry = selfAssessment?.[spec.key];
  if (!entry) {
    return {
      ...base,
      score: 0,
      basis: 'not assessed',
      reason: `No self-assessment recorded: add ${spec.key}_score and ${spec.key}_evidence to organisation.csv.`,
      figureIds: [],
      nextStep: nextSteps[0],
    };
  }
  const score = entry.score as Score;
  return {
    ...base,
    score,
    basis: 'self-assessment',
    reason: `Self-assessed ${score} of 2${entry.evidence ? `: ${entry.evidence}` : ' (no evidence given)'}`,
    figureIds: [],
    ...(score < 2 ? { nextStep: nextSteps[score as 0 | 1] } : {}),
  };
}

/** Grades a computed evidence pack; pure, so the thresholds are easy to test. */
export function gradeSelfScore(result: FiguresResult, selfAssessmentInput: unknown): ScoreGrid {
  const selfAssessment = ZSelfAssessmentSchema.parse(selfAssessmentInput);
  const byId = new Map(result.figures.map((figure) => [figure.id, figure]));
  const figure: FigureLookup = (id) => byId.get(id);
  const standards = gridStandards(result.standards);
  const dimensions = SCORE_DIMENSIONS.map((spec) => scoreDimension(spec, figure, standards, selfAssessment));
  const total = dimensions.reduce((sum, dimension) => sum + dimension.score, 0);
  const nextSteps = [...dimensions]
    .filter((dimension) => dimension.nextStep)
    .sort((a, b) => a.score - b.score)
    .map((dimension) => `${dimension.label} (${dimension.score} → 2): ${dimension.nextStep}`);
  return {
    organisation: { slug: result.organisation.slug, name: result.organisation.name },
    period: result.period,
    place: result.place,
    dimensions,
    total,
    max: 20,
    target: SELF_SCORE_TARGET,
    meetsTarget: total >= SELF_SCORE_TARGET,
    nextSteps,
  };
}

export async function scoreSelfAssessment(options: ComputeFiguresOptions): Promise<ScoreGrid> {
  const result = await computeFigures(options);
  const organisation = await options.db.prisma.organisation.findUniqueOrThrow({ where: { slug: result.organisation.slug }, select: { selfAssessment: true } });
  return gradeSelfScore(result, organisation.selfAssessment);
}
