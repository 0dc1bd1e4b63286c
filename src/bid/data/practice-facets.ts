/**
 * Things an answer says about how the service works that must read the same in every answer of
 * a bid: who chairs, how often, how quickly. Each facet's patterns capture the stated value in the
 * named group `value` (case-insensitive); two answers stating different values contradict each
 * other. To add a facet, add its patterns and a sentence pair to the bid consistency test.
 */
export interface PracticeFacet {
  id: string;
  /** What the facet is, as the report names it. */
  label: string;
  patterns: readonly string[];
}

const ROLE = String.raw`registered manager|deputy manager|service manager|team leader|key worker|nominated individual|social worker`;
const CADENCE = String.raw`weekly|fortnightly|monthly|quarterly|every (?:two|three|four|six|eight|\d+) weeks|every (?:two|three|six|\d+) months`;
const DURATION = String.raw`\d+ (?:working days?|days?|hours?|weeks?)`;

export const PRACTICE_FACETS: readonly PracticeFacet[] = [
  {
    id: 'complex-review-chair',
    label: 'who chairs complex and best-interests reviews',
    patterns: [
      String.raw`(?:the |our )?(?<value>${ROLE})s? (?:always |usually )?chairs? (?:every |all |each )?(?:complex|best[- ]interests?)`,
      String.raw`(?:complex|best[- ]interests?) (?:and best[- ]interests )?(?:reviews|meetings) are (?:always |usually )?chaired by (?:the |a |our )?(?<value>${ROLE})`,
    ],
  },
  {
    id: 'mini-review-cadence',
    label: 'how often mini-reviews are held',
    patterns: [String.raw`(?<value>${CADENCE}) mini[- ]reviews?`, String.raw`mini[- ]reviews? (?:are held |take place |happen )?(?<value>${CADENCE})`],
  },
  {
    id: 'deep-dive-cadence',
    label: 'how often deep-dive reviews are held',
    patterns: [String.raw`(?<value>${CADENCE}) deep[- ]dives?`, String.raw`deep[- ]dives? (?:are held |take place |happen )?(?<value>${CADENCE})`],
  },
  {
    id: 'summary-deadline',
    label: 'how soon meeting summaries are sent',
    patterns: [String.raw`summar(?:y|ies)\b[^.;]{0,50}?\bwithin (?<value>${DURATION})`],
  },
  {
    id: 'advocate-response',
    label: 'how quickly an advocate referral is answered',
    patterns: [String.raw`advocate\b[^.;]{0,50}?\bwithin (?<value>${DURATION})`],
  },
  {
    id: 'disagreement-resolution',
    label: 'how quickly disagreements are resolved',
    patterns: [String.raw`(?:disagreements?|disputes?)\b[^.;]{0,50}?\bwithin (?<value>${DURATION})`],
  },
  {
    id: 'agenda-notice',
    label: 'how much notice an agenda gives',
    patterns: [String.raw`agenda\b[^.;]{0,60}?\b(?<value>\d+(?:[–-]\d+)? (?:working )?days?) (?:before|ahead|in advance)`],
  },
];
