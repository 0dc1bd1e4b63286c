import { MINI_REVIEWS, MONTHLY } from '../data/practice-words.js';
import type { PracticeStatement } from '../practice-statement.js';

export const monthlyMiniReviews: PracticeStatement = {
  id: 'monthly-mini-reviews',
  description: 'Each person has a mini-review every month',
  cues: ['month'],
  patterns: [
    String.raw`\b${MONTHLY}\s+(?:${MINI_REVIEWS}|reviews?|check[- ]?ins?)\b`,
    String.raw`\b${MINI_REVIEWS}\b[^.;!?]{0,60}?\b${MONTHLY}`,
    String.raw`\b(?:reviewed|seen)\s+(?:at\s+least\s+)?${MONTHLY}`,
  ],
  practice: 'review-monthly',
  examples: {
    claims: ['Every person has monthly mini-reviews with their key worker.', 'Mini-reviews are scheduled monthly.', 'Each person is reviewed every month.'],
    notClaims: ['We will hold monthly mini-reviews from Q3.', 'Our standard is a mini-review every month.', 'We do not yet hold monthly mini-reviews at every service.'],
  },
};
