/**
 * Hostile drafts through the claim validator and the draft checker, in-process: each must finish
 * in bounded time with a bounded number of messages, or be refused as invalid input. Sizes are
 * 20 KB to keep the suite fast; before the checker was made linear, 20 KB of "1 " took half a minute.
 */
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { MAX_REPORTED_MESSAGES } from '../../src/claims/data/report-limits.js';
import { validateClaims } from '../../src/claims/validate-claims.js';
import { AppError } from '../../src/shared/app-error.js';
import { ONE_FIGURE_PACK } from '../support/one-figure-pack.js';

const pack = ONE_FIGURE_PACK;

const SIZE = 20_000;
const repeat = (unit: string, tail = ''): string => unit.repeat(Math.floor((SIZE - tail.length) / unit.length)) + tail;

const numberShapes: Record<string, string> = {
  'ones': repeat('1 '),
  'ones with a full stop': repeat('1 ', '.'),
  'zeros': repeat('0 '),
  'ratios': repeat('1:1 '),
  'percent arrows': repeat('1% -> '),
  'full-width percentages': repeat('９７％ '),
  'distinct numbers': Array.from({ length: 4000 }, (_, index) => String(index)).join(' '),
};

const nestingShapes: Record<string, string> = {
  'nested block quotes': repeat('> ', 'x'),
  'nested lists': repeat('- ', 'x'),
  'nested ordered lists': repeat('1. ', 'x'),
  'nested emphasis': `${'*a '.repeat(SIZE / 6)}${' b*'.repeat(SIZE / 6)}`,
  'unclosed strong emphasis': repeat('**a'),
};

// Generous for a loaded CI machine; the unfixed checker needed 26–38 s for these.
const TIME_LIMIT_MS = 8_000;

async function refusal(run: () => unknown): Promise<AppError> {
  const error = await Promise.resolve().then(run).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('hostile drafts of numbers', () => {
  for (const [name, text] of Object.entries(numberShapes)) {
    it(`${name}: validated and checked in bounded time with at most ${MAX_REPORTED_MESSAGES} messages and a closing summary`, async () => {
      const started = performance.now();
      const report = validateClaims({ text, pack });
      expect(report.ok).toBe(false);
      expect(report.messages.length).toBeLessThanOrEqual(MAX_REPORTED_MESSAGES + 1);
      expect(report.messages.at(-1)?.ruleId).toBe('too-many-messages');

      const { file: _file, ...check } = await checkDraft({ text, pack });
      expect(check.messages.length).toBeLessThanOrEqual(MAX_REPORTED_MESSAGES + 1);
      expect(check.messages.at(-1)).toMatchObject({ ruleId: 'too-many-messages', severity: 'info' });
      expect(check.summary.omittedMessages?.['no-unsupported-claim']).toBeGreaterThan(0);
      expect(JSON.stringify(check).length).toBeLessThan(400_000);
      expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
    });
  }
});

describe('hostile nesting', () => {
  for (const [name, text] of Object.entries(nestingShapes)) {
    it(`${name}: refused as invalid input naming the line, by the validator and the checker`, async () => {
      const started = performance.now();
      const fromValidator = await refusal(() => validateClaims({ text, pack }));
      expect(fromValidator.code).toBe('INVALID_INPUT');
      expect(fromValidator.message).toMatch(/nested too deeply at line 1: more than \d+/);
      const fromChecker = await refusal(() => checkDraft({ text }));
      expect(fromChecker.code).toBe('INVALID_INPUT');
      expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
    });
  }

  it('accepts ordinary nesting: a list three levels deep inside a quote, emphasis inside a link', async () => {
    const text = '> - In Q2 2026 at Northgate:\n>   - **48 of 50** summaries\n>     - sent in [*five* working days](https://example.org)\n\n* * *\n';
    expect(validateClaims({ text, pack }).claims.length).toBeGreaterThan(0);
    await expect(checkDraft({ text })).resolves.toBeDefined();
  });

  it('refuses a tree made deep by indentation rather than markers', async () => {
    const text = Array.from({ length: 120 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
    const error = await refusal(() => validateClaims({ text, pack }));
    expect(error.code).toBe('INVALID_INPUT');
  });
});
