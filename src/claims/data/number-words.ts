/**
 * Vocabulary for numbers written as words. The extraction engine builds its
 * patterns from these tables once; add a word here, not in the engine.
 */

/** Cardinals below twenty. "one" is listed but standalone "one" is treated as a determiner (see extract-claims). */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Whole-phrase quantities that are not built from the tables above. */
export const PHRASE_NUMBERS: Readonly<Record<string, number>> = {
  'a dozen': 12,
  'half a dozen': 6,
  dozen: 12,
  'a hundred': 100,
};

/** Multipliers that may follow a cardinal ("two hundred", "one hundred and five"). */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1000,
};

/**
 * Denominators of fractions in words: "two thirds", "three quarters", "a fifth".
 * Singular and plural forms both listed so the engine needs no inflection rules.
 */
export const FRACTION_DENOMINATOR_WORDS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  tenth: 10,
  tenths: 10,
};

/** Numerators that can stand before a fraction word: "a third", "one quarter", "two thirds". */
export const FRACTION_NUMERATOR_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  nine: 9,
};

/** Words that make "half" an ordinary noun rather than a proportion ("the second half of the year"). */
export const HALF_PERIOD_PRECEDERS: readonly string[] = ['first', 'second', 'last', 'other', 'latter', 'former', 'back', 'front', 'next'];
