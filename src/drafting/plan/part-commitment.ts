/**
 * A part of a question that nothing in the records, the practice library or Assured's own ways
 * of working answers ("how you will make sure routines are not lost during the move") is answered
 * in its own words as a commitment with an owner, a record and a check, rather than left out: a
 * commissioner marks a part left out as missing, whatever the rest says. The writer is told it is
 * a proposal to agree with its owner (plan-answer's notes on gap commitments beyond the records).
 * Only a part that reads as one plain thing done can be said this way; any other is left to the writer.
 */
import { readSentence } from '../../check/read-tokens.js';
import type { QuestionPart } from '../question/question-parts.js';

/** "how you will", "how your staff would": the ask before what is done. */
const HOW_YOU = /^(?:and\s+)?how\s+(?:you|your (?:staff|service|organisation|team|workers?))\s+(?:will|would|do|can|could|should|are going to)\s+/i;
/** A phrase that stops before its object ("about where", "with whom") is not a whole ask. */
const DANGLING = /\b(?:about|with|to|for|of|on|in|at|by|from|where|when|what|who|how|whether|which|and|or|the|a|an)$/i;
const REFERS_ELSEWHERE = /\b(?:this|these|those|them|it|its|such)\b/i;
/** At most this many words of the part are said again: the sentence stays readable. */
const PHRASE_WORDS = 16;

/** The commitment's wordings, taken in turn across a bid: the same sentence in answer after answer reads as pasted. */
export const PART_COMMITMENT_WORDINGS: readonly string[] = [
  'To {phrase}, the key worker agrees the steps with the person and writes them into their support plan. The Registered Manager checks at the next review that each step was taken.',
  'To {phrase}, the Registered Manager agrees with the person who does what, and records it on their file. The team leader checks it each month.',
  'To {phrase}, the key worker writes down with the person what is needed, who does it and by when. The Registered Manager reads it at each review and asks the person whether it happened.',
];

/** What the part asks to be done, as the words after "To": "make sure important information is not lost during the move". */
export function partPhrase(part: Pick<QuestionPart, 'text'>): string | undefined {
  const lead = HOW_YOU.exec(part.text);
  if (!lead) return undefined;
  const phrase = part.text.slice(lead[0].length).trim().replace(/[,;:]+$/, '');
  const words = phrase.split(/\s+/);
  if (words.length < 3 || words.length > PHRASE_WORDS || /\d/.test(phrase) || /\b(?:you|your|yours)\b/i.test(phrase) || DANGLING.test(phrase)) return undefined;
  // "record and revisit this", "make this process accessible": what "this" is lies in another part.
  if (REFERS_ELSEWHERE.test(phrase)) return undefined;
  // "make sure …", "review …": what follows the ask is something done, not a noun.
  const first = readSentence(`We ${phrase}.`).tokens[1];
  if (!first || first.pos !== 'VERB') return undefined;
  return phrase;
}

/** `person`: a scenario's person, whom the commitment names ("agrees the steps with Aleksander") rather than "the person". */
export function partCommitment(part: Pick<QuestionPart, 'text'>, again: number, person?: { name: string; possessive: string }): string | undefined {
  const phrase = partPhrase(part);
  if (!phrase) return undefined;
  const text = PART_COMMITMENT_WORDINGS[again % PART_COMMITMENT_WORDINGS.length]!.replace('{phrase}', phrase);
  return person ? text.replace(/\bthe person\b/g, person.name).replace(/\btheir (support plan|file)\b/g, `${person.possessive} $1`) : text;
}

/**
 * "The number of complaints and concerns by who raised them": the count a part asks for broken
 * down, in its own words, with the question's "you" said as "we". Undefined where the part words
 * it some other way.
 */
const ASKED_BREAKDOWN = /\b(?:the\s+)?(?:numbers?|counts?|totals?|proportions?|percentages?)\s+of\s+[^,;:.()]*?\b(?:by|per|for each)\s+[^,;:.()]+?(?=\s*(?:[,;:.()]|$|\band\s+(?:the|what|how|two|one|any|a|an|whether|which)\b))/i;

export function askedBreakdown(part: Pick<QuestionPart, 'text'>): string | undefined {
  const match = ASKED_BREAKDOWN.exec(part.text);
  if (!match) return undefined;
  const phrase = match[0].trim().replace(/\byour\b/gi, 'our').replace(/\byou\b/gi, 'we');
  const words = phrase.split(/\s+/);
  if (words.length > PHRASE_WORDS || DANGLING.test(phrase)) return undefined;
  return /^the\b/i.test(phrase) ? phrase.replace(/^the/i, 'the') : `the ${phrase}`;
}

/**
 * The breakdown the records cannot give, said plainly with when it will be: a reader given the
 * nearest total instead marks the measure asked for as missing and the total as stock.
 */
export function breakdownCommitment(phrase: string, when: { period: string; next: string; reportBy: string }): string {
  return `Our records for ${when.period} do not yet give ${phrase}; the Registered Manager will have it recorded from ${when.next} and we will report it in ${when.reportBy}.`;
}
