import { textAnalysisOf } from '../analyse-text.js';
import { jargonEntries, type JargonEntry } from '../data/jargon.js';
import { compilePhrasePatterns, findPhrases, normaliseForMatching } from '../phrase-patterns.js';
import { reportFinding, ruleUrl, type CheckRule } from '../rule.js';

const RULE_ID = 'no-care-jargon';

/** One pattern per entry, compiled once; a combined pattern finds candidate sentences fast. */
const compiledEntries = jargonEntries.map((entry) => ({ entry, pattern: compilePhrasePatterns([entry.pattern]) }));
const anyJargon = compilePhrasePatterns(jargonEntries.map((entry) => entry.pattern));

function describeAlternatives(alternatives: readonly string[]): string {
  return alternatives.map((alternative) => `\`${alternative}\``).join(' or ');
}

const DETERMINER_BEFORE = /\b(?:each|every|a|an|the|one|any|our|this|that|no|another)\s+$/i;

/**
 * The alternatives as they would read in the writer's sentence, so applying one keeps it
 * grammatical: after "each" or "the", "the person" loses its article ("each person"); a plural
 * term is offered the plural alternative first.
 */
export function alternativesInPlace(entry: JargonEntry, actual: string, before: string): string[] {
  const afterDeterminer = DETERMINER_BEFORE.test(before);
  const alternatives = entry.replace.map((alternative) => (afterDeterminer ? alternative.replace(/^the\s+/i, '') : alternative));
  const plural = /s$/i.test(actual.trim());
  return plural ? [...alternatives.filter((alternative) => /^people\b/i.test(alternative)), ...alternatives.filter((alternative) => !/^people\b/i.test(alternative))] : alternatives;
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
        message: 'Unexpected `Service users`, use `people we support` or `the person` instead',
      },
      {
        text: 'The care package was reduced in June.',
        message: 'Unexpected `care package`, use `support` or `support the person gets` instead',
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
          const expected = alternativesInPlace(entry, actual, sentence.mapped.text.slice(0, match.start));
          reportFinding(file, noCareJargon, {
            reason: `Unexpected \`${actual}\`, use ${describeAlternatives(expected)} instead`,
            place: sentence.mapped.positionOf(match.start, match.end),
            actual,
            expected,
          });
        }
      }
    }
  },
};
