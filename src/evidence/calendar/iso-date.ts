import { z } from 'zod';
import { AppError } from '../../shared/app-error.js';

/**
 * Plain calendar dates as 'YYYY-MM-DD' strings. No clocks and no time zones: a date is turned
 * into a whole "day number" (days since 1970-01-01, in UTC) for arithmetic and back again.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Day number of a date, or undefined when the text is not a real calendar date (e.g. 2026-02-30). */
function tryDayNumber(value: string): number | undefined {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  const dayNumber = moment.getTime() / MS_PER_DAY;
  return dayNumberToIsoDate(dayNumber) === value ? dayNumber : undefined;
}

export const ZIsoDateSchema = z
  .string()
  .refine((value) => tryDayNumber(value) !== undefined, { message: 'Expected a calendar date as YYYY-MM-DD' });
export type IsoDate = z.infer<typeof ZIsoDateSchema>;

export function isIsoDate(value: string): boolean {
  return tryDayNumber(value) !== undefined;
}

/** Day number of an ISO date; a malformed or impossible date is a user input error. */
export function toDayNumber(value: string): number {
  const dayNumber = tryDayNumber(value);
  if (dayNumber === undefined) {
    throw new AppError('INVALID_INPUT', `Unexpected date "${value}", expected a calendar date as YYYY-MM-DD`, {
      details: { value },
    });
  }
  return dayNumber;
}

export function dayNumberToIsoDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dayNumberToIsoDate(toDayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function dayOfWeek(date: string): number {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
}

/** Day-first, as UK files and readers expect: '2029-12-27' → '27/12/2029'. */
export function formatDayFirst(date: string): string {
  toDayNumber(date);
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** '2024-01-01' → '1 January 2024'. */
export function formatLongDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${monthName(month)} ${year}`;
}

export function dateParts(date: string): { year: number; month: number; day: number } {
  toDayNumber(date);
  const [year, month, day] = date.split('-').map(Number);
  return { year: year as number, month: month as number, day: day as number };
}

/** Month is 1-based. */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`Month ${month} is not between 1 and 12`);
  return name;
}

export function isoDate(year: number, month: number, day: number): string {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  toDayNumber(text);
  return text;
}

export function lastDayOfMonth(year: number, month: number): string {
  const firstOfNextMonth = month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
  return addDays(firstOfNextMonth, -1);
}
