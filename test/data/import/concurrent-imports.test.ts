import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/data/database.js';
import { importFiles, takeImportTurn, type ImportFileInput } from '../../../src/data/import/import-files.js';
import type { ImportReport } from '../../../src/data/import/import-schema.js';
import { isAppError } from '../../../src/shared/app-error.js';
import { DATABASE_KINDS, POSTGRES_URL, openTestDatabase, resetDatabase } from '../../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const file = (name: string, text: string): ImportFileInput => ({ name, content: Buffer.from(text, 'utf8') });

const organisation = file('organisation.csv', 'slug,name,region\nacme-care,Acme Care Ltd,england-and-wales\n');
const services = file('services.csv', 'id,name,locality,service_type\nS1,Northgate supported living,Northgate,supported-living\n');
const people = file('people.csv', 'id,service_id,accessible_format,started_on\nP1,S1,easy-read,01/02/2024\n');
const reviewsHeader = 'id,person_id,type,held_on,summary_sent_on\n';

/** Every import either lands or is refused as a conflict; anything else (a raw database error) fails the test. */
function expectLandedOrConflict(results: PromiseSettledResult<ImportReport>[]): ImportReport[] {
  const unexpected = results.flatMap((result) =>
    result.status === 'rejected' && !(isAppError(result.reason) && result.reason.code === 'CONFLICT') ? [result.reason] : [],
  );
  expect(unexpected).toEqual([]);
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

describe.each(DATABASE_KINDS)('concurrent imports on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('six parallel imports of the same new organisation and files: each lands once, none fails', async () => {
    const reviews = file('reviews.csv', `${reviewsHeader}R1,P1,mini-review,03/04/2026,08/04/2026\n`);
    const files = [organisation, services, people, reviews];
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => importFiles({ db, files, now: NOW })));
    const landed = expectLandedOrConflict(results);
    expect(landed.length).toBeGreaterThan(0);
    expect(landed.filter((report) => report.files.some((entry) => entry.created > 0))).toHaveLength(1);
    expect(await db.prisma.organisation.count()).toBe(1);
    expect(await db.prisma.service.count()).toBe(1);
    expect(await db.prisma.review.count()).toBe(1);
    expect(await db.prisma.importBatch.count()).toBe(4);
  });

  it('parallel imports of different files sharing an id: the rows end as one of them wrote them, each id once', async () => {
    await importFiles({ db, files: [organisation, services, people], now: NOW });
    const versions = Array.from({ length: 6 }, (_, index) =>
      file(`reviews-${index}.csv`, `${reviewsHeader}R1,P1,mini-review,03/04/2026,${String(6 + index).padStart(2, '0')}/04/2026\nR${index + 2},P1,debrief,0${index + 1}/05/2026,\n`),
    );
    const results = await Promise.allSettled(versions.map((version) => importFiles({ db, files: [version], now: NOW })));
    const landed = expectLandedOrConflict(results);
    expect(landed.length).toBeGreaterThan(0);
    const reviews = await db.prisma.review.findMany({ include: { batch: true }, orderBy: { ref: 'asc' } });
    expect(reviews.filter((review) => review.ref === 'R1')).toHaveLength(1);
    expect(reviews).toHaveLength(1 + landed.length);
    // R1 holds the values of the file its batch names: no mix of two imports.
    const r1 = reviews.find((review) => review.ref === 'R1')!;
    const writer = versions.find((version) => version.name === r1.batch.fileName)!;
    expect(writer.content.toString()).toContain(`,${r1.summarySentOn!.toISOString().slice(8, 10)}/04/2026`);
  });
});

// PGlite has one connection: there every query waits for an open transaction, so the wait is
// PostgreSQL's alone to bound.
describe.skipIf(!POSTGRES_URL)('an import waiting behind another on postgresql', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase('postgresql');
  });
  afterAll(async () => {
    await db.close();
  });

  it('is refused as a conflict when the other takes too long, writing nothing', async () => {
    await importFiles({ db, files: [organisation, services, people], now: NOW });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const other = db.prisma.$transaction(
      async (tx) => {
        await takeImportTurn(tx, 'acme-care', 5_000);
        holding();
        await released;
      },
      { timeout: 20_000 },
    );
    await held;
    const reviews = file('reviews.csv', `${reviewsHeader}R1,P1,mini-review,03/04/2026,08/04/2026\n`);
    const started = Date.now();
    const error: unknown = await importFiles({ db, files: [reviews], now: NOW, waitForOtherImportMs: 300 }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    release();
    await other;
    expect(isAppError(error) && error.code).toBe('CONFLICT');
    expect((error as Error).message).toBe(
      'The import for acme-care was not applied: another import for this organisation is still running. Nothing from this import was written; send it again.',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await db.prisma.review.count()).toBe(0);
  });
});
