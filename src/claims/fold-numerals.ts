/**
 * Folds numerals in unusual Unicode forms to ASCII ("９７％", "٩٧%", "𝟗𝟕%", "⁹⁷%" → "97%", "½" → "1/2")
 * while keeping, for every output character, the source offset of the character it came from,
 * so positions still point at the original text.
 */
import { NUMERAL_SIGN_FOLDS } from './data/numeral-forms.js';

const DECIMAL_DIGIT = /^\p{Nd}$/u;
const NUMERIC_FOLD = /^[\d%/.,\s]+$/;
const digitValues = new Map<number, string>();

/** ASCII digit of any Unicode decimal digit: decimal digits come in runs of ten, starting at zero. */
function asciiDigit(codePoint: number): string {
  let known = digitValues.get(codePoint);
  if (known === undefined) {
    let start = codePoint;
    while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
    known = String((codePoint - start) % 10);
    digitValues.set(codePoint, known);
  }
  return known;
}

function foldCharacter(character: string): string | undefined {
  const sign = NUMERAL_SIGN_FOLDS[character];
  if (sign !== undefined) return sign;
  const compatible = character.normalize('NFKC');
  let folded = '';
  for (const part of compatible) {
    const codePoint = part.codePointAt(0) ?? 0;
    if (codePoint < 128) folded += part;
    else if (DECIMAL_DIGIT.test(part)) folded += asciiDigit(codePoint);
    else folded += NUMERAL_SIGN_FOLDS[part] ?? part;
  }
  return NUMERIC_FOLD.test(folded) ? folded : undefined;
}

export interface FoldedText {
  text: string;
  /** Source offset of each character of `text`. */
  offsets: Int32Array;
  /** Whether any character changed. */
  changed: boolean;
}

/** Folds `text` (whose characters sit at `offsets` in the source); ASCII text comes back unchanged. */
export function foldNumerals(text: string, offsets: Int32Array): FoldedText {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return { text, offsets, changed: false };
  let folded = '';
  const foldedOffsets: number[] = [];
  let changed = false;
  let index = 0;
  for (const character of text) {
    const source = offsets[index] ?? 0;
    const replacement = character.charCodeAt(0) < 128 ? undefined : foldCharacter(character);
    if (replacement === undefined || replacement === character) {
      folded += character;
      for (let unit = 0; unit < character.length; unit += 1) foldedOffsets.push(offsets[index + unit] ?? source);
    } else {
      changed = true;
      folded += replacement;
      for (let unit = 0; unit < replacement.length; unit += 1) foldedOffsets.push(source);
    }
    index += character.length;
  }
  return { text: folded, offsets: Int32Array.from(foldedOffsets), changed };
}
