/**
 * The ten dimensions of the 0–2 self-score grid as data: what each is scored from, its bands and
 * its next steps. Thresholds and next steps are written from the organisation's own service
 * standards, so a provider with a 3-working-day summary standard is never told to aim for 5.
 */
import type { Figure } from '../evidence-pack-schema.js';

/** The organisation's standards that the grid's wording depends on. */
export interface GridStandards {
  summaryWorkingDays: number;
  advocateResponseHours: number;
  disputeWorkingDays: number;
  niSampleCases: number;
  agendaNoticeDays: number;
  agendaNoticeMaxDays: number;
}

export type Score = 0 | 1 | 2;

/** Reads one figure of the pack by id. */
export type FigureLookup = (id: string) => Figure | undefined;

interface DimensionBase {
  id: string;
  label: string;
  thresholds: (standards: GridStandards) => string;
  nextSteps: (standards: GridStandards) => Record<0 | 1, string>;
}

export interface RecordsDimension extends DimensionBase {
  basis: 'records';
  figureIds: string[];
  grade: (figure: FigureLookup) => Score;
}

export interface SelfAssessedDimension extends DimensionBase {
  basis: 'self-assessment';
  /** Key in the organisation's self-assessment (organisation.csv columns `<key>_score`, `<key>_evidence`). */
  key: string;
}

export type ScoreDimensionSpec = RecordsDimension | SelfAssessedDimension;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function percentOf(figure: Figure | undefined): number | undefined {
  return typeof figure?.value === 'number' && figure.unit === 'percent' ? figure.value : undefined;
}

/** Grade from one percentage figure: `top` or more scores 2, `middle` or more 1. */
function bands(figureId: string, top: number, middle: number): (figure: FigureLookup) => Score {
  return (figure) => {
    const value = percentOf(figure(figureId)) ?? 0;
    return value >= top ? 2 : value >= middle ? 1 : 0;
  };
}

const summaryDays = (s: GridStandards) => plural(s.summaryWorkingDays, 'working day', 'working days');
const advocateHours = (s: GridStandards) => plural(s.advocateResponseHours, 'hour', 'hours');
const disputeDays = (s: GridStandards) => plural(s.disputeWorkingDays, 'working day', 'working days');
const niCases = (s: GridStandards) => plural(s.niSampleCases, 'case', 'cases');
const agendaNotice = (s: GridStandards) =>
  s.agendaNoticeMaxDays > s.agendaNoticeDays ? `${s.agendaNoticeDays}–${s.agendaNoticeMaxDays} days` : plural(s.agendaNoticeDays, 'day', 'days');

export const SCORE_DIMENSIONS: readonly ScoreDimensionSpec[] = [
  {
    id: 'consent-capacity',
    label: 'Consent & capacity',
    basis: 'self-assessment',
    key: 'consent_capacity',
    thresholds: () => '0 generic; 1 documented; 2 decision-specific and reviewed',
    nextSteps: () => ({
      0: 'Record consent and capacity per decision in each plan, with a review date, and self-assess again.',
      1: 'Make consent and capacity records decision-specific and set a review date for each; sample them at governance.',
    }),
  },
  {
    id: 'advocacy-triggers',
    label: 'Advocacy triggers',
    basis: 'records',
    figureIds: ['advocate-response'],
    grade: (figure) => {
      const value = percentOf(figure('advocate-response'));
      if (value === undefined) return 0;
      return value >= 90 ? 2 : 1;
    },
    thresholds: (s) =>
      `2: advocate involved within ${advocateHours(s)} in at least 90% of referrals; 1: referrals recorded; 0: no referrals recorded`,
    nextSteps: (s) => ({
      0: `List advocacy triggers in each plan and record every referral with its time, so response within ${advocateHours(s)} can be shown.`,
      1: `Chase referrals that pass ${advocateHours(s)} without an advocate; aim for at least 90% within the standard.`,
    }),
  },
  {
    id: 'meeting-cadence',
    label: 'Meeting cadence',
    basis: 'records',
    figureIds: ['cadence', 'cadence-monthly'],
    grade: (figure) => ((percentOf(figure('cadence')) ?? 0) >= 80 ? 2 : (percentOf(figure('cadence-monthly')) ?? 0) >= 80 ? 1 : 0),
    thresholds: () =>
      '2: at least 80% of people had a monthly mini-review and a quarterly deep-dive; 1: at least 80% had a monthly review; 0: otherwise',
    nextSteps: () => ({
      0: 'Book a mini-review every month for each person and track missed months on the dashboard.',
      1: 'Add a quarterly deep-dive for everyone who only has monthly mini-reviews.',
    }),
  },
  {
    id: 'accessibility',
    label: 'Accessibility',
    basis: 'records',
    figureIds: ['accessible-formats', 'agenda-notice'],
    grade: bands('accessible-formats', 90, 50),
    thresholds: () => "2: the person's agreed format used in at least 90% of reviews; 1: at least 50%; 0: otherwise",
    nextSteps: (s) => ({
      0: 'Agree an accessible format with each person and record at every review whether it was used.',
      1: `Close the gap to 90% of reviews in the agreed format; check agendas go out ${agendaNotice(s)} before.`,
    }),
  },
  {
    id: 'summaries',
    label: 'Summaries',
    basis: 'records',
    figureIds: ['summaries-on-time', 'summaries-within-10'],
    grade: (figure) =>
      (percentOf(figure('summaries-on-time')) ?? 0) >= 90 ? 2 : (percentOf(figure('summaries-within-10')) ?? 0) >= 90 ? 1 : 0,
    thresholds: (s) =>
      `2: at least 90% sent within ${summaryDays(s)} (tracked); 1: at least 90% within 10 working days; 0: otherwise`,
    nextSteps: (s) => ({
      0: 'Send a plain-English summary after every review and record the date sent.',
      1: `Bring summaries inside ${summaryDays(s)} for at least 90% of reviews; review late ones weekly.`,
    }),
  },
  {
    id: 'disagreements',
    label: 'Disagreements',
    basis: 'records',
    figureIds: ['disputes-resolved'],
    grade: (figure) => {
      const value = percentOf(figure('disputes-resolved'));
      if (value === undefined) return 0;
      return value >= 80 ? 2 : 1;
    },
    thresholds: (s) =>
      `2: disagreements logged and at least 80% resolved within ${disputeDays(s)}; 1: logged but fewer resolved in time; 0: none logged in the period`,
    nextSteps: (s) => ({
      0: 'Keep a disagreement log (date, escalation key worker → RM → NI, date resolved); a period with none logged cannot show respectful escalation.',
      1: `Resolve at least 80% of disagreements within ${disputeDays(s)}; escalate to the NI sooner.`,
    }),
  },
  {
    id: 'outcomes',
    label: 'Outcomes',
    basis: 'records',
    figureIds: ['enablement-verified'],
    grade: (figure) => {
      const verified = figure('enablement-verified');
      return typeof verified?.value === 'number' && verified.value > 0 ? 2 : verified?.previous ? 1 : 0;
    },
    thresholds: () =>
      '2: at least one verified enablement outcome in the period (figures are dated, sourced and placed); 1: outcomes recorded but none verified in the period; 0: none',
    nextSteps: () => ({
      0: 'Record enablement outcomes with before and after values and verify them at review.',
      1: 'Verify open outcomes this quarter (observation, PBS review) so they count as evidence.',
    }),
  },
  {
    id: 'governance',
    label: 'Governance',
    basis: 'records',
    figureIds: ['ni-sampling'],
    grade: (figure) => {
      const sampling = figure('ni-sampling');
      if (!sampling || sampling.denominator === undefined) return 0;
      if (sampling.value === sampling.denominator && sampling.denominator > 0) return 2;
      return sampling.samplingRecorded === true ? 1 : 0;
    },
    thresholds: (s) => `2: the NI sampled at least ${niCases(s)} in every service each quarter; 1: some sampling recorded; 0: none`,
    nextSteps: (s) => ({
      0: `Start NI sampling of ${niCases(s)} per service each quarter and record each sample.`,
      1: `Bring every service up to ${niCases(s)} sampled by the NI each quarter.`,
    }),
  },
  {
    id: 'information-governance',
    label: 'Information governance (DSPT)',
    basis: 'self-assessment',
    key: 'information_governance',
    thresholds: () => '0 assumed; 1 policy; 2 consent logs, secure sharing and audit',
    nextSteps: () => ({
      0: 'Record consent to share, use secure channels for summaries and audit access; then self-assess.',
      1: 'Add consent logs and an access audit to the information-sharing policy.',
    }),
  },
  {
    id: 'training',
    label: 'Training',
    basis: 'self-assessment',
    key: 'training',
    thresholds: () => '0 induction only; 1 annual; 2 annual plus reflective supervision',
    nextSteps: () => ({
      0: 'Give staff annual training on involvement and advocacy, and record it.',
      1: 'Add reflective supervision on involvement to the annual training.',
    }),
  },
];
