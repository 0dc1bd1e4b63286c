/** Flags several commands share, declared once so their help reads the same everywhere. */
import type { ListFlag, TextFlag } from './define-command.js';

export const PERIOD_FLAG = {
  type: 'string',
  value: 'PERIOD',
  description: 'the reporting period (required): a quarter, month, financial year or date range',
  example: '--period 2026-Q2',
} as const satisfies TextFlag;

export const SERVICE_FLAG = {
  type: 'string',
  value: 'NAME',
  multiple: true,
  description: 'only this service, by name or reference; repeat for several',
  defaultText: 'every service',
  example: '--service "Northgate supported living"',
} as const satisfies ListFlag;

export const ORG_FLAG = {
  type: 'string',
  value: 'SLUG',
  description: 'the organisation',
  defaultText: 'the only one in the database',
  example: '--org harbour-care',
} as const satisfies TextFlag;

/** --format for commands whose readable output is a table. */
export const TABLE_FORMAT_FLAG = {
  type: 'string',
  value: 'FORMAT',
  default: 'table',
  description: 'table (readable, labels instead of ids) or json (every field, ids included)',
  example: '--format json',
} as const satisfies TextFlag;

/** --format for commands whose readable output is text lines. */
export const TEXT_FORMAT_FLAG = {
  type: 'string',
  value: 'FORMAT',
  default: 'text',
  description: 'text (readable lines) or json (the full result)',
  example: '--format json',
} as const satisfies TextFlag;
