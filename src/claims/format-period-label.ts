/**
 * Human label for a figure's period code, as a tender reader would write it:
 * "2026-Q2" → "Q2 2026", "2026-05" → "May 2026", "FY2025-26" stays as the tender writes it,
 * "2026-04-01..2026-06-30" → "1 April–30 June 2026". An evidence pack may come from a file, so
 * codes the period parser does not know are returned unchanged rather than refused.
 */
import { formatLongDate, isIsoDate } from '../evidence/calendar/iso-date.js';
import { parsePeriod } from '../evidence/period.js';

export function formatPeriodLabel(period: string): string {
  const code = period
    .trim()
    .replace(/^(\d{4})Q([1-4])$/i, '$1-Q$2')
    .replace(/^Q([1-4])[\s-]?(\d{4})$/i, '$2-Q$1');
  if (/^\d{4}-\d{2}-\d{2}$/.test(code)) return isIsoDate(code) ? formatLongDate(code) : period.trim();
  try {
    const parsed = parsePeriod(code);
    return parsed.kind === 'financial-year' ? parsed.label : parsed.human;
  } catch {
    return period.trim();
  }
}
