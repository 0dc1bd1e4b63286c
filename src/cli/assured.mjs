#!/usr/bin/env node
// Entry point for `assured` and `npm run cli`: loads the TypeScript sources through tsx.
import { fileURLToPath } from 'node:url';
import { importHeapFlags, isCappedImportChild, runWithFlags } from './import-heap.mjs';

const EXIT_FAILURE = 3;
const debug = process.argv.slice(2).includes('--debug');

// Until main.ts has loaded, a failure (a broken install) gets this plain line.
let formatFailure = (error) =>
  debug ? `assured: failed to start\n\n${error?.stack ?? String(error)}` : `assured: failed to start: ${error?.message ?? String(error)}\nRun again with --debug for details.`;

// Whatever escapes a command (an error thrown from a timer or a stream) ends here: one line, no stack.
function failAndExit(error) {
  try {
    process.stderr.write(`${formatFailure(error, { debug })}\n`);
  } finally {
    process.exit(EXIT_FAILURE);
  }
}
process.on('uncaughtException', failAndExit);
process.on('unhandledRejection', failAndExit);

try {
  // A CSV import runs again in a child with a capped heap (see import-heap.mjs for why); this
  // process only waits for it, so TypeScript is not loaded here.
  const heapFlags = importHeapFlags(process.argv.slice(2));
  if (heapFlags) process.exit(await runWithFlags(heapFlags, fileURLToPath(import.meta.url), process.argv.slice(2)));
  const { register } = await import('tsx/esm/api');
  register();
  // The capped child only ever runs that import, so it loads only the import command.
  const cli = await import(isCappedImportChild() ? './import-main.ts' : './main.ts');
  formatFailure = cli.formatFailure;
  const exitCode = await cli.main(process.argv.slice(2));
  // Exit explicitly (the PostgreSQL migration engine leaves a 10 s advisory-lock timer behind),
  // but only once stdout and stderr are written out: a pipe takes 64 KiB at a time.
  await cli.flushStandardStreams();
  process.exit(exitCode);
} catch (error) {
  failAndExit(error);
}
