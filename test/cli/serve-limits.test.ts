/**
 * `assured serve` takes the rate limit and the size of the worker pool from a flag, else from the
 * environment; a value the server could not use is refused with the flag's name before it starts.
 */
import { describe, expect, it } from 'vitest';
import { ZApiLimitsSchema } from '../../src/api/limits.js';
import { serveLimits } from '../../src/cli/commands/serve.js';

describe('serve limits', () => {
  it('leaves every limit at its default when neither a flag nor the environment sets it', () => {
    expect(serveLimits({}, {})).toEqual({});
    expect(ZApiLimitsSchema.parse(serveLimits({}, {})).workThreads).toBeUndefined();
  });

  it('takes the worker threads from --work-threads, else from ASSURED_WORK_THREADS', () => {
    expect(serveLimits({ 'work-threads': '1' }, { ASSURED_WORK_THREADS: '8' })).toEqual({ workThreads: 1 });
    expect(serveLimits({}, { ASSURED_WORK_THREADS: '8' })).toEqual({ workThreads: 8 });
    expect(serveLimits({ 'rate-limit': '120', 'work-threads': '2' }, {})).toEqual({ rateLimitMax: 120, workThreads: 2 });
    expect(serveLimits({}, { ASSURED_RATE_LIMIT: '90', ASSURED_WORK_THREADS: '' })).toEqual({ rateLimitMax: 90 });
  });

  it('refuses a thread count that is not a whole number from 1 to the schema maximum, naming where it came from', () => {
    for (const bad of ['0', '-1', '1.5', 'all', '65']) {
      expect(() => serveLimits({ 'work-threads': bad }, {})).toThrow(`--work-threads must be a whole number from 1 to 64 (got "${bad}")`);
    }
    expect(() => serveLimits({}, { ASSURED_WORK_THREADS: 'two' })).toThrow('ASSURED_WORK_THREADS must be a whole number from 1 to 64 (got "two")');
    expect(() => serveLimits({ 'rate-limit': '0' }, {})).toThrow('--rate-limit must be a whole number above 0 (got "0")');
    expect(ZApiLimitsSchema.parse(serveLimits({ 'work-threads': '64' }, {})).workThreads).toBe(64);
  });
});
