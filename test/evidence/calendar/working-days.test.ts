import { describe, expect, it } from 'vitest';
import { type BankHolidayRegion } from '../../../src/evidence/calendar/bank-holidays.js';
import { addDays } from '../../../src/evidence/calendar/iso-date.js';
import {
  ZWorkingDayRowSchema,
  addWorkingDays,
  buildWorkingDayCalendar,
  isWorkingDay,
  workingDaysBetween,
} from '../../../src/evidence/calendar/working-days.js';
import { isAppError } from '../../../src/shared/app-error.js';

const EW: BankHolidayRegion = 'england-and-wales';
const SCOTLAND: BankHolidayRegion = 'scotland';
const NI: BankHolidayRegion = 'northern-ireland';

describe('workingDaysBetween (days after `from`, up to and including `to`)', () => {
  it('skips Good Friday, the weekend and Easter Monday 2026 in England and Wales', () => {
    // Thu 2 Apr → Tue 7 Apr: Fri 3 (Good Friday), Sat 4, Sun 5, Mon 6 (Easter Monday) do not count;
    // Tue 7 does. So a summary from a Thursday meeting sent on the Tuesday is 1 working day late-ish.
    expect(workingDaysBetween('2026-04-02', '2026-04-07', EW)).toBe(1);
    // Scotland has no Easter Monday holiday: Mon 6 and Tue 7 count.
    expect(workingDaysBetween('2026-04-02', '2026-04-07', SCOTLAND)).toBe(2);
  });

  it('skips Christmas 2026 and the Boxing Day substitute (Mon 28 Dec)', () => {
    // Thu 24 Dec → Tue 29 Dec: Fri 25 (Christmas), Sat 26, Sun 27, Mon 28 (Boxing Day substitute); Tue 29 counts.
    expect(workingDaysBetween('2026-12-24', '2026-12-29', EW)).toBe(1);
    expect(workingDaysBetween('2026-12-24', '2026-12-29', NI)).toBe(1);
  });

  it('knows Scotland’s 2 January and first-Monday-of-August holidays', () => {
    // Wed 31 Dec 2025 → Mon 5 Jan 2026: Thu 1 (all), Fri 2 (Scotland only), Sat, Sun, Mon 5.
    expect(workingDaysBetween('2025-12-31', '2026-01-05', EW)).toBe(2);
    expect(workingDaysBetween('2025-12-31', '2026-01-05', SCOTLAND)).toBe(1);
    // Fri 31 Jul → Tue 4 Aug 2026: Mon 3 Aug is Scotland’s summer holiday.
    expect(workingDaysBetween('2026-07-31', '2026-08-04', EW)).toBe(2);
    expect(workingDaysBetween('2026-07-31', '2026-08-04', SCOTLAND)).toBe(1);
    // Fri 28 Aug → Tue 1 Sep 2026: Mon 31 Aug is the England and Wales summer holiday, not Scotland’s.
    expect(workingDaysBetween('2026-08-28', '2026-09-01', EW)).toBe(1);
    expect(workingDaysBetween('2026-08-28', '2026-09-01', SCOTLAND)).toBe(2);
  });

  it('knows Northern Ireland’s St Patrick’s Day and the Boyne substitute', () => {
    // Mon 16 → Wed 18 Mar 2026: Tue 17 is St Patrick’s Day in Northern Ireland only.
    expect(workingDaysBetween('2026-03-16', '2026-03-18', NI)).toBe(1);
    expect(workingDaysBetween('2026-03-16', '2026-03-18', EW)).toBe(2);
    // 12 Jul 2026 is a Sunday, so Mon 13 Jul is the substitute day.
    expect(isWorkingDay('2026-07-13', NI)).toBe(false);
    expect(isWorkingDay('2026-07-13', EW)).toBe(true);
  });

  it('does not count weekends', () => {
    expect(workingDaysBetween('2026-07-10', '2026-07-13', EW)).toBe(1); // Fri → Mon
    expect(workingDaysBetween('2026-07-11', '2026-07-12', EW)).toBe(0); // Sat → Sun
    expect(workingDaysBetween('2026-07-11', '2026-07-13', EW)).toBe(1); // Sat → Mon
    expect(workingDaysBetween('2026-07-06', '2026-07-20', EW)).toBe(10); // two whole weeks
    expect(isWorkingDay('2026-07-11', EW)).toBe(false);
    expect(isWorkingDay('2026-07-10', EW)).toBe(true);
  });

  it('is 0 on the same day and negative when `to` is earlier', () => {
    expect(workingDaysBetween('2026-05-13', '2026-05-13', EW)).toBe(0);
    expect(workingDaysBetween('2026-04-03', '2026-04-03', EW)).toBe(0); // a holiday, still 0
    expect(workingDaysBetween('2026-04-07', '2026-04-02', EW)).toBe(-1);
  });

  it('rejects dates outside the calendar with a message that says what to update', () => {
    const call = () => workingDaysBetween('2027-12-20', '2029-12-27', EW);
    expect(call).toThrow(
      '27/12/2029 is outside the bank-holiday calendar (covers 1 January 2019 to 31 December 2027); ' +
        'update src/evidence/calendar/uk-bank-holidays.json',
    );
    try {
      call();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('CALENDAR_OUT_OF_RANGE');
    }
    expect(() => isWorkingDay('2018-12-31', SCOTLAND)).toThrow(/31\/12\/2018 is outside/);
    // Fri 31 Dec 2027 is the last known day; a deadline that lands in 2028 is not guessed.
    expect(() => addWorkingDays('2027-12-29', 3, EW)).toThrow(/01\/01\/2028 is outside/);
  });

  it('rejects malformed dates as input errors', () => {
    expect(() => isWorkingDay('2026-02-30', EW)).toThrow('Unexpected date "2026-02-30", expected a calendar date as YYYY-MM-DD');
    expect(() => isWorkingDay('03/04/2026', EW)).toThrow(/Unexpected date/);
  });
});

describe('addWorkingDays', () => {
  it('finds the 5-working-day summary deadline across Easter 2026', () => {
    // From Wed 1 Apr: Thu 2 (1), [Fri 3, Sat, Sun, Mon 6], Tue 7 (2), Wed 8 (3), Thu 9 (4), Fri 10 (5).
    expect(addWorkingDays('2026-04-01', 5, EW)).toBe('2026-04-10');
    // Scotland works Easter Monday: Thu 2, Mon 6, Tue 7, Wed 8, Thu 9.
    expect(addWorkingDays('2026-04-01', 5, SCOTLAND)).toBe('2026-04-09');
  });

  it('returns the date itself for 0 and counts back for negative n', () => {
    expect(addWorkingDays('2026-04-04', 0, EW)).toBe('2026-04-04');
    // Back from Tue 7 Apr: Mon 6 and Fri 3 are holidays, so the previous working day is Thu 2.
    expect(addWorkingDays('2026-04-07', -1, EW)).toBe('2026-04-02');
  });
});

/** Small deterministic PRNG (mulberry32) so a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('buildWorkingDayCalendar', () => {
  it('has one row per day of 2019–2027 and the hand-counted number of working days', () => {
    // 2019-01-01 (Tue) … 2027-12-31 (Fri): 9 × 365 + 2 leap days = 3,287 days = 469 weeks + Tue–Fri,
    // so 469 × 5 + 4 = 2,349 weekdays. Every GOV.UK holiday falls on a weekday, so working days are
    // 2,349 − 75 (E&W) = 2,274; − 84 (Scotland) = 2,265; − 93 (Northern Ireland) = 2,256.
    const expected: Record<BankHolidayRegion, number> = {
      'england-and-wales': 2274,
      scotland: 2265,
      'northern-ireland': 2256,
    };
    for (const [region, workingDays] of Object.entries(expected) as Array<[BankHolidayRegion, number]>) {
      const rows = buildWorkingDayCalendar(region);
      expect(rows).toHaveLength(3287);
      expect(rows[0]).toEqual({ region, date: '2019-01-01', ordinal: 0, isWorkingDay: false }); // New Year’s Day
      expect(rows.at(-1)?.date).toBe('2027-12-31');
      expect(rows.at(-1)?.ordinal).toBe(workingDays);
      expect(rows.filter((row) => row.isWorkingDay)).toHaveLength(workingDays);
      expect(() => rows.forEach((row) => ZWorkingDayRowSchema.parse(row))).not.toThrow();
    }
  });

  it('gives ordinal differences equal to workingDaysBetween for 3,000 random pairs', () => {
    const random = mulberry32(20260402);
    const regions: BankHolidayRegion[] = [EW, SCOTLAND, NI];
    const calendars = new Map(regions.map((region) => [region, buildWorkingDayCalendar(region)]));
    let checked = 0;
    for (let i = 0; i < 3000; i += 1) {
      const region = regions[i % 3] as BankHolidayRegion;
      const rows = calendars.get(region) ?? [];
      const fromIndex = Math.floor(random() * rows.length);
      // Mostly short spans (as deadlines are), sometimes long ones, in either direction.
      const span = random() < 0.8 ? Math.floor(random() * 60) : Math.floor(random() * rows.length);
      const toIndex = Math.min(rows.length - 1, Math.max(0, fromIndex + (random() < 0.5 ? span : -span)));
      const from = rows[fromIndex];
      const to = rows[toIndex];
      if (from === undefined || to === undefined) throw new Error('index outside the calendar');
      expect(to.ordinal - from.ordinal, `${region} ${from.date}→${to.date}`).toBe(
        workingDaysBetween(from.date, to.date, region),
      );
      checked += 1;
    }
    expect(checked).toBe(3000);
  });

  it('agrees with addWorkingDays: n working days on is a working day with ordinal + n', () => {
    const rows = buildWorkingDayCalendar(EW);
    const byDate = new Map(rows.map((row) => [row.date, row]));
    for (let date = '2026-03-20'; date <= '2026-04-20'; date = addDays(date, 1)) {
      const target = byDate.get(addWorkingDays(date, 5, EW));
      expect(target?.isWorkingDay).toBe(true);
      expect((target?.ordinal ?? 0) - (byDate.get(date)?.ordinal ?? 0)).toBe(5);
    }
  });
});
