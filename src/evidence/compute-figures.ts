/**
 * The evidence pack for a period and a set of services: every figure dated, placed and
 * sourced (records, counts, import files), with the previous period for trends, and the
 * organisation's service standards beside them.
 */
import type { Database } from '../data/database.js';
import { AppError } from '../shared/app-error.js';
import { calendarCoverage } from './calendar/bank-holidays.js';
import { formatLongDate } from './calendar/iso-date.js';
import { catalogueEntry, LOWER_IS_BETTER_MEASURE_WORDS, type CatalogueEntry, type CatalogueStandards } from './data/figure-catalogue.js';
import type { Figure, FigureProvenance, Standard } from './evidence-pack-schema.js';
import { calendarVersion, ensureWorkingDayCalendar } from './ensure-working-day-calendar.js';
import { LruCache } from '../shared/lru-cache.js';
import { lowerFirst } from '../shared/english-text.js';
import { resolveScope, type EvidenceScope, type ResolveScopeOptions } from './evidence-scope.js';
import type { BatchInfo, Bucketed } from './figure-queries.js';
import * as q from './figure-queries.js';
import type { CaseExample, FiguresResult, RecordExample } from './figures-schema.js';
import { computeDeclaredPractices } from './declared-practices.js';
import { computePracticeProfile } from './practice-profile.js';
import { addFreshness } from './figure-freshness.js';
import { selectCaseExamples } from './select-case-examples.js';
import { selectLoggedRecords, type LoggedRecord } from './select-record-examples.js';
import { ADVOCATE_TYPE_WORDS } from './data/breakdown-wording.js';
import { breakdownsFrom } from './breakdown-queries.js';
import { samplingQuarters, samplingYearQuarters, twelveMonthsTo } from './period.js';
import { queryRecordsPass } from './records-pass.js';
import { queryReviewRollupPass } from './review-rollup.js';
import { detailFigures } from './breakdown-figures.js';

/** Below this many cases a figure is marked as a small sample, so the writer does not overclaim. */
export const SMALL_SAMPLE = 10;

export interface ComputeFiguresOptions extends ResolveScopeOptions {
  /** Up to this many consented, verified case examples. */
  cases?: number;
  now?: Date;
  /** Reuse a result computed from the same data (default true); benchmarks turn it off. */
  useCache?: boolean;
}

/**
 * Figures change only when data is imported (every import writes a batch) or the bank-holiday
 * data changes, so a result is reused while the organisation's batches and settings are the
 * same. Per process and per database; a dashboard asks the same question many times.
 */
const resultCaches = new WeakMap<Database, LruCache<Promise<FiguresResult>>>();

async function dataVersion(db: Database, organisationId: string): Promise<string> {
  const [batches, organisation] = await Promise.all([
    db.prisma.importBatch.aggregate({ where: { organisationId }, _count: { _all: true }, _max: { importedAt: true } }),
    db.prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { updatedAt: true } }),
  ]);
  return `${batches._count._all}:${batches._max.importedAt?.toISOString() ?? '-'}:${organisation.updatedAt.toISOString()}:${calendarVersion()}`;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

function sourceText(records: string, batchIds: string[], batches: Map<string, BatchInfo>): string {
  const byFile = new Map<string, Date[]>();
  for (const id of batchIds) {
    const batch = batches.get(id);
    if (!batch) continue;
    byFile.set(batch.fileName, [...(byFile.get(batch.fileName) ?? []), batch.importedAt]);
  }
  const files = [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, dates]) => {
      const days = [...new Set(dates.map((date) => date.toISOString().slice(0, 10)))].sort();
      return `${file} imported ${days.join(' and ')}`;
    });
  return files.length > 0 ? `${records}; ${files.join(', ')}` : records;
}

interface FigureContext {
  scope: EvidenceScope;
  batches: Map<string, BatchInfo>;
}

function catalogueStandards(scope: EvidenceScope): CatalogueStandards {
  const s = scope.standards;
  return {
    summaryWorkingDays: s.summaryWorkingDays,
    agendaNoticeDays: s.agendaNoticeDays,
    disputeWorkingDays: s.disputeWorkingDays,
    advocateResponseHours: s.advocateResponseHours,
    niSampleCases: s.niSampleCases,
  };
}

/** "review records (planned meetings, debriefs excluded)": how the source line names the records. */
function recordsText(entry: CatalogueEntry): string {
  return entry.recordsDetail ? `${entry.records} (${entry.recordsDetail})` : entry.records;
}

function provenanceOf(context: FigureContext, entry: CatalogueEntry, rows: number, batchIds: readonly string[]): FigureProvenance {
  const batches = [...new Set(batchIds)]
    .map((id) => context.batches.get(id))
    .filter((batch): batch is BatchInfo => batch !== undefined)
    .sort((a, b) => a.fileName.localeCompare(b.fileName) || a.importedAt.getTime() - b.importedAt.getTime() || a.id.localeCompare(b.id))
    .map((batch) => ({ id: batch.id, file: batch.fileName, sha256: batch.sha256, importedAt: batch.importedAt.toISOString() }));
  return {
    records: entry.records,
    ...(entry.recordsDetail ? { recordsDetail: entry.recordsDetail } : {}),
    ...(entry.noun ? { noun: entry.noun.many } : {}),
    rows,
    batches,
  };
}

/** The fields every figure takes from its catalogue entry. */
function catalogued(context: FigureContext, entry: CatalogueEntry): Pick<Figure, 'id' | 'label' | 'catalogueId' | 'subject' | 'better' | 'scale' | 'standardId' | 'topics'> {
  const standards = catalogueStandards(context.scope);
  return {
    id: entry.id,
    label: entry.label(standards),
    catalogueId: entry.id,
    subject: entry.subject(standards),
    better: entry.better,
    ...(entry.scale ? { scale: entry.scale } : {}),
    ...(entry.standardId ? { standardId: entry.standardId } : {}),
    topics: [...entry.topics],
    ...(entry.detail ? { detail: true } : {}),
  };
}

function percentFigure(
  context: FigureContext,
  id: string,
  counts: Bucketed<{ numerator: number; denominator: number; batches: string[] }>,
): Figure {
  const { scope } = context;
  const entry = catalogueEntry(id);
  const noun = entry.noun?.many ?? 'cases';
  const { numerator, denominator } = counts.current;
  const figure: Figure = {
    ...catalogued(context, entry),
    value: denominator > 0 ? round1((numerator / denominator) * 100) : null,
    unit: 'percent',
    numerator,
    denominator,
    period: scope.period.label,
    place: scope.place,
    source: sourceText(`${recordsText(entry)}: ${numerator} of ${denominator} ${noun}, ${scope.period.human}`, counts.current.batches, context.batches),
    provenance: provenanceOf(context, entry, denominator, counts.current.batches),
  };
  if (counts.previous.denominator > 0) figure.previous = round1((counts.previous.numerator / counts.previous.denominator) * 100);
  if (denominator === 0) figure.unavailableReason = `No ${noun} in ${scope.period.human} at ${scope.place}, so there is nothing to take a percentage of.`;
  else if (denominator < SMALL_SAMPLE) figure.smallSample = true;
  return figure;
}

function countFigure(
  context: FigureContext,
  id: string,
  current: number,
  previous: number | undefined,
  batches: string[],
  extra: Partial<Figure> = {},
  /** The records line of the source, when it says more than the catalogue's records. */
  recordsLine?: string,
): Figure {
  const { scope } = context;
  const entry = catalogueEntry(id);
  return {
    ...catalogued(context, entry),
    value: current,
    unit: 'count',
    ...(previous !== undefined ? { previous } : {}),
    period: scope.period.label,
    place: scope.place,
    source: sourceText(`${recordsLine ?? recordsText(entry)}, ${scope.period.human}`, batches, context.batches),
    provenance: provenanceOf(context, entry, current, batches),
    ...extra,
  };
}

function standardsOf(scope: EvidenceScope): Standard[] {
  const s = scope.standards;
  return [
    { id: 'agenda-notice', label: 'Agenda sent in an accessible format before the meeting', value: s.agendaNoticeDays, ...(s.agendaNoticeMaxDays > s.agendaNoticeDays ? { max: s.agendaNoticeMaxDays } : {}), unit: 'days' },
    { id: 'meeting-length', label: 'Longest planned meeting', value: s.meetingMaxMinutes, unit: 'minutes' },
    { id: 'mini-review-length', label: 'Mini-review length', value: 15, max: 30, unit: 'minutes' },
    { id: 'goal-setting-length', label: 'Goal-setting meeting length', value: 30, max: 45, unit: 'minutes' },
    { id: 'summary-deadline', label: 'Meeting summaries sent within', value: s.summaryWorkingDays, unit: 'working days' },
    { id: 'advocate-response', label: 'Advocate involved after a referral within', value: s.advocateResponseHours, unit: 'hours' },
    { id: 'dispute-resolution', label: 'Disagreements resolved within', value: s.disputeWorkingDays, unit: 'working days' },
    { id: 'ni-sampling', label: 'Cases the Nominated Individual samples per service each quarter', value: s.niSampleCases, unit: 'count' },
  ];
}

function assertCovered(scope: EvidenceScope, outside: number, what: string): void {
  if (outside === 0) return;
  const { from, to } = calendarCoverage();
  throw new AppError(
    'CALENDAR_OUT_OF_RANGE',
    `${outside} ${what} in ${scope.previous.human}–${scope.period.human} fall outside the bank-holiday calendar (${formatLongDate(from)} to ${formatLongDate(to)}), so working days cannot be counted; update src/evidence/calendar/uk-bank-holidays.json.`,
  );
}

const LOWER_IS_BETTER = new RegExp(`\\b(?:${LOWER_IS_BETTER_MEASURE_WORDS.join('|')})\\b`, 'i');

/** Outcomes such as "staff prompts needed" improve downwards. */
function lowerIsBetterMeasure(measure: string): boolean {
  return LOWER_IS_BETTER.test(measure);
}

/** Enablement units recorded by providers that a figure keeps; any other is a count. */
const ENABLEMENT_UNITS: Readonly<Record<string, Figure['unit']>> = { ratio: 'ratio', minutes: 'minutes', score: 'score', weeks: 'weeks', months: 'months' };

/** The scale a provider wrote into a score measure, such as "(self-rated 1-5)" or "0 to 10". */
function statedScale(measure: string): { min: number; max: number } | undefined {
  const match = /\b(\d{1,2}) ?(?:to|-|–) ?(\d{1,3})\b/u.exec(measure);
  if (!match) return undefined;
  const [min, max] = [Number(match[1]), Number(match[2])];
  return min < max ? { min, max } : undefined;
}

function enablementGroupId(group: q.EnablementGroup): string {
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const measure = slug(group.measure).split('-').slice(0, 3).join('-');
  return `enablement-${slug(group.domain)}-${measure}-${slug(group.before)}-to-${slug(group.after)}`;
}

/**
 * A consented case example verified before the period is not among the period's outcome groups,
 * so its before → after numbers get a detail figure of their own, dated by the month it was
 * verified: an answer can then quote them and say when.
 */
function caseFigures(context: FigureContext, examples: readonly CaseExample[], figures: readonly Figure[]): Figure[] {
  const entry = catalogueEntry('enablement-case');
  const numeric = (text: string) => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
  return examples
    .filter((example) => !figures.some((figure) => figure.outcome?.domain === example.domain && figure.outcome.before === example.before && figure.outcome.after === example.after))
    .map((example) => {
      const unit = ENABLEMENT_UNITS[example.unit] ?? 'count';
      const month = example.verifiedOn.slice(0, 7);
      const slug = `${example.domain}-${example.measure}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
      return {
        ...catalogued(context, entry),
        id: `case-${slug}-${month}`,
        label: `${example.measure}: before and after, verified ${formatLongDate(example.verifiedOn).replace(/^\d+ /, '')}`,
        subject: lowerFirst(example.measure),
        better: unit === 'ratio' || lowerIsBetterMeasure(example.measure) ? ('lower' as const) : ('higher' as const),
        ...(unit === 'score' && statedScale(example.measure) ? { scale: statedScale(example.measure) } : {}),
        value: unit === 'ratio' ? example.after : numeric(example.after),
        previous: unit === 'ratio' ? example.before : numeric(example.before),
        unit,
        period: month,
        place: example.service,
        source: `enablement records (shared with consent): one person, verified ${example.verifiedOn}`,
        provenance: provenanceOf(context, entry, 1, []),
        outcome: { domain: example.domain, measure: example.measure, before: example.before, after: example.after, people: 1 },
      };
    });
}

/**
 * A logged referral or disagreement as an example, with its one number as a figure of its own:
 * dated to its month, placed at its service, and traced to the row it came from.
 */
function recordExample(context: FigureContext, record: LoggedRecord, batches: Map<string, BatchInfo>): RecordExample {
  const month = (record.kind === 'advocate-referral' ? record.referredOn : record.loggedOn).slice(0, 7);
  const slug = record.ref.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const batch = batches.get(record.batchId);
  const provenance: FigureProvenance = {
    ...provenanceOf({ ...context, batches }, catalogueEntry(record.kind === 'advocate-referral' ? 'advocate-referral-case' : 'disagreement-case'), 1, [record.batchId]),
    ...(batch ? { batches: [{ id: batch.id, file: batch.fileName, sha256: batch.sha256, importedAt: batch.importedAt.toISOString(), rows: { first: record.sourceRow, last: record.sourceRow } }] } : {}),
  };
  const common = (entryId: string) => ({ ...catalogued(context, catalogueEntry(entryId)), period: month, place: record.service, provenance });
  if (record.kind === 'advocate-referral') {
    const standard = context.scope.standards.advocateResponseHours;
    const advocate = ADVOCATE_TYPE_WORDS[record.advocateType]?.one ?? 'advocate';
    const hours = record.hours!;
    // Under an hour and a half the minutes are the honest number: "0 hours" reads as a slip.
    const inMinutes = hours < 1.5;
    const value = inMinutes ? Math.max(1, Math.round(hours * 60)) : Math.round(hours);
    const figure: Figure = {
      ...common('advocate-referral-case'),
      id: `referral-example-${slug}`,
      // The unit is left out of the label: "hours" and "working days" would make the example what
      // any sentence stating the standard is about.
      label: `${advocate[0]!.toUpperCase()}${advocate.slice(1)} referral made on ${formatLongDate(record.referredOn)}: time until the ${advocate} was involved`,
      subject: `time from referral to the ${advocate} being involved`,
      value,
      unit: inMinutes ? 'minutes' : 'hours',
      source: sourceText(`advocate referral records: referral ${record.ref}`, [record.batchId], batches),
    };
    return {
      kind: 'advocate-referral',
      service: record.service,
      advocateType: record.advocateType,
      trigger: record.trigger,
      referredOn: record.referredOn,
      withinStandard: hours <= standard,
      ...(record.advocateAtReview ? { advocateAtReview: record.advocateAtReview } : {}),
      ...(record.outcome ? { outcome: record.outcome } : {}),
      figure,
    };
  }
  const days = record.workingDays!;
  const figure: Figure = {
    ...common('disagreement-case'),
    id: `disagreement-example-${slug}`,
    label: `Disagreement first raised on ${formatLongDate(record.loggedOn)}: time taken to settle it`,
    subject: 'time taken to settle the disagreement',
    value: days,
    unit: 'working days',
    source: sourceText(`disagreement log: entry ${record.ref}`, [record.batchId], batches),
  };
  return {
    kind: 'disagreement',
    service: record.service,
    topic: record.topic,
    level: record.level,
    loggedOn: record.loggedOn,
    ...(record.resolvedOn ? { resolvedOn: record.resolvedOn } : {}),
    withinStandard: days <= context.scope.standards.disputeWorkingDays,
    ...(record.outcome ? { outcome: record.outcome } : {}),
    figure,
  };
}

export async function computeFigures(options: ComputeFiguresOptions): Promise<FiguresResult> {
  const { db } = options;
  const scope = await resolveScope(options);
  if (options.useCache === false) return computeForScope(options, scope);
  let cache = resultCaches.get(db);
  if (!cache) resultCaches.set(db, (cache = new LruCache(100)));
  const key = JSON.stringify([scope.organisation.id, scope.period.label, scope.services.map((service) => service.id), options.cases ?? 0, await dataVersion(db, scope.organisation.id)]);
  let result = cache.get(key);
  if (!result) {
    result = computeForScope(options, scope);
    cache.set(key, result);
    result.catch(() => cache.delete(key));
  }
  return structuredClone(await result);
}

async function computeForScope(options: ComputeFiguresOptions, scope: EvidenceScope): Promise<FiguresResult> {
  const { db } = options;
  await ensureWorkingDayCalendar(db);
  // Reviews are read once for every figure, practice and breakdown that counts them, from the
  // per-service monthly roll-ups when they cover the period (review-rollup.ts); every other record
  // table in one statement beside it (records-pass.ts). On PostgreSQL the two run at once; PGlite
  // has one connection and answers one statement at a time, and sending both at once measured
  // slower there than in turn (bench/figures.bench.ts).
  // The practice library depends on the scope alone: on PostgreSQL it is read beside the passes,
  // not after them; on PGlite that measured slower than in turn, as for the passes.
  const declaredBeside = db.kind === 'postgresql' ? computeDeclaredPractices({ db, scope }) : undefined;
  declaredBeside?.catch(() => undefined);
  const [reviewPass, records] =
    db.kind === 'postgresql'
      ? await Promise.all([queryReviewRollupPass(db, scope), queryRecordsPass(db, scope)])
      : [await queryReviewRollupPass(db, scope), await queryRecordsPass(db, scope)];
  const { counts: reviews, cadence, previousCadence } = reviewPass;
  const { actions, feedback, changes, disputes, referrals, enablement, groups, sampling, previousSampling, latestSampling, yearSampling } = records;
  const breakdowns = breakdownsFrom(records.breakdowns, reviewPass.breakdowns);
  assertCovered(scope, reviews.current.outsideCalendar + reviews.previous.outsideCalendar, 'review dates');
  assertCovered(scope, disputes.current.outsideCalendar + disputes.previous.outsideCalendar, 'disagreement dates');

  const allBatchIds = [
    ...reviews.current.batches,
    ...reviews.current.participantBatches,
    ...actions.current.batches,
    ...feedback.current.batches,
    ...changes.current.batches,
    ...disputes.current.batches,
    ...referrals.current.batches,
    ...enablement.current.batches,
    ...cadence.batches,
    ...sampling.batches,
    ...breakdowns.supporterModes.batches,
  ];
  const practiceBatchIds = [...records.disagreementPractice.batches, ...records.changePractice.batches, ...reviewPass.practice.batches, ...reviewPass.practice.participantBatches];
  const [batches, declaredPractices] = await Promise.all([q.queryBatches(db, [...new Set([...allBatchIds, ...practiceBatchIds])]), declaredBeside ?? computeDeclaredPractices({ db, scope })]);
  const context: FigureContext = { scope, batches };
  const pick = <T>(bucketed: Bucketed<T>, map: (value: T) => { numerator: number; denominator: number; batches: string[] }) => ({
    current: map(bucketed.current),
    previous: map(bucketed.previous),
  });
  const reviewBatches = (counts: q.ReviewCounts) => [...counts.batches, ...counts.participantBatches];

  const figures: Figure[] = [
    percentFigure(
      context,
      'participation',
      pick(reviews, (c) => ({ numerator: c.involved, denominator: c.reviews, batches: reviewBatches(c) })),
    ),
    percentFigure(
      context,
      'participation-family',
      pick(reviews, (c) => ({ numerator: c.family, denominator: c.reviews, batches: reviewBatches(c) })),
    ),
    percentFigure(
      context,
      'participation-advocate',
      pick(reviews, (c) => ({ numerator: c.advocate, denominator: c.reviews, batches: reviewBatches(c) })),
    ),
    percentFigure(
      context,
      'summaries-on-time',
      pick(reviews, (c) => ({ numerator: c.summariesOnTime, denominator: c.reviews, batches: c.batches })),
    ),
    percentFigure(
      context,
      'summaries-within-10',
      pick(reviews, (c) => ({ numerator: c.summariesWithin10, denominator: c.reviews, batches: c.batches })),
    ),
    percentFigure(
      context,
      'actions-on-time',
      pick(actions, (c) => ({ numerator: c.closedOnTime, denominator: c.due, batches: c.batches })),
    ),
    percentFigure(
      context,
      'agenda-notice',
      pick(reviews, (c) => ({ numerator: c.agendaOnTime, denominator: c.planned, batches: c.batches })),
    ),
    percentFigure(
      context,
      'accessible-formats',
      pick(reviews, (c) => ({ numerator: c.formatUsed, denominator: c.formatNeeded, batches: c.batches })),
    ),
  ];

  const fc = feedback.current;
  const feelInvolved: Figure = {
    ...catalogued(context, catalogueEntry('feel-involved')),
    value: fc.scored > 0 ? round2(fc.scoreSum / fc.scored) : null,
    unit: 'score',
    denominator: fc.scored,
    period: scope.period.label,
    place: scope.place,
    source: sourceText(`feedback records: ${fc.scored} scored responses, ${scope.period.human}`, fc.batches, context.batches),
    provenance: provenanceOf(context, catalogueEntry('feel-involved'), fc.scored, fc.batches),
    ...(feedback.previous.scored > 0 ? { previous: round2(feedback.previous.scoreSum / feedback.previous.scored) } : {}),
    ...(fc.scored === 0 ? { unavailableReason: `No "I feel involved" scores in ${scope.period.human} at ${scope.place}.` } : fc.scored < SMALL_SAMPLE ? { smallSample: true } : {}),
  };
  figures.push(
    feelInvolved,
    percentFigure(
      context,
      'feel-involved-agree',
      pick(feedback, (c) => ({ numerator: c.agree, denominator: c.scored, batches: c.batches })),
    ),
    countFigure(
      context,
      'involvement-compliments',
      fc.inclusionCompliments,
      feedback.previous.inclusionCompliments,
      fc.batches,
      {},
      'feedback records tagged feeling-included',
    ),
    countFigure(
      context,
      'changes-from-feedback',
      changes.current.verified,
      changes.previous.verified,
      changes.current.batches,
      { numerator: changes.current.verified, denominator: changes.current.made },
      `change records: ${changes.current.verified} of ${changes.current.made} changes made were verified`,
    ),
    countFigure(
      context,
      'enablement-verified',
      enablement.current.verified,
      enablement.previous.verified,
      enablement.current.batches,
    ),
  );
  for (const group of groups) {
    const measure = `${group.measure} (${group.domain.replace(/-/g, ' ')})`;
    const id = enablementGroupId(group);
    const numeric = (text: string) => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
    const measureEntry = catalogueEntry('enablement-measure');
    const better = group.unit === 'ratio' || lowerIsBetterMeasure(group.measure) ? 'lower' : 'higher';
    const outcome = { domain: group.domain, measure: group.measure, before: group.before, after: group.after, people: group.people };
    const peopleLabel = `People whose ${measure} went from ${group.before} to ${group.after}`;
    figures.push(
      {
        ...catalogued(context, measureEntry),
        id,
        label: `${measure}: before and after, verified`,
        subject: lowerFirst(group.measure),
        better,
        ...(group.unit === 'score' && statedScale(group.measure) ? { scale: statedScale(group.measure) } : {}),
        value: group.unit === 'ratio' ? group.after : numeric(group.after),
        previous: group.unit === 'ratio' ? group.before : numeric(group.before),
        unit: ENABLEMENT_UNITS[group.unit] ?? 'count',
        period: scope.period.label,
        place: scope.place,
        source: sourceText(`enablement records (shared with consent): ${group.people} ${group.people === 1 ? 'person' : 'people'} verified ${scope.period.human}`, group.batches, context.batches),
        provenance: provenanceOf(context, measureEntry, group.people, group.batches),
        outcome,
      },
      countFigure(context, 'enablement-people', group.people, undefined, group.batches, {
        id: `${id}-people`,
        label: peopleLabel,
        subject: lowerFirst(`People whose ${group.measure} went from ${group.before} to ${group.after}`),
        outcome,
      }),
    );
  }
  figures.push(
    percentFigure(
      context,
      'disputes-resolved',
      pick(disputes, (c) => ({ numerator: c.resolvedInTime, denominator: c.logged, batches: c.batches })),
    ),
    percentFigure(
      context,
      'advocate-response',
      pick(referrals, (c) => ({ numerator: c.involvedInTime, denominator: c.referred, batches: c.batches })),
    ),
    percentFigure(
      context,
      'cadence',
      { current: { numerator: cadence.monthlyAndDeepDive, denominator: cadence.people, batches: cadence.batches }, previous: { numerator: previousCadence.monthlyAndDeepDive, denominator: previousCadence.people, batches: [] } },
    ),
    percentFigure(
      context,
      'cadence-monthly',
      { current: { numerator: cadence.monthly, denominator: cadence.people, batches: cadence.batches }, previous: { numerator: previousCadence.monthly, denominator: previousCadence.people, batches: [] } },
    ),
  );
  const quartersText = samplingQuarters(scope.period).map((quarter) => quarter.human).join(', ');
  figures.push({
    ...catalogued(context, catalogueEntry('ni-sampling')),
    value: sampling.servicesMeeting,
    unit: 'count',
    numerator: sampling.servicesMeeting,
    denominator: sampling.services,
    previous: previousSampling.servicesMeeting,
    period: scope.period.label,
    place: scope.place,
    source: sourceText(`governance sampling records: ${sampling.casesSampled} cases sampled by the NI across ${sampling.services} services, ${quartersText}`, sampling.batches, context.batches),
    provenance: provenanceOf(context, catalogueEntry('ni-sampling'), sampling.services, sampling.batches),
    ...(sampling.servicesWithAnySample === 0 ? { samplingRecorded: false } : { samplingRecorded: true }),
  });
  // Over several quarters a service counts only if the NI met the standard in each one, so the
  // last quarter is given on its own too: "1 of 4 services in every quarter of the year, and 4 of
  // 4 in Q3" says where sampling stands now without contradicting a quarter's answer.
  const quarters = samplingQuarters(scope.period);
  const latestQuarter = quarters.at(-1);
  if (quarters.length > 1 && latestQuarter && latestSampling.servicesWithAnySample > 0) {
    figures.push({
      ...catalogued(context, catalogueEntry('ni-sampling-latest')),
      value: latestSampling.servicesMeeting,
      unit: 'count',
      numerator: latestSampling.servicesMeeting,
      denominator: latestSampling.services,
      period: latestQuarter.label,
      place: scope.place,
      source: sourceText(`governance sampling records: ${latestSampling.casesSampled} cases sampled by the NI across ${latestSampling.services} services, ${latestQuarter.human}`, latestSampling.batches, context.batches),
      provenance: provenanceOf(context, catalogueEntry('ni-sampling-latest'), latestSampling.services, latestSampling.batches),
    });
  }
  // A quarter's answer shows the quarter's sampling; beside it, how many services kept it up in
  // every quarter of the year to it, so "4 of 4 in Q3" cannot hide that most missed it earlier.
  // Only when the records reach back over the whole year: before that a missed quarter is no data.
  const yearQuarters = samplingYearQuarters(scope.period);
  const yearStart = yearQuarters[0]?.start;
  if (yearStart && records.firstReviewOn && records.firstReviewOn <= yearStart && yearSampling.servicesWithAnySample > 0) {
    const year = twelveMonthsTo(scope.period);
    figures.push({
      ...catalogued(context, catalogueEntry('ni-sampling-year')),
      value: yearSampling.servicesMeeting,
      unit: 'count',
      numerator: yearSampling.servicesMeeting,
      denominator: yearSampling.services,
      period: year.label,
      place: scope.place,
      source: sourceText(`governance sampling records: ${yearSampling.casesSampled} cases sampled by the NI across ${yearSampling.services} services, ${yearQuarters.map((quarter) => quarter.human).join(', ')}`, yearSampling.batches, context.batches),
      provenance: provenanceOf(context, catalogueEntry('ni-sampling-year'), yearSampling.services, yearSampling.batches),
    });
  }

  figures.push(
    ...detailFigures(breakdowns, {
      count: (id, value, batches, extra, recordsLine) => {
        const { unit, ...rest } = extra;
        return { ...countFigure(context, id, value, undefined, batches, rest, recordsLine), ...(unit ? { unit } : {}) };
      },
      percent: (id, numerator, denominator, batches) => percentFigure(context, id, { current: { numerator, denominator, batches }, previous: { numerator: 0, denominator: 0, batches: [] } }),
    }),
  );

  // A previous period that ends before the first imported review has no data, not zeros.
  const dataStart = records.firstReviewOn;
  if (!dataStart || scope.previous.end < dataStart) for (const figure of figures) delete figure.previous;

  const result: FiguresResult = {
    organisation: { slug: scope.organisation.slug, name: scope.organisation.name, bidderName: scope.organisation.bidderName },
    period: scope.period,
    previousPeriod: scope.previous,
    services: scope.services.map((service) => ({ ref: service.ref, name: service.name, locality: service.locality })),
    place: scope.place,
    generatedAt: (options.now ?? new Date()).toISOString(),
    figures,
    standards: standardsOf(scope),
    practices: await computePracticeProfile({
      db,
      scope,
      cadence,
      sampling,
      reviews: reviewPass.practice,
      disagreements: records.disagreementPractice,
      changes: records.changePractice,
      batches,
    }),
    declaredPractices,
  };
  Object.assign(result, await addFreshness(db, { figures: result.figures, practices: result.practices }, scope.period.end));
  if (options.cases && options.cases > 0) {
    result.caseExamples = await selectCaseExamples({ db, scope, limit: options.cases });
    result.figures.push(...caseFigures(context, result.caseExamples, figures));
    const logged = await selectLoggedRecords(db, scope, options.cases);
    const loggedBatches = await q.queryBatches(db, [...new Set(logged.map((record) => record.batchId))]);
    result.recordExamples = logged.map((record) => recordExample(context, record, loggedBatches));
  }
  return result;
}

