/** "As of" and row ranges behind every figure, from fixtures/small, on PGlite and, in CI, PostgreSQL. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/data/database.js';
import { importFiles } from '../../src/data/import/import-files.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { staleFigures } from '../../src/evidence/figure-freshness.js';
import type { FiguresResult } from '../../src/evidence/figures-schema.js';
import { ZFiguresResultSchema } from '../../src/evidence/figures-schema.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { DATABASE_KINDS, openTestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-11-24T12:00:00Z');

describe.each(DATABASE_KINDS)('figure freshness on %s', (kind) => {
  let db: Database;
  let q2: FiguresResult;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const report = await importFiles({ db, files: await readFixtureFiles(path.resolve('fixtures/small')), now: NOW });
    expect(report.errorCount).toBe(0);
    q2 = await computeFigures({ db, period: '2026-Q2', now: NOW, useCache: false });
  });
  afterAll(async () => {
    await db.close();
  });

  it('dates each figure by the latest record behind it within the period', () => {
    const participation = q2.figures.find((figure) => figure.id === 'participation');
    // The last Q2 review in reviews.csv is held on 24/06/2026 (row 21 of the file).
    expect(participation?.asOf).toBe('2026-06-24');
    const reviews = participation?.provenance?.batches.find((batch) => batch.file === 'reviews.csv');
    expect(reviews).toMatchObject({ rows: { first: 2, last: 21 }, latestRecordOn: '2026-06-24' });
    // Every figure with records behind it has a date no later than the period's end.
    for (const figure of q2.figures.filter((candidate) => (candidate.provenance?.batches.length ?? 0) > 0)) {
      expect(figure.asOf, figure.id).toMatch(/^2026-0[1-6]-\d{2}$/);
    }
    // The contract keeps the new fields when the pack is read back.
    expect(ZFiguresResultSchema.parse(JSON.parse(JSON.stringify(q2))).figures.find((figure) => figure.id === 'participation')?.provenance?.batches[0]?.rows).toBeDefined();
  });

  it('flags figures older than the allowed age, with the date', () => {
    expect(staleFigures(q2.figures, { now: NOW })).toEqual([]);
    const stale = staleFigures(q2.figures, { now: NOW, maxAgeMonths: 3 });
    expect(stale.map((figure) => figure.id)).toContain('participation');
    expect(stale.find((figure) => figure.id === 'participation')).toEqual({ id: 'participation', label: expect.any(String), asOf: '2026-06-24' });
  });
});
