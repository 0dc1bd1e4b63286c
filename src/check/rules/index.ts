import type { CheckRule } from '../rule.js';
import { noCareJargon } from './no-care-jargon.js';
import { noTokenism } from './no-tokenism.js';
import { noUnsupportedClaim } from './no-unsupported-claim.js';
import { requireFigureAnchor } from './require-figure-anchor.js';
import { noVagueInvolvement } from './no-vague-involvement.js';
import { readableSentences } from './readable-sentences.js';
import { requireInvolvementStructure } from './require-involvement-structure.js';
import { withinLengthLimit } from './within-length-limit.js';

/** Every rule, in the order they run. */
export const checkRules: readonly CheckRule[] = [
  requireInvolvementStructure,
  noUnsupportedClaim,
  requireFigureAnchor,
  noVagueInvolvement,
  noTokenism,
  noCareJargon,
  readableSentences,
  withinLengthLimit,
];

export function findRule(ruleId: string): CheckRule | undefined {
  return checkRules.find((rule) => rule.ruleId === ruleId);
}
