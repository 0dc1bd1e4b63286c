import { FORMAT, FORMAT_PRACTICES } from '../data/practice-words.js';
import type { PracticeStatement } from '../practice-statement.js';

const MATERIALS = String.raw`(?:agendas?|summar(?:y|ies)|papers|materials|invitations?|minutes|notes)`;

export const accessibleFormats: PracticeStatement = {
  id: 'accessible-formats',
  description: "Agendas and summaries go out in the person's accessible format",
  cues: ['read', 'audio', 'bsl', 'sign', 'print', 'pictor', 'picture', 'symbol', 'translat', 'format'],
  patterns: [
    String.raw`\b${MATERIALS}\s+(?:(?:and|or)\s+${MATERIALS}\s+)?(?:(?:are|is)\s+)?(?:always\s+)?(?:(?:sent|shared|provided|produced|written|available|prepared|given|printed|recorded|made)\s+(?:out\s+)?|(?:go|goes)\s+out\s+|(?:come|comes)\s+)?in\s+(?:an?\s+)?${FORMAT}`,
    String.raw`\b${FORMAT}\s+(?:versions?\s+of\s+)?${MATERIALS}\b`,
  ],
  practice: { group: 'format', values: FORMAT_PRACTICES, otherwise: 'accessible-format' },
  examples: {
    claims: ['Agendas go out in easy-read.', 'We send easy-read agendas before every review.', "Summaries are written in the person's chosen format."],
    notClaims: ['We will send agendas in easy-read from Q3.', 'Our target is easy-read agendas for everyone who needs them.'],
  },
};
