/**
 * Decides whether a piece of imported free text may be shown to the language model, by the
 * patterns in data/model-screening.ts and the injection patterns the model's replies are held
 * to. Text is checked as written and after Unicode compatibility folding, so full-width or
 * styled letters do not slip past.
 */
import { capitalisedTerms, SCREENED_TEXT_MAX_CHARACTERS, screeningPatterns, type ScreeningKind } from './data/model-screening.js';
import { detectInjection } from './llm/detect-injection.js';
import { escapeRegExp } from '../shared/english-text.js';

const compiled = screeningPatterns.map((entry) => ({ ...entry, regex: new RegExp(entry.pattern, entry.flags ?? 'i') }));

const ordinaryTerms = new RegExp(`\\b(?:${[...capitalisedTerms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`, 'g');

/** Why `text` must not be sent (empty when it may be). */
export function screenFreeText(text: string, kind: ScreeningKind): string[] {
  if (text.length > SCREENED_TEXT_MAX_CHARACTERS) return [`longer than ${SCREENED_TEXT_MAX_CHARACTERS} characters`];
  const reasons = new Set<string>();
  for (const variant of new Set([text, text.normalize('NFKC')])) {
    const names = variant.replace(ordinaryTerms, (term) => term.toLowerCase());
    for (const entry of compiled) {
      if (entry.kinds && !entry.kinds.includes(kind)) continue;
      if (entry.regex.test(entry.reason === 'a name' ? names : variant)) reasons.add(entry.reason);
    }
    if (detectInjection(variant).length > 0) reasons.add('an instruction or reference');
  }
  return [...reasons];
}

/** Records each value that failed screening, by where it was going and why; never the value. */
export class ScreeningLog {
  readonly withheld: string[] = [];

  /** `text` when it passes, otherwise undefined (and the reason is logged against `where`). */
  pass(text: string | undefined, kind: ScreeningKind, where: string): string | undefined {
    if (text === undefined) return undefined;
    const reasons = screenFreeText(text, kind);
    if (reasons.length === 0) return text;
    const entry = `${where} (${reasons.join(', ')})`;
    if (!this.withheld.includes(entry)) this.withheld.push(entry);
    return undefined;
  }
}
