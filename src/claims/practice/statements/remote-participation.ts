import type { PracticeStatement } from '../practice-statement.js';

export const remoteParticipation: PracticeStatement = {
  id: 'remote-participation',
  description: 'Family, friends and advocates can join reviews remotely',
  cues: ['remote', 'video', 'phone', 'online', 'virtual', 'teams', 'zoom'],
  patterns: [
    String.raw`\b(?:join|joins|joined|attend|attends|take\s+part|takes\s+part|dial\s+in|dials\s+in)\s+(?:[\w'’-]+\s+){0,2}?(?:remotely|by\s+(?:video|phone|telephone|video\s+call|Teams|Zoom)|online|virtually)\b`,
    String.raw`\bremote(?:ly)?\s+(?:participation|attendance|joining|option)\b`,
  ],
  practice: 'remote-participation',
  examples: {
    claims: ['Families who live far away join by video.', 'Relatives can take part remotely.'],
    notClaims: ['From Q3 families will be able to join by video.'],
  },
};
