/**
 * Every batch keeps its extent (first and last source row, latest record date) per record table,
 * kept by triggers so freshness need not scan every row of every batch. Whatever writes records,
 * a kept extent that is not marked stale must equal what the rows say, and the freshness reader
 * must give what a count from the rows gives: checked after a first import, an update by id that
 * moves a review to another date (and so its participants), an unchanged re-import of the first
 * file (rows cite it again), and rows deleted outside the import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../src/data/import/import-files.js';
import { countBatchExtents, queryBatchExtents, type BatchExtent } from '../../src/evidence/figure-freshness.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');

interface Kept {
  batch: string;
  table: string;
  extent: BatchExtent | null;
  stale: boolean;
}

async function allBatchIds(db: Database): Promise<string[]> {
  return (await db.prisma.importBatch.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((batch) => batch.id);
}

/** The extents as the triggers left them, without the reader's recount. */
async function keptExtents(db: Database): Promise<Kept[]> {
  const rows = await db.prisma.batchExtent.findMany({ orderBy: [{ batchId: 'asc' }, { tableName: 'asc' }] });
  return rows.map((row) => ({
    batch: row.batchId,
    table: row.tableName,
    stale: row.stale,
    extent:
      row.firstRow === null || row.lastRow === null
        ? null
        : { firstRow: row.firstRow, lastRow: row.lastRow, ...(row.latestOn ? { latestRecordOn: row.latestOn.toISOString().slice(0, 10) } : {}) },
  }));
}

/** Every kept extent not marked stale equals the count from the rows; returns the stale batches. */
async function expectKeptInStep(db: Database): Promise<string[]> {
  const counted = await countBatchExtents(db, await allBatchIds(db));
  const kept = await keptExtents(db);
  for (const entry of kept.filter((candidate) => !candidate.stale && candidate.table !== '')) {
    expect({ batch: entry.batch, extent: entry.extent ?? undefined }).toEqual({ batch: entry.batch, extent: counted.get(entry.batch) });
  }
  // Every batch with rows has a kept extent.
  for (const batch of counted.keys()) expect(kept.some((entry) => entry.batch === batch)).toBe(true);
  return [...new Set(kept.filter((entry) => entry.stale).map((entry) => entry.batch))];
}

/** The reader gives what a count gives, and leaves nothing stale behind for the batches it read. */
async function expectReaderInStep(db: Database): Promise<void> {
  const ids = await allBatchIds(db);
  expect(await queryBatchExtents(db, ids)).toEqual(await countBatchExtents(db, ids));
  expect((await keptExtents(db)).filter((entry) => entry.stale)).toEqual([]);
  expect(await expectKeptInStep(db)).toEqual([]);
}

const withContent = (files: ImportFileInput[], name: string, edit: (text: string) => string): ImportFileInput[] =>
  files.map((file) => (file.name === name ? { name, content: Buffer.from(edit(file.content.toString('utf8')), 'utf8') } : file));

describe.each(DATABASE_KINDS)('batch extents on %s', (kind) => {
  let db: Database;
  let fixture: ImportFileInput[];
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    fixture = await readFixtureFiles('fixtures/small');
  });
  afterAll(async () => {
    await db.close();
  });

  it('are kept by the first import, for every record table, without a recount', async () => {
    await importFiles({ db, files: fixture, now: NOW });
    const stale = await expectKeptInStep(db);
    expect(stale).toEqual([]);
    const tables = new Set((await keptExtents(db)).map((entry) => entry.table));
    expect([...tables].sort()).toEqual(
      ['action', 'advocate_referral', 'disagreement', 'enablement_outcome', 'feedback_change', 'feedback_response', 'governance_sample', 'participant', 'person', 'review', 'service'].sort(),
    );
    await expectReaderInStep(db);
  });

  it('follow an update by id that moves a review to another date, with its participants', async () => {
    const before = await keptExtents(db);
    const reviewBatch = before.find((entry) => entry.table === 'review')!.batch;
    const participantBatch = before.find((entry) => entry.table === 'participant')!.batch;
    // The first review moves two days earlier; every other row now cites the new file.
    const files = withContent(fixture, 'reviews.csv', (text) => text.replace(/^(R-101,P-001,mini-review,)14\/01\/2026,/m, '$112/01/2026,'));
    expect(files).not.toEqual(fixture);
    await importFiles({ db, files: files.filter((file) => file.name === 'reviews.csv'), now: NOW });
    const stale = await expectKeptInStep(db);
    // The old review batch lost its rows, and the participants of the moved review changed date.
    expect(stale).toContain(reviewBatch);
    expect(stale).toContain(participantBatch);
    const moved = await db.prisma.review.findFirstOrThrow({ where: { ref: 'R-101' }, select: { batchId: true } });
    expect(moved.batchId).not.toBe(reviewBatch);
    await expectReaderInStep(db);
    expect((await countBatchExtents(db, [reviewBatch])).has(reviewBatch)).toBe(false);
  });

  it('follow an unchanged re-import of the first file, whose rows cite it again', async () => {
    await importFiles({ db, files: fixture.filter((file) => file.name === 'reviews.csv'), now: NOW });
    expect(await expectKeptInStep(db)).not.toEqual([]);
    await expectReaderInStep(db);
  });

  it('follow rows deleted outside the import, and a participant moved to another review', async () => {
    const review = await db.prisma.review.findFirstOrThrow({ where: { ref: 'R-102' }, select: { id: true } });
    await db.prisma.participant.deleteMany({ where: { reviewId: review.id } });
    await db.prisma.action.deleteMany({ where: { ref: { in: ['AC-101', 'AC-102'] } } });
    const last = await db.prisma.review.findFirstOrThrow({ orderBy: { heldOn: 'desc' }, select: { id: true } });
    const first = await db.prisma.participant.findFirstOrThrow({ orderBy: { ref: 'asc' }, select: { id: true } });
    await db.prisma.participant.update({ where: { id: first.id }, data: { reviewId: last.id } });
    expect(await expectKeptInStep(db)).not.toEqual([]);
    await expectReaderInStep(db);
  });
});
