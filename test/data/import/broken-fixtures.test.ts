/**
 * Each file in fixtures/broken triggers exactly one import error, with the file, row, column and
 * value of fixtures/README.md; imported with fixtures/small so only the intended error fires.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/data/database.js';
import { importFiles, type ImportFileInput } from '../../../src/data/import/import-files.js';
import { openTestDatabase } from '../../support/test-database.js';
import { readFixtureFiles } from '../../support/fixture-files.js';

const NOW = new Date('2026-11-24T12:00:00Z');

const EXPECTED: Record<string, { row?: number; column?: string; value?: string; problem: RegExp }> = {
  'impossible-date-reviews.csv': { row: 3, column: 'summary_sent_on', value: '31/02/2026', problem: /^is not a real date$/ },
  'unparseable-date-actions.csv': { row: 3, column: 'due_on', value: 'end of February', problem: /^is not a date$/ },
  'wrong-yes-no-enablement.csv': { row: 3, column: 'consent_to_share', value: 'maybe', problem: /^is not yes or no$/ },
  'number-out-of-range-feedback.csv': { row: 3, column: 'feel_involved', value: '7', problem: /^is out of range$/ },
  'unknown-enum-reviews.csv': { row: 2, column: 'type', value: 'annual-party', problem: /^is not one of the accepted values$/ },
  'missing-required-column-people.csv': { problem: /^has no "service_id" column$/ },
  'missing-required-value-disagreements.csv': { row: 3, column: 'topic', problem: /^is missing$/ },
  'unknown-person-reference-actions.csv': { row: 3, column: 'person_id', value: 'P-999', problem: /^is not a known people id$/ },
  'unknown-service-reference-governance-samples.csv': { row: 3, column: 'service_id', value: 'S-XX', problem: /^is not a known services id$/ },
  'duplicate-id-participants.csv': { row: 4, column: 'id', value: 'A-901', problem: /^is a duplicate id \(first used on row 2\)$/ },
  'summary-before-meeting-reviews.csv': { row: 3, column: 'summary_sent_on', value: '12/05/2026', problem: /^is before the meeting \(held_on\)$/ },
  'future-date-feedback.csv': { row: 3, column: 'responded_on', value: '15/03/2031', problem: /^is in the future$/ },
  'resolved-before-logged-disagreements.csv': { row: 3, column: 'resolved_on', value: '14/04/2026', problem: /^is before the disagreement was logged/ },
  'advocate-before-referral-advocate-referrals.csv': { row: 3, column: 'advocate_involved_at', value: '03/06/2026 09:00', problem: /^is before the referral/ },
  'changed-before-raised-changes.csv': { row: 3, column: 'changed_on', value: '02/03/2026', problem: /^is before the feedback was given/ },
  'unrecognised-type.csv': { problem: /^is not a recognised record type/ },
  'empty-file-reviews.csv': { problem: /^has a header but no data rows$/ },
  'ragged-row-people.csv': { row: 3, problem: /^has 6 fields$/ },
  'not-a-list-reviews.json': { problem: /^the JSON is not a list of records$/ },
  'rows-not-objects-reviews.json': { row: 2, problem: /^is an array$/ },
};

describe('fixtures/broken', () => {
  let db: Database;
  let small: ImportFileInput[];
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    small = await readFixtureFiles('fixtures/small');
  });
  afterAll(async () => {
    await db.close();
  });

  it('has an expectation for every broken file', async () => {
    expect((await readdir('fixtures/broken')).filter((name) => !name.endsWith('.md')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s gives exactly its one error and writes nothing', async (name, expected) => {
    const broken = { name, content: await readFile(path.join('fixtures/broken', name)) };
    const report = await importFiles({ db, files: [...small, broken], now: NOW });
    const errors = report.files.flatMap((file) => file.errors);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect({ file: error!.file, row: error!.row, column: error!.column, value: error!.value }).toEqual({
      file: name,
      row: expected.row,
      column: expected.column,
      value: expected.value,
    });
    expect(error!.problem).toMatch(expected.problem);
    expect(error!.message.startsWith(`${name}${expected.row ? ` ${name.endsWith('.json') ? 'record' : 'row'} ${expected.row}` : ''}`)).toBe(true);
    expect(error!.expected.length).toBeGreaterThan(0);
    expect(report.rejected).toBe(true);
    expect(await db.prisma.importBatch.count()).toBe(0);
  });
});
