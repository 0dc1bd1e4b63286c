import type { CheckSeverity } from '../check-schema.js';

/**
 * Default severity per rule id. Severity is configuration, never rule code: `checkDraft`
 * accepts overrides keyed the same way. `error` makes `assured check` exit with code 1.
 */
export const defaultSeverity: Readonly<Record<string, CheckSeverity>> = {
  'within-length-limit': 'error',
  'no-unsupported-claim': 'error',
  'no-vague-involvement': 'warning',
  'no-tokenism': 'warning',
  'require-figure-anchor': 'warning',
  'require-involvement-structure': 'warning',
  'no-care-jargon': 'info',
  'readable-sentences': 'info',
};
