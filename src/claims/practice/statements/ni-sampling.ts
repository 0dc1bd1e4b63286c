import { NOMINATED_INDIVIDUAL } from '../data/practice-words.js';
import type { PracticeStatement } from '../practice-statement.js';

const CASES = String.raw`(?:cases?|files?|records?|reviews?)`;

export const nominatedIndividualSampling: PracticeStatement = {
  id: 'ni-sampling',
  description: 'The Nominated Individual samples cases at every service each quarter',
  cues: ['ni', 'nominated'],
  patterns: [
    String.raw`\b${NOMINATED_INDIVIDUAL}\s+(?:personally\s+)?(?:samples|audits|dip[- ]?samples|checks|reviews)\s+(?:[\w'’-]+\s+){0,3}?${CASES}\s+(?:per|in\s+each|in\s+every|at\s+each|at\s+every|from\s+each|from\s+every|for\s+each)\s+service`,
    String.raw`\b${NOMINATED_INDIVIDUAL}\s+(?:personally\s+)?(?:samples|dip[- ]?samples)\s+(?:[\w'’-]+\s+){0,3}?${CASES}\b`,
    String.raw`\b${CASES}\s+(?:are|is)\s+(?:dip[- ]?)?sampled\s+by\s+${NOMINATED_INDIVIDUAL}\b`,
  ],
  practice: 'ni-sampling',
  examples: {
    claims: ['The NI samples two cases per service.', 'Cases are sampled by the Nominated Individual each quarter.'],
    notClaims: ['The NI will sample two cases per service from Q3.'],
  },
};
