import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { checkRules } from '../../src/check/rules/index.js';

const rulesDoc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

describe.each(checkRules.map((rule) => [rule.ruleId, rule] as const))('rule %s', (ruleId, rule) => {
  it('has documented examples of both kinds', () => {
    expect(rule.examples.ok.length).toBeGreaterThan(0);
    expect(rule.examples.notOk.length).toBeGreaterThan(0);
    expect(rule.url).toBe(`docs/rules.md#${ruleId}`);
  });

  it('is documented in docs/rules.md with its examples and messages verbatim', () => {
    expect(rulesDoc).toContain(`<a id="${ruleId}"></a>`);
    for (const example of [...rule.examples.ok, ...rule.examples.notOk]) expect(rulesDoc).toContain(example.text);
    for (const example of rule.examples.notOk) expect(rulesDoc).toContain(example.message);
  });

  it.each(rule.examples.ok.map((example) => [example.text, example] as const))('ok: %s', async (text, example) => {
    const report = await checkDraft({ text, ...example.options });
    expect(report.messages.filter((message) => message.ruleId === ruleId)).toEqual([]);
  });

  it.each(rule.examples.notOk.map((example) => [example.text, example] as const))('not ok: %s', async (text, example) => {
    const report = await checkDraft({ text, ...example.options });
    const messages = report.messages.filter((message) => message.ruleId === ruleId).map((message) => message.message);
    expect(messages).toEqual([example.message]);
  });
});
