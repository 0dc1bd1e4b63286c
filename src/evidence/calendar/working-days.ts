import { z } from 'zod';
import { type BankHolidayRegion, ZBankHolidayRegionSchema, assertDateCovered, bankHolidays, calendarCoverage } from './bank-holidays.js';
import { ZIsoDateSchema, addDays, dayOfWeek, toDayNumber } from './iso-date.js';

/**
 * UK working days: Monday to Friday, excluding the region's bank holidays.
 *
 * Counting convention (used by every working-day standard, e.g. "summary within 5 working days"):
 * workingDaysBetween(from, to) counts the working days AFTER `from`, up to and including `to`.
 * So a summary sent on the meeting day is 0, on the next working day 1, and a Friday meeting
 * answered on Monday is 1 (the weekend does not count). If `to` is before `from` the answer is
 * negative: -workingDaysBetween(to, from).
 */

const SATURDAY = 6;
const SUNDAY = 0;

export function isWorkingDay(date: string, region: BankHolidayRegion): boolean {
  assertDateCovered(date, region);
  const weekday = dayOfWeek(date);
  return weekday !== SATURDAY && weekday !== SUNDAY && !bankHolidays(region).has(date);
}

/** Reference implementation, walking day by day; tests and SQL (via ordinals) must agree with it. */
export function workingDaysBetween(from: string, to: string, region: BankHolidayRegion): number {
  assertDateCovered(from, region);
  assertDateCovered(to, region);
  if (toDayNumber(to) < toDayNumber(from)) {
    const forward = workingDaysBetween(to, from, region);
    return forward === 0 ? 0 : -forward; // never -0, which JSON and Object.is treat differently
  }
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(date, region)) count += 1;
  }
  return count;
}

/**
 * The date n working days after `date` (n ≥ 0), so that workingDaysBetween(date, result) === n
 * and, for n > 0, the result is itself a working day (the deadline day). n = 0 returns `date`.
 * For n < 0, the |n|th working day before `date` (not counting `date` itself).
 * Stepping outside the calendar's coverage throws CALENDAR_OUT_OF_RANGE.
 */
export function addWorkingDays(date: string, n: number, region: BankHolidayRegion): string {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
  assertDateCovered(date, region);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, region)) remaining -= 1;
  }
  return current;
}

export const ZWorkingDayRowSchema = z.object({
  region: ZBankHolidayRegionSchema,
  date: ZIsoDateSchema,
  /** Working days from the start of coverage up to and including `date`. */
  ordinal: z.number().int().nonnegative(),
  isWorkingDay: z.boolean(),
});
export type WorkingDayRow = z.infer<typeof ZWorkingDayRowSchema>;

/**
 * One row per calendar day of the coverage, for the `working_day(region, date, ordinal)` table.
 * ordinal(to) − ordinal(from) counts the working days in (from, to], which is exactly
 * workingDaysBetween(from, to), so SQL can subtract ordinals instead of walking days.
 */
export function buildWorkingDayCalendar(region: BankHolidayRegion): WorkingDayRow[] {
  const { from, to } = calendarCoverage();
  const rows: WorkingDayRow[] = [];
  let ordinal = 0;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const working = isWorkingDay(date, region);
    if (working) ordinal += 1;
    rows.push({ region, date, ordinal, isWorkingDay: working });
  }
  return rows;
}
