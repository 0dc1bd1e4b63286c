import type { CountKind } from '../../text/count-text.js';
import { textAnalysisOf } from '../analyse-text.js';
import { checkContext, reportFinding, ruleUrl, type CheckRule } from '../rule.js';

export const LENGTH_LIMIT_RULE_ID = 'within-length-limit';
const RULE_ID = LENGTH_LIMIT_RULE_ID;

const UNIT_NAME: Readonly<Record<CountKind, string>> = {
  words: 'words',
  characters: 'characters',
  'characters-no-spaces': 'characters (no spaces)',
};

/** The wording of an over-limit finding, shared by this rule and the section gate. */
export function lengthLimitWording(counted: number, limit: number, kind: CountKind): { reason: string; actual: string; expected: string[] } {
  const over = counted - limit;
  const unit = UNIT_NAME[kind];
  return {
    reason: `Unexpected \`${counted} ${unit}\`, expected at most ${limit}: cut ${over}, text past the limit is not marked`,
    actual: `${counted} ${unit}`,
    expected: [`Cut ${over} ${unit} so the answer has at most ${limit}.`],
  };
}

/**
 * Over the tender's word or character limit. Limits are absolute: evaluators stop marking
 * where the limit is reached, so the message starts at the first word past it.
 */
export const withinLengthLimit: CheckRule = {
  ruleId: RULE_ID,
  category: 'length',
  url: ruleUrl(RULE_ID),
  description: 'Over the word or character limit; text past the limit is not marked.',
  stage: 'retext',
  examples: {
    ok: [{ text: 'The key worker sends the summary within five working days.', options: { wordLimit: 10 } }],
    notOk: [
      {
        text: 'The key worker sends an easy-read summary within five working days.',
        options: { wordLimit: 8 },
        message: 'Unexpected `11 words`, expected at most 8: cut 3, text past the limit is not marked',
      },
      {
        text: 'Summaries go out within five days.',
        options: { charLimit: 20 },
        message: 'Unexpected `34 characters`, expected at most 20: cut 14, text past the limit is not marked',
      },
    ],
  },
  transform(tree, file) {
    const context = checkContext(file);
    const analysis = textAnalysisOf(tree, file);
    const end = analysis.end;
    if (context.wordLimit !== undefined && analysis.words > context.wordLimit) {
      const start = analysis.pointAfterWords(context.wordLimit);
      reportFinding(file, withinLengthLimit, { ...lengthLimitWording(analysis.words, context.wordLimit, 'words'), place: start && end ? { start, end } : start });
    }
    if (context.charLimit !== undefined) {
      const kind = context.charLimitCountsSpaces ? 'characters' : 'characters-no-spaces';
      const counted = context.charLimitCountsSpaces ? analysis.characters : analysis.charactersNoSpaces;
      if (counted > context.charLimit) {
        const start = analysis.pointAfterCharacters(context.charLimit, context.charLimitCountsSpaces);
        reportFinding(file, withinLengthLimit, { ...lengthLimitWording(counted, context.charLimit, kind), place: start && end ? { start, end } : start });
      }
    }
  },
};
