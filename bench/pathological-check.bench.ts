/**
 * Hostile inputs through the claim validator and the draft checker, in-process: text that is
 * nothing but numbers, ratios or arrows, and Markdown nested thousands of levels deep.
 * Goal: 100 KB of each shape in under 2 s, with a bounded number of messages.
 *
 * Run: npx tsx bench/pathological-check.bench.ts [characters] [shape …]
 * (default 100000 characters, every shape; each shape is run once cold and once warm).
 */
import { performance } from 'node:perf_hooks';
import { checkDraft } from '../src/check/check-draft.js';
import { validateClaims } from '../src/claims/validate-claims.js';
import { AppError } from '../src/shared/app-error.js';
import { ONE_FIGURE_PACK, SUMMARY_STANDARD } from '../test/support/one-figure-pack.js';

const pack = { ...ONE_FIGURE_PACK, standards: [SUMMARY_STANDARD] };

function repeatTo(unit: string, characters: number, tail = ''): string {
  return unit.repeat(Math.ceil((characters - tail.length) / unit.length)).slice(0, characters - tail.length) + tail;
}

/** Each shape is a function of the target length in characters. */
const SHAPES: Readonly<Record<string, (characters: number) => string>> = {
  'ones': (size) => repeatTo('1 ', size),
  'ones-with-period': (size) => repeatTo('1 ', size, '.'),
  'zeros': (size) => repeatTo('0 ', size),
  'ratios': (size) => repeatTo('1:1 ', size),
  'percent-arrows': (size) => repeatTo('1% -> ', size),
  'nested-blockquote': (size) => repeatTo('> ', size - 1, 'x'),
  'nested-list': (size) => repeatTo('- ', size - 1, 'x'),
  'nested-emphasis': (size) => `${'*a '.repeat(Math.floor(size / 6))}${' b*'.repeat(Math.floor(size / 6))}`,
};

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function timed(run: () => Promise<string> | string): Promise<string> {
  const heapBefore = heapMb();
  const started = performance.now();
  try {
    const outcome = await run();
    return `${(performance.now() - started).toFixed(0).padStart(6)} ms  heap +${(heapMb() - heapBefore).toFixed(0).padStart(4)} MB  ${outcome}`;
  } catch (error) {
    const elapsed = `${(performance.now() - started).toFixed(0).padStart(6)} ms`;
    if (error instanceof AppError) return `${elapsed}  refused (${error.code})`;
    const name = error instanceof Error ? `${error.name}: ${error.message.slice(0, 80)}` : String(error);
    return `${elapsed}  FAILED ${name}`;
  }
}

const [sizeArgument, ...shapeNames] = process.argv.slice(2);
const size = Number(sizeArgument ?? 100_000);
const chosen = shapeNames.length > 0 ? shapeNames : Object.keys(SHAPES);

console.log(`${size.toLocaleString('en-GB')} characters per shape; node ${process.version}`);
for (const name of chosen) {
  const build = SHAPES[name];
  if (!build) throw new Error(`Unknown shape ${name}; known: ${Object.keys(SHAPES).join(', ')}`);
  const text = build(size);
  for (const round of ['cold', 'warm']) {
    const validate = await timed(() => {
      const report = validateClaims({ text, pack });
      return `${report.claims.length} claims, ${report.messages.length} messages`;
    });
    console.log(`${name.padEnd(18)} ${round}  validate        ${validate}`);
    const check = await timed(async () => {
      const { file: _file, ...report } = await checkDraft({ text, pack });
      return `${report.messages.length} messages, ${(JSON.stringify(report).length / 1024).toFixed(0)} KB JSON`;
    });
    console.log(`${name.padEnd(18)} ${round}  check (pack)    ${check}`);
  }
}
