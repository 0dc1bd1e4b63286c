import { describe, expect, it } from 'vitest';
import {
  ZPeriodSchema,
  latestCompleteQuarter,
  monthsInPeriod,
  parsePeriod,
  parseReportingPeriod,
  periodContaining,
  periodInWords,
  previousPeriod,
  quartersBefore,
} from '../../src/evidence/period.js';
import { isAppError } from '../../src/shared/app-error.js';

describe('parsePeriod', () => {
  it.each([
    ['2026-Q2', { label: '2026-Q2', kind: 'quarter', start: '2026-04-01', end: '2026-06-30', human: 'Q2 2026' }],
    [' 2026-q1 ', { label: '2026-Q1', kind: 'quarter', start: '2026-01-01', end: '2026-03-31', human: 'Q1 2026' }],
    ['2026-Q4', { label: '2026-Q4', kind: 'quarter', start: '2026-10-01', end: '2026-12-31', human: 'Q4 2026' }],
    ['2026-05', { label: '2026-05', kind: 'month', start: '2026-05-01', end: '2026-05-31', human: 'May 2026' }],
    ['2024-02', { label: '2024-02', kind: 'month', start: '2024-02-01', end: '2024-02-29', human: 'February 2024' }],
    ['2026-02', { label: '2026-02', kind: 'month', start: '2026-02-01', end: '2026-02-28', human: 'February 2026' }],
    [
      'FY2025-26',
      { label: 'FY2025-26', kind: 'financial-year', start: '2025-04-01', end: '2026-03-31', human: 'April 2025–March 2026' },
    ],
    [
      'fy1999-00',
      { label: 'FY1999-00', kind: 'financial-year', start: '1999-04-01', end: '2000-03-31', human: 'April 1999–March 2000' },
    ],
    [
      '2026-04-01..2026-06-30',
      { label: '2026-04-01..2026-06-30', kind: 'range', start: '2026-04-01', end: '2026-06-30', human: '1 April–30 June 2026' },
    ],
    [
      '2025-12-01..2026-01-31',
      {
        label: '2025-12-01..2026-01-31',
        kind: 'range',
        start: '2025-12-01',
        end: '2026-01-31',
        human: '1 December 2025–31 January 2026',
      },
    ],
    [
      '2026-04-01..2026-04-15',
      { label: '2026-04-01..2026-04-15', kind: 'range', start: '2026-04-01', end: '2026-04-15', human: '1–15 April 2026' },
    ],
    [
      '2026-04-03..2026-04-03',
      { label: '2026-04-03..2026-04-03', kind: 'range', start: '2026-04-03', end: '2026-04-03', human: '3 April 2026' },
    ],
  ])('reads %j', (label, expected) => {
    const period = parsePeriod(label);
    expect(period).toEqual(expected);
    expect(ZPeriodSchema.parse(period)).toEqual(period);
  });

  it.each([
    ['2026-Q5', undefined],
    ['2026-13', undefined],
    ['Q2 2026', undefined],
    ['', undefined],
    ['FY2025-27', 'a financial year spans two consecutive years'],
    ['2026-06-30..2026-04-01', 'the range ends before it starts'],
    ['2026-02-30..2026-03-31', 'not a real calendar date'],
  ])('rejects %j, naming it and the accepted forms', (label, reason) => {
    let caught: unknown;
    try {
      parsePeriod(label);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught) && caught.code).toBe('INVALID_INPUT');
    const message = caught instanceof Error ? caught.message : '';
    expect(message).toContain(`Unexpected period "${label}"`);
    expect(message).toContain(
      'expected a quarter such as 2026-Q2, a month such as 2026-05, a financial year such as FY2025-26 ' +
        '(1 April 2025 to 31 March 2026), or a date range such as 2026-04-01..2026-06-30',
    );
    if (reason !== undefined) expect(message).toContain(`(${reason})`);
  });
});

describe('previousPeriod', () => {
  const previousLabel = (label: string) => previousPeriod(parsePeriod(label)).label;

  it('steps back a quarter, crossing into the previous year from Q1', () => {
    expect(previousPeriod(parsePeriod('2026-Q1'))).toEqual(parsePeriod('2025-Q4'));
    expect(previousLabel('2026-Q3')).toBe('2026-Q2');
  });

  it('steps back a month, from January to the previous December', () => {
    expect(previousLabel('2026-01')).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-03')).end).toBe('2026-02-28');
  });

  it('steps back a financial year', () => {
    expect(previousPeriod(parsePeriod('FY2025-26'))).toEqual(parsePeriod('FY2024-25'));
    expect(previousLabel('FY2000-01')).toBe('FY1999-00');
  });

  it('takes the same number of days immediately before a range', () => {
    // 1 April–30 June 2026 is 30 + 31 + 30 = 91 days; the 91 days before are
    // 31 December 2025 (1) + January (31) + February (28) + March (31).
    expect(previousLabel('2026-04-01..2026-06-30')).toBe('2025-12-31..2026-03-31');
    expect(previousLabel('2024-03-01..2024-03-01')).toBe('2024-02-29..2024-02-29');
  });
});

describe('labels and helpers', () => {
  it('formats a canonical label for readers', () => {
    expect(periodInWords('2026-Q2')).toBe('Q2 2026');
    expect(periodInWords('2026-05')).toBe('May 2026');
    expect(periodInWords('FY2025-26')).toBe('April 2025–March 2026');
    expect(periodInWords('2026-04-01..2026-06-30')).toBe('1 April–30 June 2026');
  });

  it('lists the months a period touches', () => {
    expect(monthsInPeriod(parsePeriod('2026-Q2'))).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(monthsInPeriod(parsePeriod('2026-05'))).toEqual(['2026-05']);
    expect(monthsInPeriod(parsePeriod('2025-11-15..2026-02-01'))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    const financialYear = monthsInPeriod(parsePeriod('FY2025-26'));
    expect(financialYear).toHaveLength(12);
    expect([financialYear[0], financialYear[11]]).toEqual(['2025-04', '2026-03']);
  });

  it('finds the latest quarter that has fully ended', () => {
    expect(latestCompleteQuarter('2026-07-03').label).toBe('2026-Q2');
    expect(latestCompleteQuarter('2026-07-01').label).toBe('2026-Q2');
    expect(latestCompleteQuarter('2026-06-30').label).toBe('2026-Q1'); // Q2 still running on its last day
    expect(latestCompleteQuarter('2026-01-15').label).toBe('2025-Q4');
  });

  it('finds the period containing a date', () => {
    expect(periodContaining('2026-03-31', 'financial-year').label).toBe('FY2025-26');
    expect(periodContaining('2026-04-01', 'financial-year').label).toBe('FY2026-27');
    expect(periodContaining('2026-09-30', 'quarter').label).toBe('2026-Q3');
    expect(periodContaining('2026-12-31', 'month').label).toBe('2026-12');
  });

  it('lists the n quarters ending with a quarter, oldest first', () => {
    expect(quartersBefore(parsePeriod('2026-Q2'), 4).map((period) => period.label)).toEqual([
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
    expect(quartersBefore(parsePeriod('2026-Q2'), 1).map((period) => period.label)).toEqual(['2026-Q2']);
    expect(() => quartersBefore(parsePeriod('2026-05'), 4)).toThrow('Unexpected period "2026-05", expected a quarter');
  });
});

describe('periods for figures stay inside the working-day calendar', () => {
  // The calendar covers 1 January 2019 to 31 December 2027 (src/evidence/calendar/uk-bank-holidays.json).
  it.each(['FY1899-00', 'FY2018-19', 'FY2027-28', '2018-Q4', '2028-Q1', '1899-12', '2028-01', '2018-12-31..2019-01-31', '2027-12-01..2028-01-01', '0001-01-01..0001-01-02'])(
    'refuses %j, naming the range the calendar covers',
    (label) => {
      let caught: unknown;
      try {
        parseReportingPeriod(label);
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught) && caught.code).toBe('CALENDAR_OUT_OF_RANGE');
      expect((caught as Error).message).toMatch(
        new RegExp(`^Period "${label.replace(/\./g, '\\.')}" \\(.+\\) is outside the working-day calendar, which covers 1 January 2019 to 31 December 2027; choose a period within 2019–2027$`, 'i'),
      );
    },
  );

  it('names FY1899-00 plainly', () => {
    expect(() => parseReportingPeriod('FY1899-00')).toThrow(
      'Period "FY1899-00" (April 1899–March 1900) is outside the working-day calendar, which covers 1 January 2019 to 31 December 2027; choose a period within 2019–2027',
    );
  });

  it.each(['2019-Q1', '2027-Q4', 'FY2019-20', 'FY2026-27', '2019-01', '2027-12', '2019-01-01..2027-12-31'])('accepts %j', (label) => {
    expect(parseReportingPeriod(label)).toEqual(parsePeriod(label));
  });

  it('still reports a malformed label as such, before the calendar', () => {
    expect(() => parseReportingPeriod('FY1899-01')).toThrow('a financial year spans two consecutive years');
  });
});
