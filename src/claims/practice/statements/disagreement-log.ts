import { DISAGREEMENTS, EVERY } from '../data/practice-words.js';
import type { PracticeStatement } from '../practice-statement.js';

export const disagreementLog: PracticeStatement = {
  id: 'disagreement-log',
  description: 'Disagreements are logged',
  cues: ['disagree', 'dispute'],
  patterns: [
    String.raw`\b(?:${EVERY}\s+)?${DISAGREEMENTS}\s+(?:is|are)\s+(?:always\s+)?(?:logged|recorded)\b`,
    String.raw`\b(?:log|logs|record|records)\s+${EVERY}\s+${DISAGREEMENTS}`,
    String.raw`\b(?:keep|keeps|maintain|maintains|hold|holds)\s+(?:a|an|the|our)\s+${DISAGREEMENTS}\s+(?:log|register)\b`,
  ],
  practice: 'disagreements-logged',
  examples: {
    claims: ['Every disagreement is logged.', 'We keep a disagreement log.'],
    notClaims: ['We will log every disagreement.'],
  },
};
