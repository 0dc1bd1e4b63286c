/**
 * The practice profile for a period and a set of services: for each practice a provider may
 * claim (review cadence, who chairs complex reviews, advocates at them, accessible formats,
 * agenda notice, remote and written participation, escalation, NI sampling, re-audit of
 * changes, summary timeliness), how many of the period's cases show it, with the same
 * provenance as figures. The pack carries it so drafts can be checked without the database.
 */
import type { Database } from '../data/database.js';
import { DEFAULT_PRACTICE_THRESHOLD_PERCENT } from './data/practice-threshold.js';
import { practiceEntry, type PracticeStandards } from './data/practice-catalogue.js';
import { ensureWorkingDayCalendar } from './ensure-working-day-calendar.js';
import type { FigureProvenance, Practice } from './evidence-pack-schema.js';
import { resolveScope, type EvidenceScope, type ResolveScopeOptions } from './evidence-scope.js';
import { queryBatches, queryCadence, querySampling, type BatchInfo, type CadenceCounts, type SamplingCounts } from './figure-queries.js';
import { monthsInPeriod, quartersWithin, samplingQuarters } from './period.js';
import * as q from './practice-queries.js';

export interface PracticeProfileOptions {
  db: Database;
  scope: EvidenceScope;
  /** Share (percent) at or above which a practice counts as what is done; default 90. */
  threshold?: number;
  /** The period's cadence counts when the caller has them already (the figures count the same reviews). */
  cadence?: CadenceCounts;
  /** The period's NI sampling counts when the caller has them already. */
  sampling?: SamplingCounts;
  /** The period's review counts when the caller has them already (the figures' review pass counts them). */
  reviews?: q.ReviewPractice;
  /** The period's disagreement and change counts when the caller has them already (the figures' records pass). */
  disagreements?: q.DisagreementPractice;
  changes?: q.ChangePractice;
  /** The import batches behind the counts when the caller has read them already. */
  batches?: Map<string, BatchInfo>;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function provenance(batches: Map<string, BatchInfo>, id: string, rows: number, batchIds: readonly string[]): FigureProvenance {
  const entry = practiceEntry(id);
  const listed = [...new Set(batchIds)]
    .map((batchId) => batches.get(batchId))
    .filter((batch): batch is BatchInfo => batch !== undefined)
    .sort((a, b) => a.fileName.localeCompare(b.fileName) || a.importedAt.getTime() - b.importedAt.getTime() || a.id.localeCompare(b.id))
    .map((batch) => ({ id: batch.id, file: batch.fileName, sha256: batch.sha256, importedAt: batch.importedAt.toISOString() }));
  return {
    records: entry.records,
    ...(entry.recordsDetail ? { recordsDetail: entry.recordsDetail } : {}),
    noun: entry.noun,
    rows,
    batches: listed,
  };
}

export async function computePracticeProfile(options: PracticeProfileOptions): Promise<Practice[]> {
  const { db, scope } = options;
  const threshold = options.threshold ?? DEFAULT_PRACTICE_THRESHOLD_PERCENT;
  const quarters = quartersWithin(scope.period);
  const counted = options.cadence && options.reviews && options.disagreements && options.sampling && options.changes;
  if (!counted) await ensureWorkingDayCalendar(db);
  const [cadence, reviews, disagreements, sampling, changes] = await Promise.all([
    options.cadence ?? queryCadence(db, scope, scope.period, monthsInPeriod(scope.period), quarters.map((quarter) => quarter.label)),
    options.reviews ?? q.queryReviewPractice(db, scope),
    options.disagreements ?? q.queryDisagreementPractice(db, scope),
    options.sampling ?? querySampling(db, scope, samplingQuarters(scope.period)),
    options.changes ?? q.queryChangePractice(db, scope),
  ]);
  const batchIds = [...new Set([...cadence.batches, ...reviews.batches, ...reviews.participantBatches, ...disagreements.batches, ...sampling.batches, ...changes.batches])];
  const batches = options.batches && batchIds.every((id) => options.batches!.has(id)) ? options.batches : await queryBatches(db, batchIds);
  const standards: PracticeStandards = {
    agendaNoticeDays: scope.standards.agendaNoticeDays,
    summaryWorkingDays: scope.standards.summaryWorkingDays,
    niSampleCases: scope.standards.niSampleCases,
  };
  const practice = (id: string, numerator: number, denominator: number, batchIds: readonly string[]): Practice => {
    const entry = practiceEntry(id);
    return {
      id,
      label: entry.label(standards),
      numerator,
      denominator,
      share: denominator > 0 ? round1((numerator / denominator) * 100) : null,
      threshold,
      period: scope.period.label,
      place: scope.place,
      provenance: provenance(batches, id, denominator, denominator > 0 ? batchIds : []),
      basis: entry.basis,
      noun: entry.noun,
      shown: entry.shown(standards),
    };
  };
  const reviewAndParticipants = [...reviews.batches, ...reviews.participantBatches];
  return [
    practice('review-monthly', cadence.monthly, cadence.people, cadence.batches),
    // With no quarter wholly inside the period there is nothing to hold a quarterly deep-dive to.
    practice('deep-dive-quarterly', quarters.length > 0 ? cadence.quarterly : 0, quarters.length > 0 ? cadence.people : 0, cadence.batches),
    practice('complex-chair-rm', reviews.chairRm, reviews.complexChaired, reviews.batches),
    practice('complex-chair-ni', reviews.chairNi, reviews.complexChaired, reviews.batches),
    practice('complex-chair-key-worker', reviews.chairKeyWorker, reviews.complexChaired, reviews.batches),
    practice('advocate-at-complex', reviews.complexAdvocate, reviews.complex, reviewAndParticipants),
    practice('accessible-format', reviews.formatUsed, reviews.formatNeeded, reviews.batches),
    ...Object.entries(reviews.formats).map(([format, counts]) => practice(`format-${format}`, counts.used, counts.needed, reviews.batches)),
    practice('agenda-notice', reviews.agendaOnTime, reviews.planned, reviews.batches),
    practice('remote-participation', reviews.remote, reviews.reviews, reviewAndParticipants),
    practice('written-participation', reviews.written, reviews.reviews, reviewAndParticipants),
    practice('disagreements-logged', disagreements.logged, disagreements.logged, disagreements.batches),
    practice('escalation-rm', disagreements.reachedRm, disagreements.logged, disagreements.batches),
    practice('escalation-ni', disagreements.reachedNi, disagreements.logged, disagreements.batches),
    practice('ni-sampling', sampling.serviceQuartersMeeting, sampling.serviceQuarters, sampling.batches),
    practice('changes-verified', changes.verified, changes.made, changes.batches),
    practice('changes-verified-by-rm', changes.verifiedByRm, changes.made, changes.batches),
    practice('changes-verified-by-ni', changes.verifiedByNi, changes.made, changes.batches),
    practice('summaries-on-time', reviews.summariesOnTime, reviews.reviews, reviews.batches),
  ];
}

/** The profile on its own, resolving the scope as figures do (organisation, services, period). */
export async function computePracticeProfileFor(options: ResolveScopeOptions & { threshold?: number }): Promise<Practice[]> {
  const scope = await resolveScope(options);
  return computePracticeProfile({ db: options.db, scope, ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
}
