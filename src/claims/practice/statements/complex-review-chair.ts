import { COMPLEX_REVIEWS, KEY_WORKER, NOMINATED_INDIVIDUAL, REGISTERED_MANAGER } from '../data/practice-words.js';
import type { PracticeStatement } from '../practice-statement.js';

const CHAIRS = String.raw`(?:chairs|leads|runs|facilitates)`;
/** Every chairing statement names complex or best-interests reviews. */
const CHAIR_CUES = ['complex', 'interest'];
const CHAIRED = String.raw`(?:chaired|led|run|facilitated)`;

/** "The Registered Manager chairs complex reviews" / "complex reviews are chaired by the RM", for one role. */
function chairPatterns(role: string): string[] {
  return [
    String.raw`\b${role}\s+(?:always\s+|personally\s+)?${CHAIRS}\s+(?:all\s+|every\s+|each\s+|any\s+)?(?:the\s+|our\s+)?${COMPLEX_REVIEWS}`,
    String.raw`\b${COMPLEX_REVIEWS}\s+(?:are|is)\s+(?:always\s+)?${CHAIRED}\s+by\s+${role}\b`,
    String.raw`\b${role}\s+(?:always\s+)?(?:is\s+)?(?:the\s+)?chairs?\s+(?:of\s+)?(?:all\s+|every\s+)?(?:the\s+)?${COMPLEX_REVIEWS}`,
  ];
}

export const registeredManagerChairsComplexReviews: PracticeStatement = {
  id: 'rm-chairs-complex-reviews',
  description: 'The Registered Manager chairs complex and best-interests reviews',
  cues: CHAIR_CUES,
  patterns: chairPatterns(String.raw`${REGISTERED_MANAGER}\b`),
  practice: 'complex-chair-rm',
  examples: {
    claims: ['The Registered Manager chairs complex reviews.', 'Best-interests meetings are always chaired by the RM.'],
    notClaims: ['The Registered Manager will chair complex reviews from September.'],
  },
};

export const nominatedIndividualChairsComplexReviews: PracticeStatement = {
  id: 'ni-chairs-complex-reviews',
  description: 'The Nominated Individual chairs complex and best-interests reviews',
  cues: CHAIR_CUES,
  patterns: chairPatterns(String.raw`${NOMINATED_INDIVIDUAL}\b`),
  practice: 'complex-chair-ni',
  examples: { claims: ['The Nominated Individual chairs best-interests meetings.'], notClaims: [] },
};

export const keyWorkerChairsComplexReviews: PracticeStatement = {
  id: 'key-worker-chairs-complex-reviews',
  description: 'The key worker chairs complex and best-interests reviews',
  cues: CHAIR_CUES,
  patterns: chairPatterns(KEY_WORKER),
  practice: 'complex-chair-key-worker',
  examples: { claims: ['Complex reviews are led by the key worker.'], notClaims: [] },
};
