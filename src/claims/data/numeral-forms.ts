/**
 * Numbers written in forms the claim patterns do not read directly. Full-width, Arabic-Indic,
 * mathematical and superscript digits, vulgar fractions and percent-sign variants are folded to
 * ASCII before claims are found; Roman numerals, European decimals and scientific notation are
 * left as they are and reported as unreadable, so an invented number never passes unseen.
 */

/** Characters that Unicode compatibility folding (NFKC) leaves alone but that mean an ASCII sign. */
export const NUMERAL_SIGN_FOLDS: Readonly<Record<string, string>> = {
  '\u066A': '%', // Arabic percent sign
  '\u2044': '/', // fraction slash, from vulgar fractions such as ½
  '\u2215': '/', // division slash
  '\u066B': '.', // Arabic decimal separator
  '\u066C': ',', // Arabic thousands separator
};

/** Words that, right before a Roman numeral, make it a name or a label ("Type II diabetes", "Part IV"). */
export const ROMAN_NUMERAL_LABEL_WORDS: readonly string[] = [
  'type', 'part', 'phase', 'stage', 'level', 'tier', 'schedule', 'section', 'chapter', 'article', 'annex', 'appendix',
  'volume', 'book', 'class', 'grade', 'category', 'war', 'king', 'queen', 'pope', 'henry', 'george', 'elizabeth', 'charles',
  'edward', 'william', 'james', 'richard', 'mark', 'series', 'step', 'item', 'figure', 'table', 'question', 'lot',
];

/** Capitalised abbreviations that happen to be Roman numerals. */
export const ROMAN_LOOKALIKE_WORDS: readonly string[] = ['CV', 'IV', 'XL', 'XXL', 'MCI', 'DIV', 'MIX', 'CIVIL', 'VIC', 'LCD', 'MD', 'DC', 'CC', 'LD', 'CD', 'DVD', 'MDX'];
