import { describe, expect, it } from 'vitest';
import { formatPeriodLabel } from '../../src/claims/format-period-label.js';

describe('formatPeriodLabel', () => {
  it.each([
    ['2026-Q2', 'Q2 2026'],
    ['2026-05', 'May 2026'],
    ['FY2025-26', 'FY2025-26'],
    ['2026-04-01..2026-06-30', '1 April–30 June 2026'],
    ['2026-04-01..2026-04-30', '1–30 April 2026'],
    ['2025-12-01..2026-01-31', '1 December 2025–31 January 2026'],
    ['2026-04-01', '1 April 2026'],
    ['spring term', 'spring term'],
  ])('%s → %s', (code, label) => {
    expect(formatPeriodLabel(code)).toBe(label);
  });
});
