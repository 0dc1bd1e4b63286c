/**
 * How often the question reader finds the term a part asks about (question/named-terms.ts), on the
 * named-term ask corpus's dev and held-out test splits: each entry is one part, as a buyer might
 * word it, labelled with the one term it asks about. "Found" is the labelled term among those the
 * reader names; "others" is how many other terms it names besides, per part.
 * Run: `npx tsx test/drafting/question/score-named-term-asks.ts [--misses]`.
 * A measurement, not a test: report the test split's numbers; do not tune term words to it.
 */
import { termsNamedIn } from '../../../src/drafting/question/named-terms.js';
import { readTermAsks } from '../../support/ask-corpora.js';

const corpus = readTermAsks();
const showMisses = process.argv.includes('--misses');
for (const split of ['dev', 'test'] as const) {
  const asks = corpus.filter((ask) => ask.split === split);
  let found = 0;
  let others = 0;
  for (const ask of asks) {
    const named = termsNamedIn(ask.text).map((term) => term.name);
    if (named.includes(ask.term)) found += 1;
    else if (showMisses && split === 'dev') console.log(`missed ${ask.term}: ${ask.text}`);
    others += named.filter((name) => name !== ask.term).length;
  }
  console.log(`${split}: ${asks.length} parts, term found ${(found / asks.length).toFixed(3)}, other terms per part ${(others / asks.length).toFixed(2)}`);
}
