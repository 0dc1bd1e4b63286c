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

/** First words that keep their capital after "At Millbeck home care, ": titles and names of laws and schemes. */
const PROPER_OPENING = /^(?:Registered|Nominated|Mental|Care|British|Makaton|Caldicott|Data|Deprivation|Liberty|Court|Council|NHS|GP)\b/;

/** The practice after "At Millbeck home care, ": lower case, unless it opens with a name, a title or an acronym. */
function afterPlace(practice: string, place: string): string {
  const first = practice.split(/\s+/)[0] ?? '';
  const named = /^[A-Z0-9]{2,}\b/.test(first) || PROPER_OPENING.test(first) || place.toLowerCase().split(/\s+/).includes(first.toLowerCase());
  return named ? practice : practice.charAt(0).toLowerCase() + practice.slice(1);
}

/**
 * One sentence per entry, in plain prose: where it holds, the practice in the provider's words,
 * who is responsible and how often, where it is recorded and when it was last verified, and its
 * count in the same sentence, where the validator finds it:
 * "At Millbeck home care, a person who uses the service sits on every interview panel: the
 * Registered Manager is responsible for it for each vacancy; it is recorded in the recruitment file
 * and was last verified in September 2026; on 30 September 2026 the count was 7 of 8 panels (88%)."
 * "Verified" is what the last check did: it confirmed the practice is in place.
 */
export function declaredSentence(entry: DeclaredPractice, variant = 0): string {
  const measure = entry.measure
    ? `; on ${dayMonthYear(entry.measure.asOf)} the count was ${entry.measure.count} of ${entry.measure.of} ${entry.measure.label} (${percent(entry.measure.share)})`
    : '';
  const checked = monthYear(entry.lastCheckedOn);
  const practice = practiceWords(entry);
  // A practice one service keeps must not read as the whole organisation's.
  const place = !entry.wholeOrganisation && entry.place && !entry.text.toLowerCase().includes(entry.place.toLowerCase()) ? entry.place : undefined;
  const opening = place ? `At ${place}, ${afterPlace(practice, place)}` : practice;
  const recorded = `it is recorded in ${sourcePhrase(entry.source)} and was last verified in ${checked}${measure}`;
  return variant % 2 === 0
    ? `${opening}: ${entry.owner} is responsible for it ${entry.cadenceText}; ${recorded}.`
    : `${opening}, ${entry.cadenceText}, with ${entry.owner} responsible; ${recorded}.`;
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
