/**
 * How a figure is named in a sentence, where its label does not read well there (labels may
 * carry numbers that are not the figure's own, such as "scoring 4 or 5", or a parenthesis).
 * Everything else is worded from the figure's label. Subjects carry no digits of their own.
 *
 * To extend: add an entry keyed by figure id.
 */
export const figureSubjects: Readonly<Record<string, string>> = {
  participation: 'reviews with family, friend or advocate input',
  'participation-family': 'reviews with family or friend input',
  'participation-advocate': 'reviews with an independent advocate contributing',
  'feel-involved-agree': 'feedback responses agreeing "I feel involved"',
  'feel-involved': 'the average "I feel involved" rating',
  'involvement-compliments': 'compliments about feeling included',
  'changes-from-feedback': '"you said, we did" changes verified',
  'enablement-verified': 'enablement outcomes verified',
  cadence: 'people with a monthly review and a quarterly deep-dive',
  'cadence-monthly': 'people with a review every month',
};

/** Short names for the records a figure comes from, by the start of its `source`. */
export const sourceNames: readonly { prefix: string; name: string }[] = [
  { prefix: 'review and attendance records', name: 'review and attendance records' },
  { prefix: 'review records', name: 'review records' },
  { prefix: 'action records', name: 'action records' },
  { prefix: 'feedback records', name: 'feedback records' },
  { prefix: 'change records', name: 'change records' },
  { prefix: 'enablement records', name: 'enablement records' },
  { prefix: 'disagreement log', name: 'disagreement log' },
  { prefix: 'advocate referral records', name: 'advocate referral records' },
  { prefix: 'governance sampling records', name: 'governance sampling records' },
];

/** Readable names for values found in the records (review types, roles, formats, modes). */
export const recordTerms: Readonly<Record<string, string>> = {
  'easy-read': 'easy-read',
  audio: 'audio',
  'large-print': 'large print',
  translation: 'translation',
  bsl: 'BSL',
  makaton: 'Makaton',
  pictures: 'pictures',
  pictorial: 'pictures',
  remote: 'remotely',
  async: 'a written view or voice note',
  video: 'video',
  phone: 'phone',
  written: 'a written view',
  'voice-note': 'a voice note',
  'in-person': 'in person',
  rm: 'the Registered Manager',
  ni: 'the Nominated Individual',
  'key-worker': 'the key worker',
};
