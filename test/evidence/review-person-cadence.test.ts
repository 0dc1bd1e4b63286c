/**
 * Cadence reads one kept row per person (review_person_cadence): their months with a mini-review
 * or deep-dive, their deep-dive quarters and the batches behind each month, as bit strings. The
 * roll-up reader rebuilds the rows of the people whose months it rebuilds. After every kind of
 * write (a first import, an update by id that moves and retypes reviews, a re-import that puts
 * them back, a person moved to another service, reviews deleted outside an import, a person
 * deleted with their reviews) and the reader's rebuild of what the writes marked, the kept rows
 * must equal a recount from the reviews, made here in plain code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../src/data/import/import-files.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { resolveScope } from '../../src/evidence/evidence-scope.js';
import { refreshReviewRollups } from '../../src/evidence/review-rollup.js';
import { editedFixtureFile, readFixtureFiles } from '../support/fixture-files.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');

interface CadenceRow {
  person: string;
  firstMonth: number;
  months: string;
  firstQuarter: number;
  deepDiveQuarters: string;
  batches: Record<string, string>;
}

const monthNumber = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth() + 1;
const quarterOf = (month: number) => Math.floor((month - 1) / 3);
const bits = (from: number, to: number, set: Set<number>) => Array.from({ length: to - from + 1 }, (_, index) => (set.has(from + index) ? '1' : '0')).join('');

/** What each person's row should hold, counted from the reviews themselves. */
async function recount(db: Database): Promise<CadenceRow[]> {
  const reviews = await db.prisma.review.findMany({ where: { type: { in: ['mini-review', 'deep-dive'] } }, select: { personId: true, type: true, heldOn: true, batchId: true } });
  const people = new Map<string, { months: Set<number>; deepDives: Set<number>; batches: Map<string, Set<number>> }>();
  for (const review of reviews) {
    const person = people.get(review.personId) ?? { months: new Set(), deepDives: new Set(), batches: new Map() };
    people.set(review.personId, person);
    const month = monthNumber(review.heldOn);
    person.months.add(month);
    if (review.type === 'deep-dive') person.deepDives.add(quarterOf(month));
    person.batches.set(review.batchId, (person.batches.get(review.batchId) ?? new Set()).add(month));
  }
  return [...people].map(([person, { months, deepDives, batches }]) => {
    const first = Math.min(...months);
    const last = Math.max(...months);
    return {
      person,
      firstMonth: first,
      months: bits(first, last, months),
      firstQuarter: quarterOf(first),
      deepDiveQuarters: bits(quarterOf(first), quarterOf(last), deepDives),
      batches: Object.fromEntries([...batches].map(([batch, within]) => [batch, bits(first, last, within)])),
    };
  });
}

async function keptRows(db: Database): Promise<CadenceRow[]> {
  const rows = await db.prisma.$queryRawUnsafe<{ person: string; first_month: number; months: string; first_quarter: number; deep_dive_quarters: string; batch_ids: string[]; batch_months: string[] }[]>(
    `SELECT person_id::text AS person, first_month, months::text AS months, first_quarter, deep_dive_quarters::text AS deep_dive_quarters,
       batch_ids::text[] AS batch_ids, batch_months::text[] AS batch_months
     FROM review_person_cadence`,
  );
  return rows.map((row) => ({
    person: row.person,
    firstMonth: Number(row.first_month),
    months: row.months,
    firstQuarter: Number(row.first_quarter),
    deepDiveQuarters: row.deep_dive_quarters,
    batches: Object.fromEntries(row.batch_ids.map((batch, index) => [batch, row.batch_months[index]!])),
  }));
}

const byPerson = (rows: CadenceRow[]) => [...rows].sort((a, b) => a.person.localeCompare(b.person));

/** The reader rebuilds every marked month (as figures for any period would), then the rows must equal the recount. */
async function expectRowsInStep(db: Database): Promise<void> {
  const { organisation } = await resolveScope({ db, period: '2026-Q2' });
  await refreshReviewRollups(db, organisation, '1900-01-01', '2999-12-31');
  const expected = byPerson(await recount(db));
  expect(expected.length).toBeGreaterThan(0);
  expect(byPerson(await keptRows(db))).toEqual(expected);
}

describe.each(DATABASE_KINDS)('kept cadence rows on %s', (kind) => {
  let db: Database;
  let fixture: ImportFileInput[];
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    fixture = await readFixtureFiles('fixtures/provider');
  });
  afterAll(async () => {
    await db.close();
  });

  it('equal a recount after the first import, also when a figures read rebuilt part of them first', async () => {
    await importFiles({ db, files: fixture, now: NOW });
    await computeFigures({ db, period: '2026-Q2', useCache: false, now: NOW });
    await expectRowsInStep(db);
  });

  it('equal a recount after an update by id that moves a deep-dive to another quarter and turns a mini-review into a debrief', async () => {
    const files = editedFixtureFile(fixture, 'reviews.csv', (text) =>
      text
        .replace(/^R-00001,P-0011,deep-dive,01\/04\/2025,53,key-worker,,,yes,07\/04\/2025/m, 'R-00001,P-0011,deep-dive,01/07/2025,53,key-worker,,,yes,07/07/2025')
        .replace(/^R-00002,P-0017,mini-review,/m, 'R-00002,P-0017,debrief,'),
    );
    expect(files[0]!.content.toString('utf8')).not.toBe(fixture.find((file) => file.name === 'reviews.csv')!.content.toString('utf8'));
    const before = byPerson(await keptRows(db));
    expect((await importFiles({ db, files, now: NOW })).rejected).toBe(false);
    await expectRowsInStep(db);
    expect(byPerson(await keptRows(db))).not.toEqual(before);
  });

  it('equal a recount after re-importing the first file, whose rows then cite it again', async () => {
    expect((await importFiles({ db, files: fixture.filter((file) => file.name === 'reviews.csv'), now: NOW })).rejected).toBe(false);
    await expectRowsInStep(db);
  });

  it('equal a recount after a person moves service and reviews are deleted outside an import', async () => {
    const people = editedFixtureFile(fixture, 'people.csv', (text) => text.replace(/^P-0011,[^,]+,/m, 'P-0011,S-AB,'));
    expect((await importFiles({ db, files: people, now: NOW })).rejected).toBe(false);
    await expectRowsInStep(db);

    // Every review of one person in one month: the person's months shrink, and may start later.
    const first = await db.prisma.review.findFirstOrThrow({ where: { type: 'mini-review' }, orderBy: { heldOn: 'asc' }, select: { personId: true, heldOn: true } });
    const gone = await db.prisma.review.findMany({ where: { personId: first.personId, heldOn: { lte: new Date(first.heldOn.getTime() + 31 * 86_400_000) } }, select: { id: true } });
    await db.prisma.participant.deleteMany({ where: { reviewId: { in: gone.map((review) => review.id) } } });
    await db.prisma.action.deleteMany({ where: { reviewId: { in: gone.map((review) => review.id) } } });
    await db.prisma.review.deleteMany({ where: { id: { in: gone.map((review) => review.id) } } });
    await expectRowsInStep(db);
  });

  it('drop the row of a person whose reviews are all deleted', async () => {
    const person = await db.prisma.person.findFirstOrThrow({ where: { reviews: { some: { type: 'deep-dive' } } }, select: { id: true } });
    const reviews = await db.prisma.review.findMany({ where: { personId: person.id }, select: { id: true } });
    await db.prisma.participant.deleteMany({ where: { reviewId: { in: reviews.map((review) => review.id) } } });
    await db.prisma.action.deleteMany({ where: { reviewId: { in: reviews.map((review) => review.id) } } });
    await db.prisma.review.deleteMany({ where: { personId: person.id } });
    await expectRowsInStep(db);
    expect((await keptRows(db)).some((row) => row.person === person.id)).toBe(false);
  });
});
