/** A figure's value as written: a percentage is rounded once, from its counts, never from an already rounded value. */
import { describe, expect, it } from 'vitest';
import { formatFigureValue } from '../../src/evidence/format-figure.js';

describe('formatFigureValue', () => {
  it('writes 5 of 11 as 45%, though its one-decimal value 45.5 would round to 46%', () => {
    expect(formatFigureValue({ unit: 'percent', value: 45.5, numerator: 5, denominator: 11 }, 45.5)).toBe('45%');
    expect(formatFigureValue({ unit: 'percent', value: 89.6, numerator: 164, denominator: 183 }, 89.6)).toBe('90%');
  });

  it("rounds a value that is not the figure's own (a previous period) as given", () => {
    expect(formatFigureValue({ unit: 'percent', value: 45.5, numerator: 5, denominator: 11 }, 62.5)).toBe('63%');
    expect(formatFigureValue({ unit: 'percent' }, 45.5)).toBe('46%');
    expect(formatFigureValue({ unit: 'score' }, 4)).toBe('4.0');
  });
});
