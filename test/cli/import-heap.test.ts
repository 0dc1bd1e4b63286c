/**
 * Which `assured import` command lines run with a capped old generation: only those whose
 * files are all CSV (streamed a chunk at a time). XLSX and JSON files are read whole and
 * --skip-invalid keeps every rejected row, so a cap could end those legitimate imports with an
 * out-of-memory crash; they run as before. A small import (under 4 MiB of CSV) runs in the
 * process the user started, which then holds the data folder's lock itself.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { IMPORT_CAP_FROM_BYTES, importHeapFlags, IMPORT_OLD_SPACE_MB, IMPORT_SEMI_SPACE_MB } from '../../src/cli/import-heap.mjs';

const CAP = [`--max-old-space-size=${IMPORT_OLD_SPACE_MB}`, `--max-semi-space-size=${IMPORT_SEMI_SPACE_MB}`];
/** Every file as large as the smallest import that is capped. */
const large = () => IMPORT_CAP_FROM_BYTES;

describe('the heap an import runs with', () => {
  it.each([
    [['import', 'reviews.csv'], CAP],
    [['import', 'organisation.csv', 'reviews.CSV', 'participants.txt', '--org', 'harbour-care', '--dry-run'], CAP],
    [['--debug', 'import', '--mapping', 'our-system.json', 'ACTIONS.csv', '--format', 'json'], CAP],
    [['import', '--mapping=our-care-system', 'reviews.csv'], CAP],
    [['import', 'reviews.xlsx'], undefined],
    [['import', 'reviews.csv', 'people.json'], undefined],
    [['import', 'reviews.csv', '--skip-invalid'], undefined],
    [['import', '--help'], undefined],
    [['import'], undefined],
    [['check', 'draft.csv'], undefined],
    [['mapping', 'suggest', 'reviews.csv'], undefined],
  ])('%j → %j', (args, expected) => {
    expect(importHeapFlags(args, {}, large)).toEqual(expected);
  });

  it('runs a small CSV import in the process the user started', () => {
    expect(importHeapFlags(['import', 'reviews.csv', 'people.csv'], {}, () => IMPORT_CAP_FROM_BYTES / 2 - 1)).toBeUndefined();
    expect(importHeapFlags(['import', 'reviews.csv', 'people.csv'], {}, () => IMPORT_CAP_FROM_BYTES / 2)).toEqual(CAP);
    // A file that is not there weighs nothing: the import reports it.
    expect(importHeapFlags(['import', '/no/such/reviews.csv'], {})).toBeUndefined();
  });

  it('is not capped again inside the capped child', () => {
    expect(importHeapFlags(['import', 'reviews.csv'], { ASSURED_IMPORT_HEAP_CAPPED: '1' }, large)).toBeUndefined();
  });

  it('keeps a heap the user already made smaller', () => {
    const script = `import('${new URL('../../src/cli/import-heap.mjs', import.meta.url).href}').then((heap) => console.log(JSON.stringify(heap.importHeapFlags(['import', 'reviews.csv'], {}, () => ${IMPORT_CAP_FROM_BYTES}) ?? null)))`;
    const run = (flags: string[]) => spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(run(['--max-old-space-size=128']).stdout)).toBeNull();
    expect(JSON.parse(run([]).stdout)).toEqual(CAP);
  });
});
