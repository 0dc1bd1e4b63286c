/** Period labels the page offers: quarters such as 2026-Q2, and the quarters before one. */

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter `count` quarters before (negative) or after (positive) the given one. */
export function shiftQuarter(label: string, count: number): string {
  const match = QUARTER.exec(label);
  if (!match) throw new Error(`${label} is not a quarter such as 2026-Q2`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + count;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** How a quarter reads on the page, as the API's own periods read: 2026-Q2 → "Q2 2026". */
export function humanQuarter(label: string): string {
  const match = QUARTER.exec(label);
  return match ? `Q${match[2]} ${match[1]}` : label;
}

export function isQuarter(label: string): boolean {
  return QUARTER.test(label);
}

/** The last complete quarter before `today`: what a bid normally quotes. */
export function latestCompleteQuarter(today: Date): string {
  return shiftQuarter(quarterOf(today), -1);
}

/** `count` quarters ending with `last`, oldest first (for a trend). */
export function quartersEndingWith(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => shiftQuarter(last, index - count + 1));
}

/** Quarters offered in the period picker: the current one and the eleven before it, newest first. */
export function recentQuarters(today: Date, count = 12): string[] {
  return quartersEndingWith(quarterOf(today), count).reverse();
}
