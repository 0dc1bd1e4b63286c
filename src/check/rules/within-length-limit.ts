import { textAnalysisOf } from '../analyse-text.js';
import { checkContext, reportFinding, ruleUrl, type CheckRule } from '../rule.js';

const RULE_ID = 'within-length-limit';

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
      const over = analysis.words - context.wordLimit;
      reportFinding(file, withinLengthLimit, {
        reason: `Unexpected \`${analysis.words} words\`, expected at most ${context.wordLimit}: cut ${over}, text past the limit is not marked`,
        place: start && end ? { start, end } : start,
        actual: `${analysis.words} words`,
        expected: [`Cut ${over} words so the answer has at most ${context.wordLimit}.`],
      });
    }
    if (context.charLimit !== undefined) {
      const counted = context.charLimitCountsSpaces ? analysis.characters : analysis.charactersNoSpaces;
      if (counted > context.charLimit) {
        const start = analysis.pointAfterCharacters(context.charLimit, context.charLimitCountsSpaces);
        const over = counted - context.charLimit;
        const unit = context.charLimitCountsSpaces ? 'characters' : 'characters (no spaces)';
        reportFinding(file, withinLengthLimit, {
          reason: `Unexpected \`${counted} ${unit}\`, expected at most ${context.charLimit}: cut ${over}, text past the limit is not marked`,
          place: start && end ? { start, end } : start,
          actual: `${counted} ${unit}`,
          expected: [`Cut ${over} ${unit} so the answer has at most ${context.charLimit}.`],
        });
      }
    }
  },
};
