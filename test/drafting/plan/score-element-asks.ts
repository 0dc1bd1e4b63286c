/**
 * How often a part's own words ask for the element a careful writer would answer it with
 * (plan/data/topic-elements.ts CUED_ELEMENTS), on the element ask corpus's dev and held-out test
 * splits: each entry is one part, as a buyer might word it, labelled with one element. "Found" is
 * the labelled element among those the part's words cue; "others" is how many other elements they
 * cue, per part. Elements no cue asks for yet count as misses, and are listed apart.
 * Run: `npx tsx test/drafting/plan/score-element-asks.ts [--misses]`.
 * A measurement, not a test: report the test split's numbers; do not tune cues to it.
 */
import { CUED_PATTERNS } from '../../../src/drafting/plan/answer-parts.js';
import { readElementAsks } from '../../support/ask-corpora.js';

const corpus = readElementAsks();
const showMisses = process.argv.includes('--misses');
const cuedAtAll = new Set<string>(CUED_PATTERNS.map(({ cued }) => cued.element));
for (const split of ['dev', 'test'] as const) {
  const asks = corpus.filter((ask) => ask.split === split);
  const cuedAsks = asks.filter((ask) => cuedAtAll.has(ask.element));
  let found = 0;
  let foundCued = 0;
  let others = 0;
  for (const ask of asks) {
    const cued = [...new Set(CUED_PATTERNS.filter(({ fires }) => fires(ask.text)).map(({ cued }) => cued.element))];
    if (cued.includes(ask.element as never)) {
      found += 1;
      if (cuedAtAll.has(ask.element)) foundCued += 1;
    } else if (showMisses && split === 'dev') console.log(`missed ${ask.element}: ${ask.text}`);
    others += cued.filter((element) => element !== ask.element).length;
  }
  console.log(
    `${split}: ${asks.length} parts, element found ${(found / asks.length).toFixed(3)} (${(foundCued / Math.max(1, cuedAsks.length)).toFixed(3)} of the ${cuedAsks.length} asking for an element some cue asks for), other elements per part ${(others / asks.length).toFixed(2)}`,
  );
}
