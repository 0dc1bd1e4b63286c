import { textAnalysisOf } from '../analyse-text.js';
import { jargonEntries, type JargonEntry } from '../data/jargon.js';
import { compilePhrasePatterns, findPhrases, normaliseForMatching } from '../phrase-patterns.js';
import { reportFinding, ruleUrl, type CheckRule } from '../rule.js';

const RULE_ID = 'no-care-jargon';

/** One pattern per entry, compiled once; a combined pattern finds candidate sentences fast. */
const compiledEntries = jargonEntries.map((entry) => ({ entry, pattern: compilePhrasePatterns([entry.pattern]) }));
const anyJargon = compilePhrasePatterns(jargonEntries.map((entry) => entry.pattern));

function describeAlternatives(entry: JargonEntry): string {
  return entry.replace.map((alternative) => `\`${alternative}\``).join(' or ');
}

/** Social care jargon with a plain-English alternative (list and source in data/jargon.ts). */
export const noCareJargon: CheckRule = {
  ruleId: RULE_ID,
  category: 'jargon',
  url: ruleUrl(RULE_ID),
  description: 'Social care jargon that has a plain-English alternative.',
  stage: 'retext',
  examples: {
    ok: [{ text: 'The person chose to move to a flat with less support.' }],
    notOk: [
      {
        text: 'Service users choose who comes to their review.',
        message: 'Unexpected `Service users`, use `the person` or `people we support` instead',
      },
      {
        text: 'The care package was reduced in June.',
        message: 'Unexpected `care package`, use `support` or `the support the person gets` instead',
      },
    ],
  },
  transform(tree, file) {
    for (const sentence of textAnalysisOf(tree, file).sentences) {
      const text = normaliseForMatching(sentence.mapped.text);
      anyJargon.lastIndex = 0;
      if (!anyJargon.test(text)) continue;
      for (const { entry, pattern } of compiledEntries) {
        for (const match of findPhrases(pattern, text)) {
          const actual = sentence.mapped.text.slice(match.start, match.end);
          reportFinding(file, noCareJargon, {
            reason: `Unexpected \`${actual}\`, use ${describeAlternatives(entry)} instead`,
            place: sentence.mapped.positionOf(match.start, match.end),
            actual,
            expected: entry.replace,
          });
        }
      }
    }
  },
};
