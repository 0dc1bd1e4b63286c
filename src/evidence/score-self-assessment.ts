/**
 * The 0–2 self-score grid (ten dimensions, target 17 of 20). Dimensions the records can decide
 * are scored from the figures with the thresholds stated in the output; the others come from
 * the organisation's own self-assessment and say so. Each dimension under 2 gets a next step.
 */
import { z } from 'zod';
import type { Figure } from './evidence-pack-schema.js';
import { computeFigures, type ComputeFiguresOptions } from './compute-figures.js';
import type { FiguresResult } from './figures-schema.js';
import { ZPeriodSchema } from './period.js';

export const SELF_SCORE_TARGET = 17;

export const ZScoreDimensionSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  basis: z.enum(['records', 'self-assessment', 'not assessed']),
  reason: z.string(),
  thresholds: z.string(),
  figureIds: z.array(z.string()),
  nextStep: z.string().optional(),
});
export type ScoreDimension = z.infer<typeof ZScoreDimensionSchema>;

export const ZScoreGridSchema = z.object({
  organisation: z.object({ slug: z.string(), name: z.string() }),
  period: ZPeriodSchema,
  place: z.string(),
  dimensions: z.array(ZScoreDimensionSchema),
  total: z.number().int(),
  max: z.literal(20),
  target: z.literal(SELF_SCORE_TARGET),
  meetsTarget: z.boolean(),
  /** Concrete next steps for the dimensions below 2, biggest gaps first. */
  nextSteps: z.array(z.string()),
});
export type ScoreGrid = z.infer<typeof ZScoreGridSchema>;

const ZSelfAssessmentSchema = z
  .record(z.string(), z.object({ score: z.number().int().min(0).max(2), evidence: z.string().nullable().optional() }))
  .nullable()
  .optional();

type Score = 0 | 1 | 2;

function find(figures: Figure[], id: string): Figure | undefined {
  return figures.find((figure) => figure.id === id);
}

function percentOf(figure: Figure | undefined): number | undefined {
  return typeof figure?.value === 'number' && figure.unit === 'percent' ? figure.value : undefined;
}

function describe(figure: Figure | undefined): string {
  if (!figure) return 'no figure';
  if (figure.value === null) return `${figure.label}: unavailable (${figure.unavailableReason ?? 'no records'})`;
  const ratio = figure.numerator !== undefined && figure.denominator !== undefined ? ` (${figure.numerator} of ${figure.denominator})` : '';
  const unit = figure.unit === 'percent' ? '%' : '';
  return `${figure.label}: ${figure.value}${unit}${ratio}${figure.smallSample ? ', small sample' : ''}`;
}

function fromRecords(
  id: string,
  label: string,
  thresholds: string,
  figures: Figure[],
  figureIds: string[],
  grade: () => Score,
  nextSteps: Record<0 | 1, string>,
): ScoreDimension {
  const score = grade();
  const used = figureIds.map((figureId) => find(figures, figureId));
  return {
    id,
    label,
    score,
    basis: 'records',
    reason: used.map(describe).join('; '),
    thresholds,
    figureIds,
    ...(score < 2 ? { nextStep: nextSteps[score as 0 | 1] } : {}),
  };
}

function fromSelfAssessment(
  id: string,
  key: string,
  label: string,
  thresholds: string,
  selfAssessment: z.infer<typeof ZSelfAssessmentSchema>,
  nextSteps: Record<0 | 1, string>,
): ScoreDimension {
  const entry = selfAssessment?.[key];
  if (!entry) {
    return {
      id,
      label,
      score: 0,
      basis: 'not assessed',
      reason: `No self-assessment recorded: add ${key}_score and ${key}_evidence to organisation.csv.`,
      thresholds,
      figureIds: [],
      nextStep: nextSteps[0],
    };
  }
  const score = entry.score as Score;
  return {
    id,
    label,
    score,
    basis: 'self-assessment',
    reason: `Self-assessed ${score} of 2${entry.evidence ? `: ${entry.evidence}` : ' (no evidence given)'}`,
    thresholds,
    figureIds: [],
    ...(score < 2 ? { nextStep: nextSteps[score as 0 | 1] } : {}),
  };
}

/** Grades a computed evidence pack; pure, so the thresholds are easy to test. */
export function gradeSelfScore(result: FiguresResult, selfAssessmentInput: unknown): ScoreGrid {
  const figures = result.figures;
  const selfAssessment = ZSelfAssessmentSchema.parse(selfAssessmentInput);
  const pct = (id: string) => percentOf(find(figures, id));
  const advocate = find(figures, 'advocate-response');
  const disputes = find(figures, 'disputes-resolved');
  const sampling = find(figures, 'ni-sampling');
  const verifiedOutcomes = find(figures, 'enablement-verified');

  const dimensions: ScoreDimension[] = [
    fromSelfAssessment('consent-capacity', 'consent_capacity', 'Consent & capacity', '0 generic; 1 documented; 2 decision-specific and reviewed', selfAssessment, {
      0: 'Record consent and capacity per decision in each plan, with a review date, and self-assess again.',
      1: 'Make consent and capacity records decision-specific and set a review date for each; sample them at governance.',
    }),
    fromRecords(
      'advocacy-triggers',
      'Advocacy triggers',
      '2: advocate involved within the standard in at least 90% of referrals; 1: referrals recorded; 0: no referrals recorded',
      figures,
      ['advocate-response'],
      () => {
        const value = percentOf(advocate);
        if (value === undefined) return 0;
        return value >= 90 ? 2 : 1;
      },
      {
        0: 'List advocacy triggers in each plan and record every referral with its time, so response within 48 hours can be shown.',
        1: 'Chase referrals that pass 48 hours without an advocate; aim for at least 90% within the standard.',
      },
    ),
    fromRecords(
      'meeting-cadence',
      'Meeting cadence',
      '2: at least 80% of people had a monthly mini-review and a quarterly deep-dive; 1: at least 80% had a monthly review; 0: otherwise',
      figures,
      ['cadence', 'cadence-monthly'],
      () => ((pct('cadence') ?? 0) >= 80 ? 2 : (pct('cadence-monthly') ?? 0) >= 80 ? 1 : 0),
      {
        0: 'Book a mini-review every month for each person and track missed months on the dashboard.',
        1: 'Add a quarterly deep-dive for everyone who only has monthly mini-reviews.',
      },
    ),
    fromRecords(
      'accessibility',
      'Accessibility',
      "2: the person's agreed format used in at least 90% of reviews; 1: at least 50%; 0: otherwise",
      figures,
      ['accessible-formats', 'agenda-notice'],
      () => {
        const value = pct('accessible-formats') ?? 0;
        return value >= 90 ? 2 : value >= 50 ? 1 : 0;
      },
      {
        0: 'Agree an accessible format with each person and record at every review whether it was used.',
        1: 'Close the gap to 90% of reviews in the agreed format; check agendas go out 3–5 days before.',
      },
    ),
    fromRecords(
      'summaries',
      'Summaries',
      '2: at least 90% sent within the summary standard (tracked); 1: at least 90% within 10 working days; 0: otherwise',
      figures,
      ['summaries-on-time', 'summaries-within-10'],
      () => ((pct('summaries-on-time') ?? 0) >= 90 ? 2 : (pct('summaries-within-10') ?? 0) >= 90 ? 1 : 0),
      {
        0: 'Send a plain-English summary after every review and record the date sent.',
        1: 'Bring summaries inside 5 working days for at least 90% of reviews; review late ones weekly.',
      },
    ),
    fromRecords(
      'disagreements',
      'Disagreements',
      '2: disagreements logged and at least 80% resolved within the standard; 1: logged but fewer resolved in time; 0: none logged in the period',
      figures,
      ['disputes-resolved'],
      () => {
        const value = percentOf(disputes);
        if (value === undefined) return 0;
        return value >= 80 ? 2 : 1;
      },
      {
        0: 'Keep a disagreement log (date, escalation key worker → RM → NI, date resolved); a period with none logged cannot show respectful escalation.',
        1: 'Resolve at least 80% of disagreements within 20 working days; escalate to the NI sooner.',
      },
    ),
    fromRecords(
      'outcomes',
      'Outcomes',
      '2: at least one verified enablement outcome in the period (figures are dated, sourced and placed); 1: outcomes recorded but none verified in the period; 0: none',
      figures,
      ['enablement-verified'],
      () => (typeof verifiedOutcomes?.value === 'number' && verifiedOutcomes.value > 0 ? 2 : verifiedOutcomes?.previous ? 1 : 0),
      {
        0: 'Record enablement outcomes with before and after values and verify them at review.',
        1: 'Verify open outcomes this quarter (observation, PBS review) so they count as evidence.',
      },
    ),
    fromRecords(
      'governance',
      'Governance',
      '2: the NI sampled at least the standard number of cases in every service; 1: some sampling recorded; 0: none',
      figures,
      ['ni-sampling'],
      () => {
        if (!sampling || sampling.denominator === undefined) return 0;
        if (sampling.value === sampling.denominator && sampling.denominator > 0) return 2;
        return sampling.samplingRecorded === true ? 1 : 0;
      },
      {
        0: 'Start NI sampling of 2 cases per service each quarter and record each sample.',
        1: 'Bring every service up to 2 NI-sampled cases each quarter.',
      },
    ),
    fromSelfAssessment('information-governance', 'information_governance', 'Information governance (DSPT)', '0 assumed; 1 policy; 2 consent logs, secure sharing and audit', selfAssessment, {
      0: 'Record consent to share, use secure channels for summaries and audit access; then self-assess.',
      1: 'Add consent logs and an access audit to the information-sharing policy.',
    }),
    fromSelfAssessment('training', 'training', 'Training', '0 induction only; 1 annual; 2 annual plus reflective supervision', selfAssessment, {
      0: 'Give staff annual training on involvement and advocacy, and record it.',
      1: 'Add reflective supervision on involvement to the annual training.',
    }),
  ];
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
