/**
 * The text-work pool serves checks in the order they arrive: under sustained load none waits
 * behind later ones until its budget runs out. A task whose budget ends while it waits is
 * answered with WORK_LIMIT like one that ran too long, and closing the pool tells every caller to retry.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TextWorkPool } from '../../src/check/run-check-isolated.js';
import { isAppError } from '../../src/shared/app-error.js';

/** Long enough that a check of it takes far longer than the budgets below. */
const SLOW_TEXT = '1 '.repeat(49_000);

let pool: TextWorkPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

function codeOf(error: unknown): string {
  return isAppError(error) ? error.code : String(error);
}

describe('text-work pool', () => {
  it('answers checks queued behind a busy thread in the order they arrived', async () => {
    pool = new TextWorkPool({ threads: 1, queue: 64, timeBudgetMs: 60_000, memoryMb: 512 });
    await pool.ready();
    const finished: number[] = [];
    const checks = Array.from({ length: 24 }, (_, index) =>
      pool!.check({ text: `We involve families in every review (${index}).` }).then(() => finished.push(index)),
    );
    await Promise.all(checks);
    expect(finished).toEqual(Array.from({ length: 24 }, (_, index) => index));
  });

  it('answers a check whose budget runs out while it waits behind a busy thread with WORK_LIMIT', async () => {
    pool = new TextWorkPool({ threads: 1, queue: 64, timeBudgetMs: 300, memoryMb: 512 });
    await pool.ready();
    const outcomes = await Promise.allSettled([pool.check({ text: SLOW_TEXT }), pool.check({ text: 'We involve families in every review.' })]);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason as Error;
      expect(codeOf(reason)).toBe('WORK_LIMIT');
      expect(reason.message).toBe('The check did not finish within its 0.3 s budget and was stopped. Send a shorter text, or try again when the server is less busy.');
    }
  });

  it('answers the running and the waiting checks when it closes, telling their callers to retry', async () => {
    pool = new TextWorkPool({ threads: 1, queue: 64, timeBudgetMs: 60_000, memoryMb: 512 });
    await pool.ready();
    const running = pool.check({ text: SLOW_TEXT }).catch((error: unknown) => error);
    const waiting = pool.check({ text: 'We involve families in every review.' }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await pool.close();
    pool = undefined;
    for (const answer of [(await waiting) as Error, (await running) as Error]) {
      expect(codeOf(answer)).toBe('OVERLOADED');
      expect(answer.message).toBe('The server is shutting down; try again shortly.');
    }
  });
});
