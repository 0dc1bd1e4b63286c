import { ADVOCATE, COMPLEX_REVIEWS } from '../data/practice-words.js';
import type { PracticeStatement } from '../practice-statement.js';

export const advocateAtComplexReviews: PracticeStatement = {
  id: 'advocate-at-complex-reviews',
  description: 'An independent advocate takes part in complex and best-interests reviews',
  cues: ['advocate', 'imca', 'imha', 'rpr'],
  patterns: [
    String.raw`\b${ADVOCATE}\s+(?:always\s+)?(?:attends?|joins?|is\s+present\s+at|are\s+present\s+at|takes?\s+part\s+in|comes?\s+to|is\s+involved\s+in|are\s+involved\s+in|supports?\s+the\s+person\s+(?:at|in))\s+(?:all\s+|every\s+|each\s+)?(?:the\s+|our\s+)?${COMPLEX_REVIEWS}`,
    String.raw`\b${COMPLEX_REVIEWS}\s+(?:always\s+)?(?:include|includes|involve|involves|have|has)\s+${ADVOCATE}`,
    String.raw`\b${COMPLEX_REVIEWS}\s+(?:are|is)\s+(?:always\s+)?attended\s+by\s+${ADVOCATE}`,
  ],
  practice: 'advocate-at-complex',
  examples: {
    claims: ['An advocate attends best-interests meetings.', 'Complex reviews always include an independent advocate.'],
    notClaims: ['We aim to have an advocate at every best-interests meeting.', 'The advocate is involved within 48 hours.'],
  },
};
