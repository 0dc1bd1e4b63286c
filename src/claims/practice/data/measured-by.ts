/**
 * Which figures (by figure catalogue id) measure each practice, so a practice named as the
 * subject of one of those figures reads as what was measured. Practices with one entry per role
 * or format are keyed by their family ("format", "complex-chair", "changes-verified-by").
 */
export const PRACTICE_MEASURED_BY: Readonly<Record<string, readonly string[]>> = {
  'review-monthly': ['cadence', 'cadence-monthly'],
  'deep-dive-quarterly': ['cadence'],
  'accessible-format': ['accessible-formats'],
  format: ['accessible-formats'],
  'agenda-notice': ['agenda-notice'],
  'summaries-on-time': ['summaries-on-time'],
  'ni-sampling': ['ni-sampling'],
  'changes-verified': ['changes-from-feedback'],
  'changes-verified-by': ['changes-from-feedback'],
  'advocate-at-complex': ['participation-advocate'],
  'disagreements-logged': ['disputes-resolved'],
};
