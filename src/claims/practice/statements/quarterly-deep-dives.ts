import { DEEP_DIVES, QUARTERLY } from '../data/practice-words.js';
import type { PracticeStatement } from '../practice-statement.js';

export const quarterlyDeepDives: PracticeStatement = {
  id: 'quarterly-deep-dives',
  description: 'Each person has a deep-dive review every quarter',
  cues: ['deep'],
  patterns: [
    String.raw`\b${QUARTERLY}\s+deep[- ]?dives?\b`,
    String.raw`\b${DEEP_DIVES}\b[^.;!?]{0,60}?\b${QUARTERLY}`,
  ],
  practice: 'deep-dive-quarterly',
  examples: {
    claims: ['A quarterly deep-dive looks at goals in detail.', 'Deep-dives take place every quarter.'],
    notClaims: ['From Q3 we aim to add a quarterly deep-dive.'],
  },
};
