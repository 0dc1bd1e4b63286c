import { DISAGREEMENTS, NOMINATED_INDIVIDUAL, REGISTERED_MANAGER } from '../data/practice-words.js';
import type { PracticeStatement } from '../practice-statement.js';

const ESCALATE = String.raw`(?:escalate|escalates|escalated|go|goes|are\s+referred|is\s+referred|are\s+taken|is\s+taken|move|moves)\s+(?:up\s+)?to`;

export const escalationToRegisteredManager: PracticeStatement = {
  id: 'escalation-to-rm',
  description: 'Disagreements not resolved with the key worker go to the Registered Manager',
  cues: ['disagree', 'dispute'],
  patterns: [String.raw`\b${DISAGREEMENTS}\s+(?:[\w'’-]+\s+){0,8}?${ESCALATE}\s+${REGISTERED_MANAGER}\b`],
  practice: 'escalation-rm',
  examples: { claims: ['Disagreements that are not settled escalate to the Registered Manager.'], notClaims: [] },
};

export const escalationToNominatedIndividual: PracticeStatement = {
  id: 'escalation-to-ni',
  description: 'The Nominated Individual oversees disagreements that are not resolved',
  cues: ['disagree', 'dispute'],
  patterns: [
    String.raw`\b${DISAGREEMENTS}\s+(?:[\w'’-]+\s+){0,8}?${ESCALATE}\s+${NOMINATED_INDIVIDUAL}\b`,
    String.raw`\b${NOMINATED_INDIVIDUAL}\s+(?:oversees|reviews|hears|decides)\s+(?:unresolved\s+|escalated\s+|any\s+unresolved\s+)?${DISAGREEMENTS}`,
  ],
  practice: 'escalation-ni',
  examples: { claims: ['The Nominated Individual oversees unresolved disagreements.'], notClaims: [] },
};
