import type { PracticeStatement } from '../practice-statement.js';

export const writtenParticipation: PracticeStatement = {
  id: 'written-participation',
  description: 'Supporters who cannot attend send a written view or a voice note',
  cues: ['writ', 'voice'],
  patterns: [
    String.raw`\b(?:send|sends|give|gives|share|shares|submit|submits|contribute|contributes|record|records)\s+(?:[\w'’-]+\s+){0,2}?(?:written\s+views?|views?\s+in\s+writing|voice\s+notes?|written\s+contributions?)`,
    String.raw`\b(?:written\s+views?|voice\s+notes?)\s+(?:are|is)\s+(?:always\s+)?(?:welcomed|accepted|read\s+out|shared|included)`,
    String.raw`\bcontribute\s+in\s+writing\b`,
  ],
  practice: 'written-participation',
  examples: {
    claims: ['Family members who cannot attend send written views or voice notes.', 'Written views are read out at the meeting.'],
    notClaims: ['We plan to accept voice notes.'],
  },
};
