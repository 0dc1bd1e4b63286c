/**
 * How often the question reader gives each part of a question the subject a careful writer would
 * answer it under (its lead topic), on the part-lead corpus's dev and held-out test splits. A part
 * scores when its lead is one of the hand labels' acceptable leads, or when the reader gives no lead
 * and the label is "none". Parts the reader splits differently from the labels are counted apart.
 * Run: `npx tsx test/drafting/question/score-part-leads.ts [--misses]`.
 * A measurement, not a test: report the test split's numbers; do not tune cue lists to it.
 */
import { readFileSync } from 'node:fs';
import { questionParts } from '../../../src/drafting/question/question-parts.js';

interface LabelledQuestion {
  id: string;
  split: 'dev' | 'test';
  question: string;
  parts: { text: string; leads: string[] }[];
}

const corpus = JSON.parse(readFileSync(new URL('../../../fixtures/questions/part-leads.json', import.meta.url), 'utf8')) as LabelledQuestion[];
const showMisses = process.argv.includes('--misses');
for (const split of ['dev', 'test'] as const) {
  let right = 0;
  let wrong = 0;
  let unmatched = 0;
  for (const entry of corpus.filter((question) => question.split === split)) {
    const read = questionParts(entry.question);
    for (const labelled of entry.parts) {
      const part = read.find((candidate) => candidate.text === labelled.text);
      if (!part) {
        unmatched += 1;
        continue;
      }
      const lead = part.lead ?? 'none';
      if (labelled.leads.includes(lead)) right += 1;
      else {
        wrong += 1;
        if (showMisses && split === 'dev') console.log(`${entry.id} read ${lead}, expected ${labelled.leads.join('|')}: ${labelled.text.slice(0, 110)}`);
      }
    }
  }
  console.log(`${split}: ${right + wrong} parts, lead accuracy ${(right / (right + wrong)).toFixed(3)}${unmatched > 0 ? `, ${unmatched} split differently` : ''}`);
}
