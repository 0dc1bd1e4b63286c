/**
 * Parsers for the UK conventions of provider spreadsheets: day-first dates, Excel serial
 * dates, yes/no columns, UK local date-times. Each returns either a value or the reason the
 * text is not one, so that the importer can say what, where and what was expected.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string; expected: string };

const DATE_EXPECTED = 'a date as DD/MM/YYYY or YYYY-MM-DD';
const DATETIME_EXPECTED = 'a date and time as DD/MM/YYYY HH:MM or YYYY-MM-DDTHH:MM';

/** Excel's day 0 is 30 December 1899 (it counts the non-existent 29 February 1900). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function expandYear(year: string): number {
  const value = Number(year);
  // Two-digit years are this century: provider records are recent.
  return year.length === 2 ? 2000 + value : value;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "3 April 2026", "Tue 3rd Apr 2026", "3-Apr-26": dates typed by hand in a spreadsheet kept as text. */
function monthNameDate(text: string): DateParts | undefined {
  const match = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/i.exec(text);
  if (!match) return undefined;
  const name = match[2]!.toLowerCase();
  const month = MONTHS.findIndex((prefix) => name.startsWith(prefix) && (name.length === 3 || name.length > 3 && fullMonthName(prefix).startsWith(name)));
  if (month === -1) return undefined;
  return { day: Number(match[1]), month: month + 1, year: expandYear(match[3]!) };
}

function fullMonthName(prefix: string): string {
  return new Date(Date.UTC(2000, MONTHS.indexOf(prefix), 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }).toLowerCase();
}

function matchDateParts(text: string): DateParts | 'not-a-date' | 'impossible' {
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T,]+(\d{1,2})[:.](\d{2})(?::\d{2})?)?$/.exec(text);
  let parts: DateParts | undefined;
  if (match) {
    parts = { day: Number(match[1]), month: Number(match[2]), year: expandYear(match[3]!) };
    if (match[4] !== undefined) Object.assign(parts, { hour: Number(match[4]), minute: Number(match[5]) });
  } else {
    match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z)?)?$/.exec(text);
    if (match) {
      parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
      if (match[4] !== undefined) Object.assign(parts, { hour: Number(match[4]), minute: Number(match[5]) });
    }
  }
  parts ??= monthNameDate(text);
  if (!parts) return 'not-a-date';
  if (!isRealDate(parts.year, parts.month, parts.day)) return 'impossible';
  if (parts.hour !== undefined && (parts.hour > 23 || (parts.minute ?? 0) > 59)) return 'impossible';
  return parts;
}

function excelSerial(text: string): number | undefined {
  if (!/^\d{5}(\.\d+)?$/.test(text)) return undefined;
  const serial = Number(text);
  // 1 January 2000 … 31 December 2099: anything else in a date column is not a serial date.
  return serial >= 36526 && serial <= 73050 ? serial : undefined;
}

/** A calendar date, returned as midnight UTC (the database stores DATE). */
export function parseUkDate(raw: string): Parsed<Date> {
  const text = raw.trim();
  const serial = excelSerial(text);
  if (serial !== undefined) return { ok: true, value: new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY) };
  const parts = matchDateParts(text);
  if (parts === 'not-a-date') return { ok: false, problem: 'is not a date', expected: DATE_EXPECTED };
  if (parts === 'impossible') return { ok: false, problem: 'is not a real date', expected: DATE_EXPECTED };
  if (parts.hour !== undefined) return { ok: false, problem: 'has a time but this column takes a date only', expected: DATE_EXPECTED };
  return { ok: true, value: new Date(Date.UTC(parts.year, parts.month - 1, parts.day)) };
}

/** Offset of UK local time (GMT/BST) from UTC at a given instant, in minutes. */
function londonOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** A date-time in UK local time (referral clocks); an explicit `Z` means UTC. */
export function parseUkDateTime(raw: string): Parsed<Date> {
  const text = raw.trim();
  const serial = /^\d{5}(\.\d+)?$/.test(text) ? Number(text) : undefined;
  let wallClockUtc: number;
  if (serial !== undefined && serial >= 36526 && serial <= 73050) {
    wallClockUtc = EXCEL_EPOCH_UTC + Math.round(serial * MS_PER_DAY / 60_000) * 60_000;
  } else {
    const parts = matchDateParts(text);
    if (parts === 'not-a-date') return { ok: false, problem: 'is not a date and time', expected: DATETIME_EXPECTED };
    if (parts === 'impossible') return { ok: false, problem: 'is not a real date and time', expected: DATETIME_EXPECTED };
    if (parts.hour === undefined) return { ok: false, problem: 'has no time of day', expected: DATETIME_EXPECTED };
    wallClockUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute ?? 0);
    if (text.endsWith('Z')) return { ok: true, value: new Date(wallClockUtc) };
  }
  // Interpret the wall clock as London time: subtract the offset in force at that moment.
  const firstGuess = new Date(wallClockUtc - londonOffsetMinutes(new Date(wallClockUtc)) * 60_000);
  return { ok: true, value: new Date(wallClockUtc - londonOffsetMinutes(firstGuess) * 60_000) };
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

export function parseYesNo(raw: string): Parsed<boolean> {
  const text = raw.trim().toLowerCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, problem: 'is not yes or no', expected: 'yes/no, y/n, true/false or 1/0' };
}

export function parseInteger(raw: string, min: number, max: number): Parsed<number> {
  const text = raw.trim();
  const expected = `a whole number from ${min} to ${max}`;
  if (!/^-?\d+(\.0+)?$/.test(text)) return { ok: false, problem: 'is not a whole number', expected };
  const value = Number(text);
  if (value < min || value > max) return { ok: false, problem: 'is out of range', expected };
  return { ok: true, value };
}

export function parseChoice<T extends string>(raw: string, choices: readonly T[]): Parsed<T> {
  const text = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const found = choices.find((choice) => choice === text);
  if (found) return { ok: true, value: found };
  return { ok: false, problem: 'is not one of the accepted values', expected: `one of ${choices.join(', ')}` };
}

export function parseList(raw: string): string[] {
  return raw
    .split(/[;|]/)
    .map((item) => item.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter((item) => item.length > 0);
}

/** YYYY-MM-DD of a date stored as midnight UTC. */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
