/** Where each finding's `url` points: the rule's section in docs/rules.md. */
export const RULES_DOC = 'docs/rules.md';

export function ruleUrl(ruleId: string): string {
  return `${RULES_DOC}#${ruleId}`;
}
