/**
 * Which of the terms a buyer names (an IMHA, Makaton, Healthwatch) a text mentions: words in any
 * case, acronyms only in capitals, each as whole words.
 */
import { NAMED_TERMS, type NamedTerm } from '../data/named-terms.js';
import { askedTopicCues, type AskedTopicId } from '../data/question-cues.js';
import { wholeWords, type AskedTopic, type QuestionAnalysis } from './read-question.js';

// Without the global flag, so `test` keeps no position between texts.
const MATCHERS = new Map(NAMED_TERMS.map((term) => [term, [...(term.words ? [wholeWords(term.words, 'i')] : []), ...(term.acronyms ? [wholeWords(term.acronyms, '')] : [])]]));
/** The same patterns, finding every place a term is named. */
const EVERY_MATCH = new Map([...MATCHERS].map(([term, patterns]) => [term, patterns.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`))]));

export function namesTerm(term: NamedTerm, text: string): boolean {
  return (MATCHERS.get(term) ?? []).some((pattern) => pattern.test(text));
}

/** The terms a text names, in the order they are listed. */
export function termsNamedIn(text: string): NamedTerm[] {
  return NAMED_TERMS.filter((term) => namesTerm(term, text));
}

/** A negation in the few words before a term: "is not subject to a Community Treatment Order", "did not make a Health and Welfare LPA". */
const NEGATED_BEFORE = /\b(?:not|no|never|without|nor|neither)\b(?:\s+[\p{L}'’-]+){0,4}\s*$/iu;

/**
 * Whether a sentence names the term only to say it does not apply: every place it is named has a
 * negation a few words before. A story saying she "is not subject to a Community Treatment Order"
 * is not asking what is done under one.
 */
export function namedInTheNegative(term: NamedTerm, sentence: string): boolean {
  const places = (EVERY_MATCH.get(term) ?? []).flatMap((pattern) => [...sentence.matchAll(pattern)].map((match) => match.index));
  return places.length > 0 && places.every((at) => NEGATED_BEFORE.test(sentence.slice(Math.max(0, at - 50), at)));
}

/** Where in a text the words first naming the term end, or -1. */
export function whereNamed(term: NamedTerm, text: string): number {
  const found = (MATCHERS.get(term) ?? []).flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [match.index + match[0].length] : [];
  });
  return found.length === 0 ? -1 : Math.min(...found);
}

/**
 * A question whose words name no topic but name a term ("How do you use Talking Mats with people
 * who find speech hard?") is about the term's own topics: read as asked lightly, at the words
 * naming the term. A question that names a topic keeps its own reading.
 */
export function withNamedTermTopics(analysis: QuestionAnalysis): QuestionAnalysis {
  if (analysis.topics.length > 0) return analysis;
  const topics = new Map<AskedTopicId, AskedTopic>();
  for (const term of termsNamedIn(analysis.question)) {
    for (const id of term.topics ?? []) {
      if (topics.has(id)) continue;
      const match = (MATCHERS.get(term) ?? []).map((pattern) => pattern.exec(analysis.question)).find((found) => found !== null);
      const label = askedTopicCues.find((topic) => topic.id === id)?.label ?? id;
      topics.set(id, { id, label, weight: 'weak', cues: [match?.[0] ?? term.name], position: match?.index ?? 0 });
    }
  }
  return topics.size === 0 ? analysis : { ...analysis, topics: [...topics.values()] };
}
