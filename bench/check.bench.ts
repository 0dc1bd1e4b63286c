/**
 * Speed and behaviour of the draft checker beside alex and write-good.
 * Run: npx tsx bench/check.bench.ts
 *
 * 1. The same 1,000-word and 10,000-word drafts (built from the labelled corpus, with
 *    headings and paragraphs) go through each tool; time per 1,000 words is the median of
 *    several warm runs.
 * 2. Each sentence of the labelled corpora goes through each tool on its own; a sentence
 *    counts as flagged when the tool reports anything on it (for Assured: a vague or tokenism
 *    finding, read with its paragraph). Precision and recall are for the "vague" labels: the
 *    old regression corpus (fixtures/check/sentences.json) and the held-out split of the blind
 *    corpus (fixtures/check-corpus/test.jsonl, never used for tuning).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { markdown as alexMarkdown } from 'alex';
import { checkDraft } from '../src/check/check-draft.js';
import type { SentenceContext } from '../src/check/claim-analysis.js';
import { isVagueOrTokenistic } from '../src/check/flag-sentence.js';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];

interface CorpusRow {
  text: string;
  label: 'vague' | 'tokenism' | 'concrete';
}
const corpus = JSON.parse(readFileSync(new URL('../fixtures/check/sentences.json', import.meta.url), 'utf8')) as CorpusRow[];

interface BlindRow {
  text: string;
  label: 'vague' | 'concrete';
  paragraph?: string;
}
const blindTest = readFileSync(new URL('../fixtures/check-corpus/test.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as BlindRow);

function contextOf(row: BlindRow): SentenceContext {
  if (!row.paragraph) return {};
  const at = row.paragraph.indexOf(row.text);
  if (at < 0) return { previous: row.paragraph };
  const previous = row.paragraph.slice(0, at).trim();
  const next = row.paragraph.slice(at + row.text.length).trim();
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** A Markdown draft of about `targetWords` words: sections of four-sentence paragraphs. */
function buildDraft(targetWords: number): string {
  const parts: string[] = [];
  let words = 0;
  let index = 0;
  let section = 1;
  while (words < targetWords) {
    if (index % 16 === 0) {
      const heading = `## Question ${section++}: how do you involve families and advocates?`;
      parts.push(heading);
      words += countWords(heading);
    }
    const paragraph = [0, 1, 2, 3].map((offset) => corpus[(index * 7 + offset * 13) % corpus.length]!.text).join(' ');
    parts.push(paragraph);
    words += countWords(paragraph);
    index += 1;
  }
  return parts.join('\n\n');
}

async function medianMs(run: () => unknown, repeats: number): Promise<number> {
  for (let warm = 0; warm < 2; warm++) await run();
  const times: number[] = [];
  for (let round = 0; round < repeats; round++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const tools: {
  name: string;
  run: (text: string) => unknown;
  flagsSentence: (text: string, context?: SentenceContext) => Promise<boolean> | boolean;
}[] = [
  {
    name: 'assured check (all rules)',
    run: (text) => checkDraft({ text, wordLimit: 100_000 }),
    flagsSentence: (text, context) => isVagueOrTokenistic(text, context),
  },
  {
    name: 'alex',
    run: (text) => alexMarkdown(text),
    flagsSentence: (text) => alexMarkdown(text).messages.length > 0,
  },
  {
    name: 'write-good',
    run: (text) => writeGood(text),
    flagsSentence: (text) => writeGood(text).length > 0,
  },
];

console.log('Speed (median of warm runs, ms per 1,000 words)\n');
console.log(['tool', 'draft words', 'total ms', 'ms / 1,000 words'].join(' | '));
for (const target of [1_000, 10_000]) {
  const draft = buildDraft(target);
  const words = countWords(draft);
  for (const tool of tools) {
    const ms = await medianMs(() => tool.run(draft), target >= 10_000 ? 5 : 15);
    console.log([tool.name, words, ms.toFixed(1), ((ms / words) * 1000).toFixed(1)].join(' | '));
  }
}

console.log('\nWhat each flags on the labelled corpus (fixtures/check/sentences.json)\n');
console.log(['tool', 'flagged vague/tokenism', 'flagged concrete', 'precision', 'recall'].join(' | '));
const shouldFlag = corpus.filter((row) => row.label !== 'concrete');
const concrete = corpus.filter((row) => row.label === 'concrete');
for (const tool of tools) {
  let hits = 0;
  let falseAlarms = 0;
  for (const row of shouldFlag) if (await tool.flagsSentence(row.text)) hits += 1;
  for (const row of concrete) if (await tool.flagsSentence(row.text)) falseAlarms += 1;
  const precision = hits + falseAlarms === 0 ? 0 : hits / (hits + falseAlarms);
  console.log(
    [tool.name, `${hits} of ${shouldFlag.length}`, `${falseAlarms} of ${concrete.length}`, precision.toFixed(2), (hits / shouldFlag.length).toFixed(2)].join(' | '),
  );
}
// The full checker also reports structure, readability, jargon and anchors; for the table
// above only its vague/tokenism verdict counts, as that is what the corpus labels.

console.log('\nWhat each flags on the held-out blind corpus (fixtures/check-corpus/test.jsonl)\n');
console.log(['tool', 'flagged vague', 'flagged concrete', 'precision', 'recall'].join(' | '));
const blindVague = blindTest.filter((row) => row.label === 'vague');
const blindConcrete = blindTest.filter((row) => row.label === 'concrete');
for (const tool of tools) {
  let hits = 0;
  let falseAlarms = 0;
  for (const row of blindVague) if (await tool.flagsSentence(row.text, contextOf(row))) hits += 1;
  for (const row of blindConcrete) if (await tool.flagsSentence(row.text, contextOf(row))) falseAlarms += 1;
  const precision = hits + falseAlarms === 0 ? 0 : hits / (hits + falseAlarms);
  console.log(
    [tool.name, `${hits} of ${blindVague.length}`, `${falseAlarms} of ${blindConcrete.length}`, precision.toFixed(2), (hits / blindVague.length).toFixed(2)].join(' | '),
  );
}
