import { describe, expect, it } from 'vitest';
import rawCalendar from '../../../src/evidence/calendar/uk-bank-holidays.json' with { type: 'json' };
import {
  ZBankHolidayCalendarSchema,
  ZBankHolidayRegionSchema,
  assertDateCovered,
  bankHolidays,
  calendarCoverage,
  calendarSource,
} from '../../../src/evidence/calendar/bank-holidays.js';
import { addDays, dayOfWeek } from '../../../src/evidence/calendar/iso-date.js';

/** Easter Sunday by the anonymous Gregorian algorithm, independent of the data file. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('uk-bank-holidays.json', () => {
  it('says where the copy came from, when, and which whole years it covers', () => {
    expect(calendarCoverage()).toEqual({ from: '2019-01-01', to: '2027-12-31' });
    const { source, retrieved } = calendarSource();
    expect(source).toContain('https://www.gov.uk/bank-holidays.json');
    expect(source).toContain('dmossop/bank-holidays-data');
    expect(retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('holds the published 2025 and 2026 England and Wales holidays', () => {
    const holidays = bankHolidays('england-and-wales');
    const inYear = (year: string) => [...holidays].filter((date) => date.startsWith(year)).sort();
    expect(inYear('2025')).toEqual([
      '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
    ]);
    expect(inYear('2026')).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
  });

  it('has Good Friday two days before Easter Sunday in every covered year, in every division', () => {
    for (const region of ZBankHolidayRegionSchema.options) {
      for (let year = 2019; year <= 2027; year += 1) {
        expect(bankHolidays(region).has(addDays(easterSunday(year), -2)), `${region} ${year}`).toBe(true);
      }
    }
  });

  it('only lists weekdays, with no date twice', () => {
    for (const region of ZBankHolidayRegionSchema.options) {
      const events = rawCalendar[region].events;
      expect(new Set(events.map((event) => event.date)).size).toBe(events.length);
      for (const event of events) expect([1, 2, 3, 4, 5], `${region} ${event.date}`).toContain(dayOfWeek(event.date));
    }
  });

  it('keeps the one-off days of the covered years', () => {
    for (const region of ZBankHolidayRegionSchema.options) {
      for (const date of ['2020-05-08', '2022-06-03', '2022-09-19', '2023-05-08']) {
        expect(bankHolidays(region).has(date), `${region} ${date}`).toBe(true);
      }
    }
  });

  it('refuses a file whose coverage claims a year it does not hold', () => {
    const overclaiming = { ...rawCalendar, coverage: { from: '2019-01-01', to: '2028-12-31' } };
    const result = ZBankHolidayCalendarSchema.safeParse(overclaiming);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      'Coverage claims 2028 but england-and-wales has no Christmas Day in 2028',
    );
    expect(ZBankHolidayCalendarSchema.safeParse(rawCalendar).success).toBe(true);
  });

  it('accepts the first and last covered days and rejects the days either side', () => {
    expect(() => assertDateCovered('2019-01-01', 'scotland')).not.toThrow();
    expect(() => assertDateCovered('2027-12-31', 'scotland')).not.toThrow();
    expect(() => assertDateCovered('2028-01-01', 'scotland')).toThrow(
      '01/01/2028 is outside the bank-holiday calendar (covers 1 January 2019 to 31 December 2027)',
    );
    expect(() => assertDateCovered('2018-12-31', 'northern-ireland')).toThrow(/^31\/12\/2018 is outside/);
  });
});
