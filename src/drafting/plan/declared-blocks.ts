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
import { escapeRegExp, normaliseSentence } from '../../shared/english-text.js';
import { OWNER_WORDS } from '../../evidence/data/practice-library-words.js';
import type { AskedTopicId } from '../data/question-cues.js';
import { groupsNamedIn } from '../question/people-asked-about.js';
import { termsNamedIn } from '../question/named-terms.js';
import { tellsStory } from '../question/question-parts.js';
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

/** Words that say a practice holds every time ("sits on every interview panel"). */
export const ALWAYS_WORDS = /\b(?:every|each|all|always|never|without exception)\b/i;

/** Words of a cadence that only frame it: "every quarter" is said by any practice naming a quarter. */
const CADENCE_FRAME = new Set(['every', 'each', 'at', 'a', 'an', 'the', 'once', 'per', 'in', 'on', 'for', 'of']);

/**
 * Cadences that add nothing to a practice's own words: a practice done when it is needed, or as
 * part of everyday work, goes without saying ("responsible for it each time it is needed" reads
 * as a slot filled in).
 */
const CADENCE_GOES_WITHOUT_SAYING: ReadonlySet<string> = new Set(['when-triggered', 'ongoing']);

/** Other words a practice may use for a cadence's word ("signs the annual submission" says "every year"). */
const CADENCE_SYNONYMS: Readonly<Record<string, string>> = {
  year: 'year|annual|yearly',
  day: 'day|daily',
  fortnight: 'fortnight|two weeks',
  // A practice at the start of someone's support happens "at referral", whatever it calls it.
  referral: 'referral|first (?:visit|contact|meeting|assessment)|start of (?:their |the )?(?:support|service)|admission',
  // A practice for new starters happens at induction, whatever it calls it.
  induction: 'induction|new (?:staff|starters?|workers?|key workers?|support workers?|members? of staff|recruits?)|first (?:week|shift|month)',
};

/** Whether the practice's own words already say when it happens ("… to the director each quarter" for "every quarter"). */
function saysCadence(practice: string, entry: DeclaredPractice): boolean {
  if (CADENCE_GOES_WITHOUT_SAYING.has(entry.cadence)) return true;
  const words = entry.cadenceText.toLowerCase().split(/[^a-z]+/).filter((word) => word.length > 0 && !CADENCE_FRAME.has(word));
  return words.length > 0 && words.every((word) => new RegExp(`\\b(?:${CADENCE_SYNONYMS[word] ?? word})`, 'i').test(practice));
}

/** The words of a place that name it ("Hollinwade" of "Hollinwade learning disability service"). */
const SERVICE_KIND_WORDS = /\s+(?:supported living|learning disability|mental health|home care|domiciliary care|extra care|care home|residential|respite|community|support|service|services|scheme|team)\b.*$/i;

/**
 * Whether the practice's own words say where it is kept, in full or by the service's name alone:
 * opening with it ("Eastfield residents chair …") or "at"/"in" it later ("audits 10 capacity
 * assessments at Hollinwade"), where "At Hollinwade learning disability service, …" before it
 * would name the place twice. A name used otherwise ("… reviews one Ashbridge policy") does not
 * say the practice is kept there only, so the place is still put first.
 */
function namesPlace(text: string, place: string): boolean {
  const name = place.replace(SERVICE_KIND_WORDS, '').trim();
  const names = `${escapeRegExp(place)}${name.length >= 3 ? `|${escapeRegExp(name)}` : ''}`;
  return new RegExp(`(?:^(?:at |in )?|\\b(?:at|in) )(?:${names})\\b`, 'i').test(text.trim());
}

/** Whether the practice's own words name its owner ("The Registered Manager reports …" owned by the Registered Manager). */
function namesOwner(practice: string, owner: string): boolean {
  const title = owner.replace(/^(?:the|our|a|an)\s+/i, '').toLowerCase();
  return title.length > 0 && practice.toLowerCase().includes(title);
}

/**
 * One sentence per entry, in plain prose: where it holds, the practice in the provider's words,
 * who is responsible and how often (unless its words say so already), where it is recorded and
 * what its last check found, and its count in the same sentence, where the validator finds it:
 * "At Millbeck home care, our standard is that a person who uses the service sits on every
 * interview panel: the Registered Manager is responsible for it for each vacancy; it is recorded
 * in the recruitment file, and a check in September 2026 verified it was in place; on 30
 * September 2026 it held for 7 of 8 panels (88%)."
 * An entry that says "every" but whose own count falls short is stated as the standard it is,
 * so the sentence does not contradict its count.
 */
export function declaredSentence(entry: DeclaredPractice, variant = 0, compact = false): string {
  const practice = practiceWords(entry);
  const shortOfEvery = entry.measure !== undefined && entry.measure.count < entry.measure.of && ALWAYS_WORDS.test(practice);
  const measure = entry.measure
    ? `; on ${dayMonthYear(entry.measure.asOf)} ${shortOfEvery ? 'it held for' : 'the count was'} ${entry.measure.count} of ${entry.measure.of} ${entry.measure.label} (${percent(entry.measure.share)})`
    : '';
  const checked = monthYear(entry.lastCheckedOn);
  // A practice one service keeps must not read as the whole organisation's.
  const place = !entry.wholeOrganisation && entry.place && !entry.text.toLowerCase().includes(entry.place.toLowerCase()) && !namesPlace(entry.text, entry.place) ? entry.place : undefined;
  const stated = shortOfEvery ? `our standard is that ${afterPlace(practice, '')}` : undefined;
  const opening = place ? `At ${place}, ${stated ?? afterPlace(practice, place)}` : stated ? capitalise(stated) : practice;
  // Within a tight limit: what is done and how far it held, without who owns it and its last check.
  if (compact) return `${opening}${measure}.`;
  const cadence = saysCadence(practice, entry) ? '' : entry.cadenceText;
  const owner = namesOwner(practice, entry.owner) ? '' : entry.owner;
  const source = sourcePhrase(entry.source);
  // "A named member of staff" reads as a blank left in a form: a checker the library gives no
  // role for is left out and the check is stated on its own.
  const checker = entry.checkedBy === 'other' ? undefined : (OWNER_WORDS as Readonly<Record<string, string>>)[entry.checkedBy];
  // The check is worded four ways in turn, so a bid quoting many entries does not repeat one
  // clause; each says the check verified the practice, which is what it found. No wording puts
  // the source before a verb, since a source may be plural ("the visit reports").
  // Below "every", a check that "verified it was in place" reads as contradicting the standard and
  // the count beside it: the check is said to have been made, and the count says how far it held.
  // A source the practice's own words name ("records the answer on the carer page") is not named again.
  const sourceNamed = practice.toLowerCase().includes(entry.source.trim().toLowerCase());
  const checks: readonly string[] = sourceNamed
    ? shortOfEvery
      ? [`last checked in ${checked}`, checker ? `${checker} last checked it in ${checked}` : `it was last checked in ${checked}`]
      : [`a check in ${checked} verified it was in place`, checker ? `${checker} last verified it in ${checked}` : `it was last verified in ${checked}`]
    : shortOfEvery
    ? [`it is recorded in ${source}, last checked in ${checked}`, checker ? `${checker} last checked it against ${source} in ${checked}` : `it was last checked against ${source} in ${checked}`]
    : [
        `it is recorded in ${source}, and a check in ${checked} verified it was in place`,
        checker ? `${checker} verified it against ${source} in ${checked}` : `a check against ${source} in ${checked} verified it`,
        checker ? `it is recorded in ${source}, where ${checker} last verified it in ${checked}` : `it is recorded in ${source}, where it was last verified in ${checked}`,
        `a check of ${source} in ${checked} found it in place`,
      ];
  const check = `${checks[variant % checks.length]}${measure}`;
  if (variant % 2 === 0) {
    const who = owner ? `: ${owner} is responsible for it${cadence ? ` ${cadence}` : ''}` : cadence ? `, ${cadence}` : '';
    return `${opening}${who}; ${check}.`;
  }
  const when = cadence ? `, ${cadence}` : '';
  return `${opening}${when}${owner ? `, led by ${owner}` : ''}; ${check}.`;
}

/** How many wordings declaredSentence has (two sentence shapes, each with two ways of giving the check). */
const DECLARED_VARIANTS = 4;

/**
 * Whether an earlier answer wrote the entry's sentence in any of its wordings (`written` holds
 * normalised sentences), or any sentence quoting the entry's own words: said as the standard
 * worked to ("Our standard is that every support worker completes …; on 30 September it held for
 * 41 of 45"), the sentence is none of the wordings, and r55's bid quoted one entry in four answers.
 */
export function writtenBefore(entry: DeclaredPractice, written: ReadonlySet<string>): boolean {
  if (written.has(normaliseSentence(declaredSentence(entry, 0, true))) || Array.from({ length: DECLARED_VARIANTS }, (_, variant) => variant).some((variant) => written.has(normaliseSentence(declaredSentence(entry, variant))))) return true;
  const own = normaliseSentence(entry.text);
  return own.length > 0 && [...written].some((sentence) => sentence.includes(own));
}

/** Whether a text quotes a library entry (case and closing punctuation aside). */
export function quotesEntry(text: string, entry: DeclaredPractice): boolean {
  return text.toLowerCase().includes(entry.text.trim().replace(/[.;:!]+$/, '').toLowerCase());
}

export interface DeclaredEntries {
  usable: DeclaredPractice[];
  stale: DeclaredPractice[];
}

/**
 * Whether an entry kept at one service is for people the question does not ask about: the
 * question names who it is about (mental health needs) and the service's name names others only
 * (a learning disability service). An entry for the whole organisation, or at a service whose
 * name says nothing of who it is for, is kept.
 */
function forOtherPeople(entry: DeclaredPractice, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0 || entry.wholeOrganisation || !entry.place) return false;
  const servesGroups = groupsNamedIn(entry.place);
  return servesGroups.size > 0 && ![...servesGroups].some((group) => asked.has(group));
}

const termsCache = new Map<string, string[]>();
/** The laws and situations a text names (NAMED_TERMS), by name, remembered: entries are read for every topic of every answer. */
function termNames(text: string): string[] {
  let names = termsCache.get(text);
  if (!names) {
    names = termsNamedIn(text).map((term) => term.name);
    if (termsCache.size > 2_000) termsCache.clear();
    termsCache.set(text, names);
  }
  return names;
}

/**
 * Whether an entry is about a law or situation a scenario does not name: beside the steps for
 * Aleksander, leaving hospital on a Community Treatment Order, "each visit by the representative
 * of someone whose deprivation of liberty the Court of Protection has authorised" is stock.
 */
function offTheStory(entry: DeclaredPractice, namedInStory: ReadonlySet<string> | undefined): boolean {
  return namedInStory !== undefined && termNames(entry.text).some((name) => !namedInStory.has(name));
}

/** The library entries for a topic: entries with a count first, then the most recently checked. */
export function declaredEntries(context: DraftingContext, topic: AskedTopicId): DeclaredEntries {
  const question = context.analysis?.question ?? '';
  const asked = groupsNamedIn(question);
  // Read once per call, not once per entry: only a scenario's story rules entries out.
  const namedInStory = tellsStory(question) ? new Set(termNames(question)) : undefined;
  const all = (context.figures.declaredPractices ?? []).filter((entry) => entry.topic === topic && !forOtherPeople(entry, asked) && !offTheStory(entry, namedInStory));
  const usable = all
    .filter((entry) => !entry.stale)
    .sort((a, b) => Number(Boolean(b.measure)) - Number(Boolean(a.measure)) || b.lastCheckedOn.localeCompare(a.lastCheckedOn) || a.id.localeCompare(b.id));
  return { usable, stale: all.filter((entry) => entry.stale) };
}
