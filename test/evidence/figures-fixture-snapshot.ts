/**
 * Snapshot of computeFigures on every fixture provider, to show a change to the figure queries
 * leaves every figure identical. Run before the change with `write`, after it with `compare`:
 *
 *   npx tsx test/evidence/figures-fixture-snapshot.ts write /tmp/figures-before.json
 *   npx tsx test/evidence/figures-fixture-snapshot.ts compare /tmp/figures-before.json
 *
 * Several periods (quarters, a month, a financial year, a range), all services and each service
 * alone, with case examples. Batch ids and import times change from run to run and are masked.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { importFiles } from '../../src/data/import/import-files.js';
import { computeFigures } from '../../src/evidence/compute-figures.js';
import { openTestDatabase } from '../support/test-database.js';
import { readFixtureFiles } from '../support/fixture-files.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const FIXTURES = ['fixtures/provider', 'fixtures/small', 'fixtures/poor-provider'];
const PERIODS = ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-01', '2026-05', 'FY2025-26', '2026-02-10..2026-05-20'];

const mask = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value)
      .replace(/imported \d{4}-\d{2}-\d{2}/g, 'imported <date>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
      .replace(/"importedAt":"[^"]+"/g, '"importedAt":"<time>"'),
  );

async function snapshot(kind: 'pglite' | 'postgresql'): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const fixture of FIXTURES) {
    const db = await openTestDatabase(kind);
    try {
      const files = await readFixtureFiles(fixture);
      await importFiles({ db, files, now: NOW });
      const services = (await db.prisma.service.findMany({ select: { ref: true }, orderBy: { ref: 'asc' } })).map((service) => service.ref);
      for (const period of PERIODS) {
        for (const scope of [[], ...services.map((ref) => [ref])]) {
          const key = `${fixture} ${period} ${scope.join(',') || 'all'}`;
          try {
            result[key] = mask(await computeFigures({ db, period, services: scope, cases: 3, now: NOW, useCache: false }));
          } catch (error) {
            result[key] = { error: error instanceof Error ? error.message : String(error) };
          }
        }
      }
    } finally {
      await db.close();
    }
  }
  return result;
}

async function main(): Promise<void> {
  const [mode, file, kindArg] = process.argv.slice(2);
  const kind = kindArg === 'postgresql' ? 'postgresql' : 'pglite';
  if ((mode !== 'write' && mode !== 'compare') || !file) throw new Error('Usage: figures-fixture-snapshot.ts write|compare FILE [pglite|postgresql]');
  const now = await snapshot(kind);
  if (mode === 'write') {
    await writeFile(file, JSON.stringify(now, null, 1));
    console.log(`${Object.keys(now).length} results written to ${file}`);
    return;
  }
  const before = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(now)])];
  const differing = keys.filter((key) => !isDeepStrictEqual(before[key], now[key]));
  for (const key of differing) {
    console.log(`DIFFERENT: ${key}`);
    const a = JSON.stringify(before[key]);
    const b = JSON.stringify(now[key]);
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    console.log(`  before: …${a.slice(Math.max(0, at - 120), at + 200)}`);
    console.log(`  after:  …${b.slice(Math.max(0, at - 120), at + 200)}`);
  }
  console.log(`${keys.length - differing.length} of ${keys.length} results identical`);
  if (differing.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
