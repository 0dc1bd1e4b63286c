import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { openTestDatabase } from '../support/test-database.js';
import { readFixtureFiles } from '../support/fixture-files.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const denominatorOf = (result: Awaited<ReturnType<typeof computeFigures>>, id: string) => result.figures.find((figure) => figure.id === id)?.denominator;

describe('computeFigures reuses results only while the data is the same', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    await importFiles({ db, files: await readFixtureFiles('fixtures/small'), now: NOW });
  });
  afterAll(async () => {
    await db.close();
  });

  it('gives equal, independent copies for the same question', async () => {
    const first = await computeFigures({ db, period: '2026-Q2', now: NOW });
    first.figures[0]!.value = -1;
    const second = await computeFigures({ db, period: '2026-Q2', now: NOW });
    expect(second.figures[0]!.value).toBe(83.3);
    expect(second).toEqual(await computeFigures({ db, period: '2026-Q2', now: NOW, useCache: false }));
  });

  it('sees an import at once', async () => {
    expect(denominatorOf(await computeFigures({ db, period: '2026-Q2', now: NOW }), 'summaries-on-time')).toBe(12);
    const extra = 'id,person_id,type,held_on,summary_sent_on\nR-301,P-002,mini-review,12/05/2026,13/05/2026\n';
    const report = await importFiles({ db, files: [{ name: 'more-reviews.csv', content: Buffer.from(extra) }], now: NOW });
    expect(report.errorCount).toBe(0);
    expect(denominatorOf(await computeFigures({ db, period: '2026-Q2', now: NOW }), 'summaries-on-time')).toBe(13);
  });
});
