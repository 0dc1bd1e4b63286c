import { EVERY, NOMINATED_INDIVIDUAL, REGISTERED_MANAGER } from '../data/practice-words.js';
import type { PracticeStatement } from '../practice-statement.js';

const CHANGES = String.raw`(?:changes?|improvements?)`;
const VERIFIER = String.raw`(?<verifier>${REGISTERED_MANAGER}|${NOMINATED_INDIVIDUAL})`;

/** Who re-audited, read from the `verifier` group; without one, any verification counts. */
const VERIFIER_PRACTICES: Readonly<Record<string, string>> = {
  rm: 'changes-verified-by-rm',
  'the rm': 'changes-verified-by-rm',
  'our rm': 'changes-verified-by-rm',
  'registered manager': 'changes-verified-by-rm',
  'the registered manager': 'changes-verified-by-rm',
  'our registered manager': 'changes-verified-by-rm',
  ni: 'changes-verified-by-ni',
  'the ni': 'changes-verified-by-ni',
  'our ni': 'changes-verified-by-ni',
  'nominated individual': 'changes-verified-by-ni',
  'the nominated individual': 'changes-verified-by-ni',
  'our nominated individual': 'changes-verified-by-ni',
};

export const changeReaudit: PracticeStatement = {
  id: 'change-reaudit',
  description: 'Changes made from feedback are re-audited to check they worked',
  cues: ['change', 'improvement'],
  patterns: [
    String.raw`\b(?:${EVERY}\s+)?${CHANGES}\s+(?:[\w'’-]+\s+){0,4}?(?:is|are)\s+(?:then\s+|later\s+|always\s+)?(?:re-?audited|verified|re-?checked)(?:\s+by\s+${VERIFIER}\b)?`,
    String.raw`\b(?:${VERIFIER}\s+)?(?:re-?audits|verifies|re-?checks)\s+(?:${EVERY}\s+|the\s+|each\s+)?${CHANGES}\b`,
    String.raw`\bwe\s+(?:re-?audit|verify|re-?check)\s+(?:${EVERY}\s+|the\s+|each\s+)?${CHANGES}\b`,
  ],
  practice: { group: 'verifier', values: VERIFIER_PRACTICES, otherwise: 'changes-verified' },
  examples: {
    claims: ['Every change is re-audited by the NI.', 'We re-audit each change.'],
    notClaims: ['Changes will be re-audited from Q3.'],
  },
};
