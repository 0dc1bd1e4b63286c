/**
 * Which of the four lines of the involvement paragraph a text carries, as the structure rule reads it.
 */
import { describe, expect, it } from 'vitest';
import { detectStructureLines } from '../../../src/check/rules/require-involvement-structure.js';

describe('detectStructureLines', () => {
  it('reads a count told by how it changed, with its period, as evidence', () => {
    expect(detectStructureLines('Across all four services in Q3 2026, compliments about feeling included rose from 6 the quarter before to 7 (feedback records).').evidence).toBe(true);
    expect(detectStructureLines('In Q3 2026, reviews with family input were 73% (133 of 183).').evidence).toBe(true);
    // A range of hours is not a figure.
    expect(detectStructureLines('In Q3 2026 the office was open from 9 to 5.').evidence).toBe(false);
  });
});
