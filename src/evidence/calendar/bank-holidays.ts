import { z } from 'zod';
import { AppError } from '../../shared/app-error.js';
import rawCalendar from './uk-bank-holidays.json' with { type: 'json' };
import { ZIsoDateSchema, dateParts, formatDayFirst, formatLongDate, toDayNumber } from './iso-date.js';

/**
 * UK bank holidays, from a dated copy of GOV.UK's feed (uk-bank-holidays.json). The file says
 * which full years it covers; a date outside them is an error, never a guess, because a missing
 * holiday would silently shift every working-day deadline around it.
 */

const CALENDAR_FILE = 'src/evidence/calendar/uk-bank-holidays.json';

export const ZBankHolidayRegionSchema = z.enum(['england-and-wales', 'scotland', 'northern-ireland']);
export type BankHolidayRegion = z.infer<typeof ZBankHolidayRegionSchema>;

const ZBankHolidayEventSchema = z.object({
  title: z.string().min(1),
  date: ZIsoDateSchema,
  notes: z.string(),
  bunting: z.boolean(),
});

const ZBankHolidayDivisionSchema = z.object({
  division: ZBankHolidayRegionSchema,
  events: z.array(ZBankHolidayEventSchema),
});

export const ZBankHolidayCalendarSchema = z
  .object({
    source: z.string().min(1),
    retrieved: ZIsoDateSchema,
    coverage: z.object({ from: ZIsoDateSchema, to: ZIsoDateSchema }),
    'england-and-wales': ZBankHolidayDivisionSchema,
    scotland: ZBankHolidayDivisionSchema,
    'northern-ireland': ZBankHolidayDivisionSchema,
  })
  .superRefine((calendar, context) => {
    const { from, to } = calendar.coverage;
    if (!from.endsWith('-01-01') || !to.endsWith('-12-31') || from > to) {
      context.addIssue({
        code: 'custom',
        path: ['coverage'],
        message: `Expected coverage of whole years (YYYY-01-01 to YYYY-12-31), got ${from} to ${to}`,
      });
      return;
    }
    // A covered year must actually be present: every division has Christmas (or its substitute) each year.
    for (const region of ZBankHolidayRegionSchema.options) {
      const division = calendar[region];
      if (division.division !== region) {
        context.addIssue({
          code: 'custom',
          path: [region, 'division'],
          message: `Expected division "${region}", got "${division.division}"`,
        });
      }
      for (let year = dateParts(from).year; year <= dateParts(to).year; year += 1) {
        const hasChristmas = division.events.some(
          (event) => event.title === 'Christmas Day' && event.date.startsWith(`${year}-12-`),
        );
        if (!hasChristmas) {
          context.addIssue({
            code: 'custom',
            path: [region, 'events'],
            message: `Coverage claims ${year} but ${region} has no Christmas Day in ${year}`,
          });
        }
      }
    }
  });
export type BankHolidayCalendar = z.infer<typeof ZBankHolidayCalendarSchema>;

function loadCalendar(): BankHolidayCalendar {
  const parsed = ZBankHolidayCalendarSchema.safeParse(rawCalendar);
  if (!parsed.success) {
    // A broken data file is our bug, not the user's input.
    throw new AppError('INTERNAL', `${CALENDAR_FILE} is invalid: ${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

const calendar = loadCalendar();
const holidaysByRegion = new Map<BankHolidayRegion, ReadonlySet<string>>(
  ZBankHolidayRegionSchema.options.map((region) => [region, new Set(calendar[region].events.map((e) => e.date))]),
);

export function bankHolidays(region: BankHolidayRegion): ReadonlySet<string> {
  const holidays = holidaysByRegion.get(ZBankHolidayRegionSchema.parse(region));
  if (holidays === undefined) throw new AppError('INTERNAL', `No bank holidays loaded for ${region}`);
  return holidays;
}

/** First and last dates (inclusive) for which all three divisions' holidays are known. */
export function calendarCoverage(): { from: string; to: string } {
  return { ...calendar.coverage };
}

/** Provenance of the holiday data, for figure sources and `assured figures` output. */
export function calendarSource(): { source: string; retrieved: string } {
  return { source: calendar.source, retrieved: calendar.retrieved };
}

export function isDateCovered(date: string): boolean {
  const dayNumber = toDayNumber(date);
  const { from, to } = calendar.coverage;
  return dayNumber >= toDayNumber(from) && dayNumber <= toDayNumber(to);
}

export function assertDateCovered(date: string, region: BankHolidayRegion): void {
  if (isDateCovered(date)) return;
  const { from, to } = calendar.coverage;
  throw new AppError(
    'CALENDAR_OUT_OF_RANGE',
    `${formatDayFirst(date)} is outside the bank-holiday calendar ` +
      `(covers ${formatLongDate(from)} to ${formatLongDate(to)}); update ${CALENDAR_FILE}`,
    { details: { date, region, coverage: { from, to } } },
  );
}
