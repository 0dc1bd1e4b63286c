import type { PracticeStatement } from '../practice-statement.js';

const SUMMARY = String.raw`(?:(?:a|the)\s+)?(?:plain[- ]English\s+|written\s+|short\s+)?summar(?:y|ies)`;

/** Summaries in words; a deadline in days ("within 5 working days") is a standard, checked as one. */
export const summariesAfterMeetings: PracticeStatement = {
  id: 'summaries-after-meetings',
  description: 'A summary goes out promptly after every meeting',
  cues: ['summar'],
  patterns: [
    String.raw`\b${SUMMARY}\s+(?:is|are|goes|go)\s+(?:sent\s+|out\s+|shared\s+)?(?:promptly\s+)?(?:after|following)\s+(?:every|each|all)\s+(?:meetings?|reviews?)`,
    String.raw`\b(?:every|each)\s+(?:meeting|review)\s+(?:is\s+followed\s+by|ends\s+with|gets)\s+${SUMMARY}`,
    String.raw`\b${SUMMARY}\s+(?:is|are|goes|go)\s+(?:sent\s+|out\s+)?(?:promptly|quickly|on\s+time)\b`,
  ],
  practice: 'summaries-on-time',
  examples: {
    claims: ['A plain-English summary is sent after every meeting.', 'Every review is followed by a written summary.'],
    notClaims: ['We aim to send a summary after every meeting.'],
  },
};
