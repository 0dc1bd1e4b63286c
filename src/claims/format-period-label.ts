/**
 * Human label for a figure's period code, as a tender reader would write it:
 * "2026-Q2" → "Q2 2026", "2026-05" → "May 2026", "FY2025-26" stays,
 * "2026-04-01..2026-06-30" → "1 April–30 June 2026". Unknown codes are returned unchanged.
 */
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const QUARTER = /^(\d{4})-?Q([1-4])$/i;
const QUARTER_FIRST = /^Q([1-4])[\s-]?(\d{4})$/i;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

interface CalendarDay {
  year: number;
  monthName: string;
  day: number;
}

function parseDay(code: string): CalendarDay | undefined {
  const match = DAY.exec(code);
  if (!match) return undefined;
  const monthName = MONTHS[Number(match[2]) - 1];
  const day = Number(match[3]);
  if (!monthName || day < 1 || day > 31) return undefined;
  return { year: Number(match[1]), monthName, day };
}

export function formatPeriodLabel(period: string): string {
  const code = period.trim();

  const quarter = QUARTER.exec(code);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const quarterFirst = QUARTER_FIRST.exec(code);
  if (quarterFirst) return `Q${quarterFirst[1]} ${quarterFirst[2]}`;

  const month = MONTH.exec(code);
  if (month) {
    const monthName = MONTHS[Number(month[2]) - 1];
    if (monthName) return `${monthName} ${month[1]}`;
  }

  const single = parseDay(code);
  if (single) return `${single.day} ${single.monthName} ${single.year}`;

  const range = DAY_RANGE.exec(code);
  if (range) {
    const start = parseDay(range[1] ?? '');
    const end = parseDay(range[2] ?? '');
    if (start && end) {
      if (start.year !== end.year) {
        return `${start.day} ${start.monthName} ${start.year}–${end.day} ${end.monthName} ${end.year}`;
      }
      if (start.monthName !== end.monthName) {
        return `${start.day} ${start.monthName}–${end.day} ${end.monthName} ${end.year}`;
      }
      return `${start.day}–${end.day} ${end.monthName} ${end.year}`;
    }
  }

  return code;
}
