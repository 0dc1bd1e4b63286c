/**
 * Keeps the `working_day` table in step with the bank-holiday data file. The version is the
 * data's coverage and retrieval date, so a refreshed copy of the file rebuilds the table.
 */
import type { Database } from '../data/database.js';
import { calendarCoverage, calendarSource, ZBankHolidayRegionSchema, type BankHolidayRegion } from './calendar/bank-holidays.js';
import { buildWorkingDayCalendar } from './calendar/working-days.js';

export function calendarVersion(): string {
  const { from, to } = calendarCoverage();
  return `${from}..${to} retrieved ${calendarSource().retrieved}`;
}

/** Database enum value for a region ('england-and-wales' → 'england_and_wales'). */
export function regionEnum(region: BankHolidayRegion): 'england_and_wales' | 'scotland' | 'northern_ireland' {
  return region.replace(/-/g, '_') as 'england_and_wales' | 'scotland' | 'northern_ireland';
}

export function regionFromEnum(value: string): BankHolidayRegion {
  return ZBankHolidayRegionSchema.parse(value.replace(/_/g, '-'));
}

const CHUNK = 2000;

/**
 * Handles whose calendar was found or made at this version. Only this module writes the table, and
 * only to the version the code carries, so once seen it stays; asking again cost a round trip
 * before every set of figures.
 */
const ensured = new WeakMap<Database, Promise<void>>();

export function ensureWorkingDayCalendar(db: Database): Promise<void> {
  let done = ensured.get(db);
  if (!done) {
    ensured.set(db, (done = writeCalendarUnlessCurrent(db)));
    done.catch(() => ensured.delete(db));
  }
  return done;
}

async function writeCalendarUnlessCurrent(db: Database): Promise<void> {
  const version = calendarVersion();
  const stored = await db.prisma.calendarVersion.findUnique({ where: { id: 1 } });
  if (stored?.version === version) return;
  await db.prisma.$transaction(
    async (tx) => {
      await tx.workingDay.deleteMany({});
      for (const region of ZBankHolidayRegionSchema.options) {
        const rows = buildWorkingDayCalendar(region).map((row) => ({
          region: regionEnum(row.region),
          date: new Date(`${row.date}T00:00:00Z`),
          ordinal: row.ordinal,
          isWorkingDay: row.isWorkingDay,
        }));
        for (let start = 0; start < rows.length; start += CHUNK) await tx.workingDay.createMany({ data: rows.slice(start, start + CHUNK) });
      }
      await tx.calendarVersion.upsert({ where: { id: 1 }, create: { id: 1, version }, update: { version } });
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}
