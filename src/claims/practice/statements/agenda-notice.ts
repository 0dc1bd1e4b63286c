import type { PracticeStatement } from '../practice-statement.js';

/** Agenda notice in words; a number of days ("3–5 days before") is a standard, checked as one. */
export const agendaNotice: PracticeStatement = {
  id: 'agenda-notice',
  description: 'Agendas go out ahead of each meeting',
  cues: ['agenda'],
  patterns: [
    String.raw`\bagendas?\b[^.;!?\d]{0,50}?\b(?:in\s+advance|ahead\s+of|before)\s+(?:each|every|all|the|a)\s+(?:planned\s+)?(?:meetings?|reviews?)`,
    String.raw`\bagendas?\b[^.;!?\d]{0,30}?\b(?:in\s+advance|in\s+good\s+time|ahead\s+of\s+time)\b`,
  ],
  practice: 'agenda-notice',
  examples: {
    claims: ['The agenda is sent in advance.', 'Agendas go out ahead of every review.'],
    notClaims: ['We aim to send agendas ahead of every review.'],
  },
};
