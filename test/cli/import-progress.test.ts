/**
 * Import progress on a terminal: phases with rows, rate and time left after the delay; nothing
 * when the stream is not a terminal, when disabled (--format json), or for a quick import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportProgress, type ProgressStream } from '../../src/cli/import-progress.js';
import type { Database } from '../../src/data/database.js';
import { importFiles, type ImportProgress } from '../../src/data/import/import-files.js';
import { readFixtureFiles } from '../support/fixture-files.js';
import { openTestDatabase } from '../support/test-database.js';

function fakeTerminal(isTTY: boolean): ProgressStream & { text: () => string } {
  let written = '';
  return { isTTY, columns: 120, write: (chunk: string) => (written += chunk), text: () => written };
}

describe('import progress', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
  });
  afterAll(async () => {
    await db.close();
  });

  it('importFiles reports reading, checking, writing and done, with totals once known', async () => {
    const seen: ImportProgress[] = [];
    const files = await readFixtureFiles('fixtures/small');
    await importFiles({ db, files, now: new Date('2026-11-24T12:00:00Z'), onProgress: (progress) => seen.push(progress) });
    const phases = [...new Set(seen.map((progress) => progress.phase))];
    expect(phases).toEqual(['read', 'check', 'write', 'done']);
    const checked = seen.filter((progress) => progress.phase === 'check').at(-1)!;
    expect(checked.rows).toBe(checked.total);
    expect(checked.total).toBeGreaterThan(100);
  });

  it('draws rows, rate and time left on a terminal once the import has run past the delay', () => {
    let clock = 0;
    const terminal = fakeTerminal(true);
    const display = createImportProgress({ stream: terminal, enabled: true, delayMs: 2000, now: () => clock });
    display.onProgress({ phase: 'read', rows: 5000 });
    expect(terminal.text()).toBe('');
    clock = 2500;
    display.onProgress({ phase: 'check', rows: 0, total: 40000 });
    clock = 4500;
    display.onProgress({ phase: 'check', rows: 20000, total: 40000 });
    display.stop();
    expect(terminal.text()).toMatch(/Checking \|[=-]+\| 20000\/40000 rows \| 10,000 rows\/s \| \S+ left/);
  });

  it('stays quiet when not a terminal or when disabled', () => {
    for (const [isTTY, enabled] of [[false, true], [true, false]] as const) {
      const terminal = fakeTerminal(isTTY);
      const display = createImportProgress({ stream: terminal, enabled, delayMs: 0, now: () => 10_000 });
      display.onProgress({ phase: 'check', rows: 10, total: 20 });
      display.stop();
      expect(terminal.text()).toBe('');
    }
  });
});
