/**
 * Which of the terms a buyer names (an IMHA, Makaton, Healthwatch) a text mentions: words in any
 * case, acronyms only in capitals, each as whole words.
 */
import { NAMED_TERMS, type NamedTerm } from '../data/named-terms.js';
import { wholeWords } from './read-question.js';

// Without the global flag, so `test` keeps no position between texts.
const MATCHERS = new Map(NAMED_TERMS.map((term) => [term, [...(term.words ? [wholeWords(term.words, 'i')] : []), ...(term.acronyms ? [wholeWords(term.acronyms, '')] : [])]]));

export function namesTerm(term: NamedTerm, text: string): boolean {
  return (MATCHERS.get(term) ?? []).some((pattern) => pattern.test(text));
}

/** The terms a text names, in the order they are listed. */
export function termsNamedIn(text: string): NamedTerm[] {
  return NAMED_TERMS.filter((term) => namesTerm(term, text));
}

/** Where in a text the words first naming the term end, or -1. */
export function whereNamed(term: NamedTerm, text: string): number {
  const found = (MATCHERS.get(term) ?? []).flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [match.index + match[0].length] : [];
  });
  return found.length === 0 ? -1 : Math.min(...found);
}
