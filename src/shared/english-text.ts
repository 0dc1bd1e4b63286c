/** Small helpers for writing English prose from lists and labels. */

/** "a, b and c" (or "a, b or c"). */
export function joinList(items: readonly string[], last = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** Lower-cases a leading capital that starts an ordinary word ("Reviews" → "reviews", "A person" → "a person"), never an acronym ("CQC") or "I". */
export function lowerFirst(text: string): string {
  return /^(?:[A-Z][a-z]|A\s)/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** A sentence as a bid remembers it, to tell whether it was written before: lower case, letters and digits only. */
export function normaliseSentence(sentence: string): string {
  return sentence.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
