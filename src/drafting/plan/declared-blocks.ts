/**
 * Blocks from the organisation's practice library: each entry is quoted in the provider's own
 * words, with who owns it, how often it happens, where it is recorded and when it was last
 * checked, so the reader sees an owned, dated practice rather than a promise. An entry whose
 * last check is out of date is not quoted: the writer is told to check it first. A count the
 * entry gives stays in the same sentence as the practice, where the validator finds it.
 */
import type { DeclaredPractice } from '../../evidence/evidence-pack-schema.js';
import { dateParts, monthName } from '../../evidence/calendar/iso-date.js';
import { capitalise } from '../template-library.js';
import type { AskedTopicId } from '../data/question-cues.js';
import type { DraftingContext } from '../drafting-context.js';

/** At most this many entries of one topic go into one answer: the rest wait for a later answer. */
export const MAX_ENTRIES_PER_TOPIC = 4;

function monthYear(date: string): string {
  const { year, month } = dateParts(date);
  return `${monthName(month)} ${year}`;
}

function dayMonthYear(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${monthName(month)} ${year}`;
}

function percent(share: number): string {
  return `${Number.isInteger(share) ? share : Math.round(share)}%`;
}

const DETERMINER = /^(?:the|a|an|our|each|every|their|its|this|these)\b/i;

/**
 * "Carer referral log" → "the carer referral log"; a name in capitals ("Data Security and
 * Protection Toolkit submission") or an acronym ("MCA audit tool") keeps its capitals.
 */
export function sourcePhrase(source: string): string {
  const text = source.trim();
  if (DETERMINER.test(text)) return text;
  const [first = '', second = ''] = text.split(/\s+/);
  const properName = /^[A-Z]/.test(second) || /^[A-Z0-9]{2,}$/.test(first);
  return `the ${properName ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
}

/** Role titles a library entry may write in lower case; the answer gives them their capitals. */
const ROLE_TITLES = /\b(registered manager|nominated individual)\b/gi;

/**
 * The practice's own words, trimmed of its closing stop so a clause can follow. Role titles take
 * their capitals, as everywhere else in the answer (the validator matches regardless of case).
 */
function practiceWords(entry: DeclaredPractice): string {
  const words = entry.text.trim().replace(/[.;:!]+$/, '').replace(ROLE_TITLES, (title) => title.replace(/\b\w/g, (letter) => letter.toUpperCase()));
  return capitalise(words);
}

/**
 * "Two people we support sit on every interview panel (led by the Registered Manager, for each
 * recruitment round; recorded in the interview packs, last verified in August 2026)."
 * With a count: "…; count as at 30 September 2026: 41 of 45 staff with capacity training in date (91%)".
 * "Verified" is what the last check did: it confirmed the practice is in place.
 */
export function declaredSentence(entry: DeclaredPractice, variant = 0): string {
  const measure = entry.measure
    ? `; count as at ${dayMonthYear(entry.measure.asOf)}: ${entry.measure.count} of ${entry.measure.of} ${entry.measure.label} (${percent(entry.measure.share)})`
    : '';
  const checked = monthYear(entry.lastCheckedOn);
  // A practice one service keeps must not read as the whole organisation's.
  const where = !entry.wholeOrganisation && entry.place && !entry.text.toLowerCase().includes(entry.place.toLowerCase()) ? `at ${entry.place}, ` : '';
  const provenance =
    where +
    (variant % 2 === 0
      ? `led by ${entry.owner}, ${entry.cadenceText}; recorded in ${sourcePhrase(entry.source)}, last verified in ${checked}`
      : `owned by ${entry.owner}, ${entry.cadenceText}; kept in ${sourcePhrase(entry.source)} and verified in ${checked}`);
  return `${practiceWords(entry)} (${provenance})${measure}.`;
}

/** Whether a text quotes a library entry (case and closing punctuation aside). */
export function quotesEntry(text: string, entry: DeclaredPractice): boolean {
  return text.toLowerCase().includes(entry.text.trim().replace(/[.;:!]+$/, '').toLowerCase());
}

export interface DeclaredEntries {
  usable: DeclaredPractice[];
  stale: DeclaredPractice[];
}

/** The library entries for a topic: entries with a count first, then the most recently checked. */
export function declaredEntries(context: DraftingContext, topic: AskedTopicId): DeclaredEntries {
  const all = (context.figures.declaredPractices ?? []).filter((entry) => entry.topic === topic);
  const usable = all
    .filter((entry) => !entry.stale)
    .sort((a, b) => Number(Boolean(b.measure)) - Number(Boolean(a.measure)) || b.lastCheckedOn.localeCompare(a.lastCheckedOn) || a.id.localeCompare(b.id));
  return { usable, stale: all.filter((entry) => entry.stale) };
}
