import { z } from 'zod';
import { AppError } from '../shared/app-error.js';
import { calendarCoverage } from './calendar/bank-holidays.js';
import {
  ZIsoDateSchema,
  addDays,
  dateParts,
  formatLongDate,
  isIsoDate,
  isoDate,
  lastDayOfMonth,
  monthName,
  toDayNumber,
} from './calendar/iso-date.js';

/**
 * Reporting periods. Quarters are calendar quarters (Q2 = April–June); UK financial years run
 * 1 April to 31 March. Dates are inclusive 'YYYY-MM-DD'.
 */

export const ZPeriodKindSchema = z.enum(['quarter', 'month', 'financial-year', 'range']);
export type PeriodKind = z.infer<typeof ZPeriodKindSchema>;

export const ZPeriodSchema = z.object({
  label: z.string().min(1).describe("Canonical label: '2026-Q2', '2026-05', 'FY2025-26', '2026-04-01..2026-06-30'"),
  kind: ZPeriodKindSchema.describe('quarter, month, financial year or range'),
  start: ZIsoDateSchema.describe('First day (YYYY-MM-DD)'),
  end: ZIsoDateSchema.describe('Last day (YYYY-MM-DD)'),
  human: z.string().min(1).describe("For readers: 'Q2 2026', 'May 2026', 'April 2025–March 2026', '1 April–30 June 2026'"),
});
export type Period = z.infer<typeof ZPeriodSchema>;

const ACCEPTED_FORMS =
  'a quarter such as 2026-Q2, a month such as 2026-05, a financial year such as FY2025-26 ' +
  '(1 April 2025 to 31 March 2026), or a date range such as 2026-04-01..2026-06-30';

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/i;
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const FINANCIAL_YEAR_PATTERN = /^FY(\d{4})-(\d{2})$/i;
const RANGE_PATTERN = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

function invalidPeriod(label: string, reason?: string): AppError {
  const because = reason === undefined ? '' : ` (${reason})`;
  return new AppError('INVALID_INPUT', `Unexpected period "${label}"${because}, expected ${ACCEPTED_FORMS}`, {
    details: { value: label },
  });
}

export function quarterPeriod(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    label: `${year}-Q${quarter}`,
    kind: 'quarter',
    start: isoDate(year, firstMonth, 1),
    end: lastDayOfMonth(year, firstMonth + 2),
    human: `Q${quarter} ${year}`,
  };
}

export function monthPeriod(year: number, month: number): Period {
  return {
    label: `${year}-${String(month).padStart(2, '0')}`,
    kind: 'month',
    start: isoDate(year, month, 1),
    end: lastDayOfMonth(year, month),
    human: `${monthName(month)} ${year}`,
  };
}

/** The financial year starting 1 April of `startYear`. */
export function financialYearPeriod(startYear: number): Period {
  return {
    label: `FY${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`,
    kind: 'financial-year',
    start: isoDate(startYear, 4, 1),
    end: isoDate(startYear + 1, 3, 31),
    human: `April ${startYear}–March ${startYear + 1}`,
  };
}

export function rangePeriod(start: string, end: string): Period {
  if (toDayNumber(end) < toDayNumber(start)) {
    throw invalidPeriod(`${start}..${end}`, 'the range ends before it starts');
  }
  return { label: `${start}..${end}`, kind: 'range', start, end, human: humanRange(start, end) };
}

/** '1 April–30 June 2026'; '1–15 April 2026'; '1 December 2025–31 January 2026'; '1 April 2026'. */
function humanRange(start: string, end: string): string {
  if (start === end) return formatLongDate(start);
  const from = dateParts(start);
  const to = dateParts(end);
  if (from.year !== to.year) return `${formatLongDate(start)}–${formatLongDate(end)}`;
  if (from.month !== to.month) return `${from.day} ${monthName(from.month)}–${formatLongDate(end)}`;
  return `${from.day}–${formatLongDate(end)}`;
}

export function parsePeriod(label: string): Period {
  const text = label.trim();

  const quarter = QUARTER_PATTERN.exec(text);
  if (quarter) return quarterPeriod(Number(quarter[1]), Number(quarter[2]));

  const month = MONTH_PATTERN.exec(text);
  if (month) return monthPeriod(Number(month[1]), Number(month[2]));

  const financialYear = FINANCIAL_YEAR_PATTERN.exec(text);
  if (financialYear) {
    const startYear = Number(financialYear[1]);
    if (Number(financialYear[2]) !== (startYear + 1) % 100) {
      throw invalidPeriod(label, 'a financial year spans two consecutive years');
    }
    return financialYearPeriod(startYear);
  }

  const range = RANGE_PATTERN.exec(text);
  if (range) {
    const [start, end] = [range[1] as string, range[2] as string];
    if (!isIsoDate(start) || !isIsoDate(end)) throw invalidPeriod(label, 'not a real calendar date');
    return rangePeriod(start, end);
  }

  throw invalidPeriod(label);
}

/**
 * Figures count working days, and working days are known only inside the bank-holiday
 * calendar: a period reaching outside it (FY1899-00, 2031-Q1, a range from 2018) is refused,
 * naming the years the calendar covers, rather than computed against missing holidays.
 */
export function assertPeriodInCalendar(period: Period): Period {
  const { from, to } = calendarCoverage();
  if (period.start >= from && period.end <= to) return period;
  throw new AppError(
    'CALENDAR_OUT_OF_RANGE',
    `Period "${period.label}" (${period.human}) is outside the working-day calendar, which covers ` +
      `${formatLongDate(from)} to ${formatLongDate(to)}; choose a period within ${from.slice(0, 4)}–${to.slice(0, 4)}`,
    { details: { value: period.label, coverage: { from, to } } },
  );
}

/** A period to compute figures for: any accepted form, inside the working-day calendar. */
export function parseReportingPeriod(label: string): Period {
  return assertPeriodInCalendar(parsePeriod(label));
}

/**
 * Any accepted period label spelled out in words: '2026-Q2' → 'Q2 2026', 'FY2025-26' → 'April 2025–March 2026'.
 * Refuses a label it does not know; claims/format-period-label.ts is the lenient form for packs read from files.
 */
export function periodInWords(label: string): string {
  return parsePeriod(label).human;
}

/** The period of equal length immediately before: previous quarter, month, financial year, or as many days. */
export function previousPeriod(period: Period): Period {
  const { year, month } = dateParts(period.start);
  switch (period.kind) {
    case 'quarter': {
      const quarter = (month - 1) / 3 + 1;
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    }
    case 'month':
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case 'financial-year':
      return financialYearPeriod(year - 1);
    case 'range': {
      const lengthInDays = toDayNumber(period.end) - toDayNumber(period.start) + 1;
      return rangePeriod(addDays(period.start, -lengthInDays), addDays(period.start, -1));
    }
  }
}

/** Every 'YYYY-MM' month the period touches, in order. */
export function monthsInPeriod(period: Period): string[] {
  const months: string[] = [];
  const last = period.end.slice(0, 7);
  let { year, month } = dateParts(period.start);
  for (let label = monthPeriod(year, month).label; label <= last; label = monthPeriod(year, month).label) {
    months.push(label);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The quarter, month or financial year that contains `date`. */
export function periodContaining(date: string, kind: Exclude<PeriodKind, 'range'>): Period {
  const { year, month } = dateParts(date);
  switch (kind) {
    case 'quarter':
      return quarterPeriod(year, Math.floor((month - 1) / 3) + 1);
    case 'month':
      return monthPeriod(year, month);
    case 'financial-year':
      return financialYearPeriod(month >= 4 ? year : year - 1);
  }
}

/**
 * The latest calendar quarter that has fully ended before `asOf`. On the quarter's last day the
 * quarter is still running, so 2026-06-30 gives 2026-Q1 and 2026-07-01 gives 2026-Q2.
 */
export function latestCompleteQuarter(asOf: string): Period {
  return previousPeriod(periodContaining(asOf, 'quarter'));
}

/** The n quarters ending with `period` (a quarter), oldest first, for trend lines. */
export function quartersBefore(period: Period, n: number): Period[] {
  if (period.kind !== 'quarter') {
    throw new AppError('INVALID_INPUT', `Unexpected period "${period.label}", expected a quarter such as 2026-Q2`);
  }
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`quartersBefore needs n ≥ 1, got ${n}`);
  const quarters = [period];
  while (quarters.length < n) quarters.unshift(previousPeriod(quarters[0] as Period));
  return quarters;
}

/** The first day of the twelve months that end with `end`'s month. */
export function twelveMonthsStart(end: string): string {
  const { year, month } = dateParts(end);
  return month === 12 ? isoDate(year, 1, 1) : isoDate(year - 1, month + 1, 1);
}

/**
 * "Over the last 12 months", read against a reporting period: the four quarters ending with the
 * latest quarter complete by the period's end (2026-Q3 → 1 October 2025–30 September 2026;
 * August 2026 → 1 July 2025–30 June 2026). A range so that it parses back as a label.
 */
export function twelveMonthsTo(period: Pick<Period, 'end'>): Period {
  const last = latestCompleteQuarter(addDays(period.end, 1));
  const first = quartersBefore(last, 4)[0] as Period;
  return rangePeriod(first.start, last.end);
}

/** The quarters lying wholly inside a period, in order. */
export function quartersWithin(period: Period): Period[] {
  const quarters = new Map<string, Period>();
  for (const month of monthsInPeriod(period)) {
    const quarter = periodContaining(`${month}-01`, 'quarter');
    if (quarter.start >= period.start && quarter.end <= period.end) quarters.set(quarter.label, quarter);
  }
  return [...quarters.values()];
}

/** NI sampling is counted per quarter: the quarters wholly inside the period, or else the quarter it ends in. */
export function samplingQuarters(period: Period): Period[] {
  const quarters = quartersWithin(period);
  return quarters.length > 0 ? quarters : [periodContaining(period.end, 'quarter')];
}

/**
 * A quarter's year of NI sampling: the four quarters ending with it, so a quarter's answer can
 * say whether the sampling it shows was kept up. Other periods have none (their own quarters
 * already span what they cover).
 */
export function samplingYearQuarters(period: Period): Period[] {
  return period.kind === 'quarter' ? quartersBefore(period, 4) : [];
}
