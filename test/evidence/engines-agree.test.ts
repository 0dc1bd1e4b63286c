/**
 * The same import and the same queries give the same results on the embedded database and on
 * a PostgreSQL server (runs when ASSURED_TEST_POSTGRES_URL is set, as in CI).
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/data/import/import-files.js';
import { countRecords } from '../../src/data/table-counts.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { POSTGRES_URL, openTestDatabase } from '../support/test-database.js';
import { readFixtureFiles } from '../support/fixture-files.js';

const NOW = new Date('2026-11-24T12:00:00Z');

async function runOn(kind: 'pglite' | 'postgresql') {
  const db = await openTestDatabase(kind);
  try {
    const report = await importFiles({ db, files: await readFixtureFiles('fixtures/provider'), now: NOW });
    const counts = await countRecords(db, 'harbour-care');
    const periods = ['2025-Q3', '2026-Q2', '2026-05', 'FY2025-26'];
    const figures = [];
    for (const period of periods) {
      const result = await computeFigures({ db, period, cases: 3, now: NOW });
      // Import times and batch ids (random UUIDs) differ between runs; everything else must be identical.
      const text = JSON.stringify(result)
        .replace(/imported \d{4}-\d{2}-\d{2}/g, 'imported <date>')
        .replace(/"id":"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/g, '"id":"<batch>"')
        .replace(/"importedAt":"[^"]+"/g, '"importedAt":"<time>"');
      figures.push(JSON.parse(text));
    }
    return { files: report.files.map(({ file, status, created, rejected }) => ({ file, status, created, rejected })), counts, figures };
  } finally {
    await db.close();
  }
}

describe('PGlite and PostgreSQL agree', () => {
  it.skipIf(!POSTGRES_URL)('on the provider import, the stored counts and every figure of four periods (needs ASSURED_TEST_POSTGRES_URL)', async () => {
    const embedded = await runOn('pglite');
    const server = await runOn('postgresql');
    expect(server).toEqual(embedded);
    expect(embedded.counts.reviews).toBe(1092);
  }, 300_000);
});
