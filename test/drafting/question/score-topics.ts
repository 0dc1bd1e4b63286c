/**
 * How well the question reader finds the topics a careful writer would expect, on the question
 * bank's dev and held-out test splits: precision and recall of the strongly read topics against
 * the bank's hand labels. Run: `npx tsx test/drafting/question/score-topics.ts [--misses]`.
 * A measurement, not a test: report the test split's numbers; do not tune cue lists to it.
 */
import { readFileSync } from 'node:fs';
import { readQuestion } from '../../../src/drafting/question/read-question.js';

interface BankQuestion {
  id: string;
  question: string;
  topics: string[];
  split: 'dev' | 'test';
}

/** The bank's short labels for topics whose ids differ from the reader's. */
const BANK_TO_READER: Readonly<Record<string, string>> = { planning: 'person-led-planning', family: 'family-friends', consent: 'consent-capacity', information: 'information-sharing' };

const bank = JSON.parse(readFileSync(new URL('../../../fixtures/questions/bank.json', import.meta.url), 'utf8')) as BankQuestion[];
const showMisses = process.argv.includes('--misses');
for (const split of ['dev', 'test'] as const) {
  let found = 0;
  let extra = 0;
  let missed = 0;
  const questions = bank.filter((entry) => entry.split === split);
  for (const entry of questions) {
    const read = new Set(readQuestion(entry.question).topics.filter((topic) => topic.weight === 'strong').map((topic) => topic.id as string));
    const expected = new Set(entry.topics.map((topic) => BANK_TO_READER[topic] ?? topic));
    for (const topic of expected) {
      if (read.has(topic)) found += 1;
      else {
        missed += 1;
        if (showMisses && split === 'dev') console.log(`${entry.id} missed ${topic}`);
      }
    }
    for (const topic of read) if (!expected.has(topic)) extra += 1;
  }
  console.log(`${split}: ${questions.length} questions, precision ${(found / (found + extra)).toFixed(3)}, recall ${(found / (found + missed)).toFixed(3)}`);
}
