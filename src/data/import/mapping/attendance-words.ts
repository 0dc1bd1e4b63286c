/**
 * Words that mark a review export's attendance columns ("Family present (Y/N)", "Advocate
 * attended", "Views sent in writing"), so `mapping suggest` can propose the participants
 * they make. Only a proposal: the person checks it before it is used.
 */
import type { AttendanceColumn } from './mapping-schema.js';

/** A header is an attendance flag when it has one of these. */
export const ATTENDANCE_MARKERS = /\b(present|attended|attend|attending|joined|took part|views|in writing|contributed|by video|by phone)\b/i;

/** Who the column is about, first match wins; a column naming nobody is the family's (views sent in by relatives). */
export const ATTENDANCE_ROLES: readonly { pattern: RegExp; role: AttendanceColumn['role'] }[] = [
  { pattern: /\badvocate|imca\b/i, role: 'advocate' },
  { pattern: /\b(family|relative|mum|dad|parent|next of kin)\b/i, role: 'family' },
  { pattern: /\b(service user|person|client|resident)\b/i, role: 'person' },
  { pattern: /\b(key ?worker)\b/i, role: 'key-worker' },
  { pattern: /\b(manager|rm)\b/i, role: 'rm' },
  { pattern: /\b(nominated individual|ni)\b/i, role: 'ni' },
  { pattern: /\b(professional|social worker|gp|nurse)\b/i, role: 'professional' },
  { pattern: /\bfriend\b/i, role: 'friend' },
];

/** How they took part; in person unless the header says otherwise. */
export const ATTENDANCE_MODES: readonly { pattern: RegExp; mode: AttendanceColumn['mode'] }[] = [
  { pattern: /\b(video|remote|remotely|phone|telephone|online|teams|zoom)\b/i, mode: 'remote' },
  { pattern: /\b(writing|written|views|email|letter)\b/i, mode: 'async' },
];

/** The column naming the kind of advocate. */
export const ADVOCATE_TYPE_HEADER = /\badvocate\s*type|type of advocate|advocacy type\b/i;

/** A column holding a date as a status ("Closed 12/05/2026"). */
export const STATUS_HEADER = /\bstatus\b/i;
