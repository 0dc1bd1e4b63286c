/**
 * Every count the figures take from record tables other than reviews, in one statement: actions,
 * feedback, changes, disagreements, referrals, enablement (totals and groups), NI sampling for
 * both periods (and, for a quarter, the year to it), the breakdowns of referrals and disagreements, the practice profile's
 * disagreement and change counts, and the date of the first review. Each used to be a query of
 * its own, and each query a round trip (bench/figures.bench.ts); the SQL of each is the same
 * text its query on its own sends (figure-queries.ts, practice-queries.ts, breakdown-queries.ts),
 * so the results are the same, field for field (test/evidence/records-pass.test.ts). Actions and
 * feedback, the largest of them, are read from their monthly roll-ups when both periods start and
 * end on month boundaries (record-rollup.ts): the statement also says whether those were current,
 * and when they were not, the marked months are rebuilt and the statement sent again.
 */
import type { Database } from '../data/database.js';
import { RECORD_BREAKDOWN_SQL, type RecordBreakdownRows } from './breakdown-queries.js';
import { regionEnum } from './ensure-working-day-calendar.js';
import type { EvidenceScope } from './evidence-scope.js';
import * as q from './figure-queries.js';
import { samplingQuarters, samplingYearQuarters } from './period.js';
import { CHANGE_PRACTICE_SQL, DISAGREEMENT_PRACTICE_SQL, readChangePractice, readDisagreementPractice, type ChangePractice, type DisagreementPractice } from './practice-queries.js';
import { ACTION_ROLLUP_SQL, FEEDBACK_ROLLUP_SQL, RECORD_ROLLUP_FRESH_SQL, recordRollupCovers, refreshRecordRollupsWithin } from './record-rollup.js';
import { queryPrepared } from './prepared-query.js';
import { bindNames, type Row } from './sql-row.js';

export interface RecordsPass {
  actions: q.Bucketed<typeof q.ACTION_SHAPE>;
  feedback: q.Bucketed<typeof q.FEEDBACK_SHAPE>;
  changes: q.Bucketed<typeof q.CHANGE_SHAPE>;
  disputes: q.Bucketed<typeof q.DISPUTE_SHAPE>;
  referrals: q.Bucketed<typeof q.REFERRAL_SHAPE>;
  enablement: q.Bucketed<typeof q.ENABLEMENT_SHAPE>;
  groups: q.EnablementGroup[];
  sampling: q.SamplingCounts;
  previousSampling: q.SamplingCounts;
  /** The period's last quarter on its own: over a year, what the NI did most recently. */
  latestSampling: q.SamplingCounts;
  /** For a quarter, the four quarters ending with it: whether the NI kept it up all year. */
  yearSampling: q.SamplingCounts;
  breakdowns: RecordBreakdownRows;
  disagreementPractice: DisagreementPractice;
  changePractice: ChangePractice;
  /** The organisation's first review (YYYY-MM-DD), whatever the scope. */
  firstReviewOn: string | undefined;
}

/** Parameter numbers of the one statement (the values are in the same order in recordsParams). */
const NUMBERS = {
  org: 1,
  services: 2,
  start: 3,
  previousStart: 4,
  end: 5,
  region: 6,
  disputeDays: 7,
  advocateHours: 8,
  niCases: 9,
  sampleSets: 10,
  quarterLabels: 11,
  quarterStarts: 12,
  quarterEnds: 13,
} as const;

/** The sets of quarters NI sampling is counted over, by the name the statement gives each set's row. */
function samplingSets(scope: EvidenceScope): Record<'sampling' | 'previousSampling' | 'latestSampling' | 'yearSampling', { label: string; start: string; end: string }[]> {
  const quarters = samplingQuarters(scope.period);
  return { sampling: quarters, previousSampling: samplingQuarters(scope.previous), latestSampling: quarters.slice(-1), yearSampling: samplingYearQuarters(scope.period) };
}

function recordsParams(scope: EvidenceScope): unknown[] {
  const entries = Object.entries(samplingSets(scope)).flatMap(([set, quarters]) => quarters.map((quarter) => ({ set, ...quarter })));
  return [
    scope.organisation.id,
    scope.services.map((service) => service.id),
    scope.period.start,
    scope.previous.start,
    scope.period.end,
    regionEnum(scope.organisation.region),
    scope.standards.disputeWorkingDays,
    scope.standards.advocateResponseHours,
    scope.standards.niSampleCases,
    entries.map((entry) => entry.set),
    entries.map((entry) => entry.label),
    entries.map((entry) => entry.start),
    entries.map((entry) => entry.end),
  ];
}

/** Each part: its SQL bound to the statement's numbers, and the order of its rows when it has one. */
function partsOf(rollups: boolean): Record<string, { sql: string; orderBy?: string }> {
  return {
    actions: { sql: bindNames(rollups ? ACTION_ROLLUP_SQL : q.ACTION_COUNTS_SQL, NUMBERS) },
    feedback: { sql: bindNames(rollups ? FEEDBACK_ROLLUP_SQL : q.FEEDBACK_COUNTS_SQL, NUMBERS) },
    changes: { sql: bindNames(q.CHANGE_COUNTS_SQL, NUMBERS) },
    disputes: { sql: bindNames(q.DISPUTE_COUNTS_SQL, NUMBERS) },
    referrals: { sql: bindNames(q.REFERRAL_COUNTS_SQL, NUMBERS) },
    enablement: { sql: bindNames(q.ENABLEMENT_COUNTS_SQL, NUMBERS) },
    // The same order as the query on its own: most people first, then domain, measure, before, after.
    groups: { sql: bindNames(q.ENABLEMENT_GROUPS_SQL, NUMBERS), orderBy: 'x."people" DESC, x.domain, x.measure, x."before", x."after"' },
    // Every set of quarters at once, a row each: the year's quarters hold the others' for a quarter.
    sampling: { sql: bindNames(q.SAMPLING_SQL, NUMBERS) },
    triggers: { sql: bindNames(RECORD_BREAKDOWN_SQL.triggers, NUMBERS) },
    types: { sql: bindNames(RECORD_BREAKDOWN_SQL.types, NUMBERS) },
    clock: { sql: bindNames(RECORD_BREAKDOWN_SQL.clock, NUMBERS) },
    levels: { sql: bindNames(RECORD_BREAKDOWN_SQL.levels, NUMBERS) },
    disagreementPractice: { sql: bindNames(DISAGREEMENT_PRACTICE_SQL, NUMBERS) },
    changePractice: { sql: bindNames(CHANGE_PRACTICE_SQL, NUMBERS) },
    // The (organisation_id, held_on) index answers this without reading the reviews.
    firstReview: { sql: `SELECT to_char(min(r.held_on), 'YYYY-MM-DD') AS "on" FROM review r WHERE r.organisation_id = $1::uuid` },
  };
}

/** One row, one column per part: that part's rows as JSON text; from the roll-ups, also whether they were current. */
function recordsSql(rollups: boolean): string {
  const parts = Object.entries(partsOf(rollups)).map(
    ([name, part]) => `(SELECT json_agg(x${part.orderBy ? ` ORDER BY ${part.orderBy}` : ''}) FROM (${part.sql}) x)::text AS "${name}"`,
  );
  if (rollups) parts.unshift(`${bindNames(RECORD_ROLLUP_FRESH_SQL, NUMBERS)} AS "fresh"`);
  return `SELECT ${parts.join(',\n  ')}`;
}

const RECORDS_SQL = recordsSql(false);
const RECORDS_ROLLUP_SQL = recordsSql(true);

const parsed = (value: unknown): Row[] => {
  const rows: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(rows) ? (rows as Row[]) : [];
};

/** `rollups: false` reads actions and feedback from their rows whatever the period (the benchmark times both). */
export async function queryRecordsPass(db: Database, scope: EvidenceScope, options: { rollups?: boolean } = {}): Promise<RecordsPass> {
  const params = recordsParams(scope);
  let row: Row;
  if (options.rollups === false || !recordRollupCovers(scope)) row = (await db.prisma.$queryRawUnsafe<Row[]>(RECORDS_SQL, ...params))[0] ?? {};
  else {
    // Most reads find the roll-ups current: one statement. Otherwise rebuild what is marked, then
    // read, in one transaction.
    row = (await queryPrepared(db, RECORDS_ROLLUP_SQL, params))[0] ?? {};
    if (row.fresh !== true && row.fresh !== 't') {
      const [again] = await db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('SET LOCAL jit = off');
        await refreshRecordRollupsWithin(tx, scope.organisation.id, scope.previous.start, scope.period.end);
        return tx.$queryRawUnsafe<Row[]>(RECORDS_ROLLUP_SQL, ...params);
      }, { timeout: 300_000, maxWait: 60_000 });
      row = again ?? {};
    }
  }
  const part = (name: string) => parsed(row[name]);
  const first = part('firstReview')[0]?.on;
  const sampled = (set: keyof ReturnType<typeof samplingSets>) => q.readSampling(part('sampling').find((entry) => entry.set === set) ?? {});
  return {
    actions: q.bucket(part('actions'), q.ACTION_SHAPE),
    feedback: q.bucket(part('feedback'), q.FEEDBACK_SHAPE),
    changes: q.bucket(part('changes'), q.CHANGE_SHAPE),
    disputes: q.bucket(part('disputes'), q.DISPUTE_SHAPE),
    referrals: q.bucket(part('referrals'), q.REFERRAL_SHAPE),
    enablement: q.bucket(part('enablement'), q.ENABLEMENT_SHAPE),
    groups: q.readEnablementGroups(part('groups')),
    sampling: sampled('sampling'),
    previousSampling: sampled('previousSampling'),
    latestSampling: sampled('latestSampling'),
    yearSampling: sampled('yearSampling'),
    breakdowns: { triggers: part('triggers'), types: part('types'), clock: part('clock'), levels: part('levels') },
    disagreementPractice: readDisagreementPractice(part('disagreementPractice')[0] ?? {}),
    changePractice: readChangePractice(part('changePractice')[0] ?? {}),
    firstReviewOn: typeof first === 'string' ? first : undefined,
  };
}
