/**
 * Entry of the capped import child (assured.mjs, import-heap.mjs): the parent only starts it
 * for `assured import` of CSV files, so it loads the import command alone. Every command's
 * modules cost about 60–70 MB of RSS that the import, run under a 500 MB goal, cannot spare.
 */
import type { CliIO } from './command.js';
import { importCommand } from './commands/import.js';
import { main as runCommandLine, processIO } from './main.js';

export { flushStandardStreams, formatFailure } from './main.js';

export function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  return runCommandLine(argv, io, [importCommand]);
}
