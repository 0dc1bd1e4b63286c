import { injectionPatterns } from '../data/injection-patterns.js';

const compiled = injectionPatterns.map((entry) => ({ ...entry, regex: new RegExp(entry.pattern, 'i') }));

/** Reasons the model's text cannot be trusted (empty when none): echoed injections, data requests, references. */
export function detectInjection(text: string): string[] {
  return compiled.filter((entry) => entry.regex.test(text)).map((entry) => entry.reason);
}
