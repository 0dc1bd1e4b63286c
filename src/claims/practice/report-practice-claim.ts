/**
 * Practice claims as findings: `partly` and `contradicted` fail a validation like a wrong number;
 * `not-recorded` is told to the writer without failing it (the records cannot say either way);
 * `practised` and `declared` need no message; `stale-declared` fails it (a practice library entry
 * last checked too long ago).
 */
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { ruleUrl } from '../../shared/rule-docs.js';
import type { PracticeStatus } from '../claims-schema.js';
import type { CheckedPracticeClaim } from './check-practice-claims.js';

export interface PracticeRule {
  ruleId: string;
  url: string;
  /** Whether the claim fails the validation (and blocks export unless written as a plan or allowed). */
  flagged: boolean;
}

export const PRACTICE_RULES: Readonly<Record<PracticeStatus, PracticeRule | undefined>> = {
  practised: undefined,
  partly: { ruleId: 'practice-partly', url: ruleUrl('practice-partly'), flagged: true },
  contradicted: { ruleId: 'practice-contradicted', url: ruleUrl('practice-contradicted'), flagged: true },
  'not-recorded': { ruleId: 'practice-not-recorded', url: ruleUrl('practice-not-recorded'), flagged: false },
  declared: undefined,
  'stale-declared': { ruleId: 'practice-declared-stale', url: ruleUrl('practice-declared-stale'), flagged: true },
};

export function reportPracticeClaim(file: VFile, checked: CheckedPracticeClaim): VFileMessage | undefined {
  const rule = PRACTICE_RULES[checked.status];
  if (!rule) return undefined;
  const { claim, practice } = checked;
  const cause = practice
    ? new VFileMessage(`Practice \`${practice.id}\` (${practice.label}): ${practice.numerator} of ${practice.denominator}, ${practice.period}`, {
        ruleId: 'practice',
        source: 'assured',
      })
    : undefined;
  const options = {
    place: {
      start: { line: claim.line, column: claim.column, offset: claim.offset },
      end: { line: claim.endLine, column: claim.endColumn, offset: claim.endOffset },
    },
    ruleId: rule.ruleId,
    source: 'assured',
    ...(cause ? { cause } : {}),
  };
  const message = rule.flagged && !claim.actualStated ? file.message(claim.message, options) : file.info(claim.message, options);
  message.actual = claim.text;
  message.expected = claim.expected ?? [];
  message.url = rule.url;
  return message;
}
