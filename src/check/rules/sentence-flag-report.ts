import type { VFile } from 'vfile';
import type { AnalysedSentence } from '../analyse-text.js';
import type { SentenceFlag } from '../flag-sentence.js';
import { withRealFigures } from '../evidence-examples.js';
import { checkContext, reportFinding, type CheckRule } from '../rule.js';

/** Shared by no-vague-involvement and no-tokenism: one message per unexplained trigger. */
export function reportSentenceFlags(
  file: VFile,
  rule: Pick<CheckRule, 'ruleId' | 'category' | 'url'>,
  sentences: readonly AnalysedSentence[],
  category: SentenceFlag['category'],
): void {
  const { pack } = checkContext(file);
  for (const sentence of sentences) {
    for (const flag of sentence.flags) {
      if (flag.category !== category) continue;
      const expected = withRealFigures(flag.expected, pack);
      reportFinding(file, rule, {
        // What is missing, then one concrete way to fix it.
        reason: `Unexpected \`${flag.actual}\`, ${flag.advice}${expected[0] ? ` — e.g. “${expected[0]}”` : ''}`,
        place: sentence.mapped.positionOf(flag.start, flag.end),
        actual: flag.actual,
        expected,
        ladder: flag.ladder,
        gaps: flag.gaps,
        sentence: {
          text: sentence.mapped.text,
          position: sentence.mapped.positionOf(0, sentence.mapped.text.length),
        },
      });
    }
  }
}
