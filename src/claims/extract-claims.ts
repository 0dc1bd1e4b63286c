/**
 * Finds every numeric claim in a Markdown draft. Pure: no figures needed.
 *
 * What is a claim is decided by ordered patterns (claim-patterns.ts) over plain-text
 * blocks (markdown-blocks.ts): exclusions first (dates, periods, law references,
 * labels, URLs …), then before→after phrases, ranges, fractions, proportions,
 * percentages, ratios, durations and counts. Each character belongs to at most one match.
 *
 * Determiner rule: the words "a"/"an" are never a number on their own, and "one" on its
 * own ("one person said", "one of the reviews") is not a claim. "one" counts only inside
 * a quantity that states something checkable: a before→after phrase ("from three prompts
 * to one"), a proportion ("one in five", "one third of"), a fraction ("one of two"), a
 * percentage ("one per cent") or a duration ("within one week"). Every other number word
 * ("two people", "seven compliments", "a dozen") is a count claim.
 */
import type { ClaimUnit } from './data/claim-vocabulary.js';
import {
  ATTACHED_DURATION_SUFFIXES,
  DURATION_UNIT_WORDS,
  PROPORTION_DENOMINATORS,
  SCORE_SCALES,
  ANAPHORIC_OPENERS,
  SCORE_WORDS,
  TOPIC_STOPWORDS,
} from './data/claim-vocabulary.js';
import { FRACTION_DENOMINATOR_WORDS, FRACTION_NUMERATOR_WORDS } from './data/number-words.js';
import type { ClaimBound, ClaimKind, ExtractedClaim } from './claims-schema.js';
import { BOUND_WORDS, MULTIPLE_VERBS, QUANTIFIER_LINK_WORDS, RELATIVE_FRACTION_WORDS, VAGUE_QUANTIFIERS } from './data/quantity-words.js';
import {
  BOUND_BEFORE,
  CHANGE_BEFORE,
  QUANTITY_PATTERNS,
  CLAIM_PATTERNS,
  EXCLUSION_PATTERNS,
  HEADING_NUMBERING,
  PARAGRAPH_NUMBERING,
  alternation,
} from './claim-patterns.js';
import { createLocator, markdownToBlocks, type TextBlock } from './markdown-blocks.js';
import { isWordNumber, NUMBER_SOURCE, parseNumberText } from './number-text.js';
import { ROMAN_LOOKALIKE_WORDS, ROMAN_NUMERAL_LABEL_WORDS } from './data/numeral-forms.js';

/** A claim plus the text around it that the validator compares with figure labels. */
export interface ClaimInContext extends ExtractedClaim {
  /** Nearest text first: clause, sentence, the sentence before it when this one points back ("It …"), then the section heading. */
  contexts: string[];
  /** Percentage a proportion-like fraction stands for ("9/10" → 90); absent for count pairs such as "35 of 42". */
  percentEquivalent?: number;
  /** For a count, the words naming what is counted ("two cases" → "cases"), when the number is followed by them. */
  countedNoun?: string;
  /** A numeral the validator cannot read (Roman, European decimal, scientific, an unknown script): never supported. */
  unreadable?: boolean;
  /** A short stretch of the text right after the claim ("per week"), so rules need not search the sentence for it. */
  following: string;
  /** The words that bound the quantity as written ("Over"), for messages. */
  boundText?: string;
  /** Which way a change in points says the value moved ("up 6 points"). */
  direction?: 'up' | 'down';
  /** A relative change in words ("doubled") is checked as a multiple; in digits ("a 10% rise") as a percentage. */
  relativeForm?: 'words' | 'digits';
  /** A quantifier without a number ("most"): a claim only when its sentence names a figure. */
  vague?: boolean;
  /** How far below its value a "nearly"/"almost" quantifier may be, when not the default. */
  margin?: number;
  /** An x-of-y pair: the counted noun's words removed, since figures sharing the denominator share them too. */
  pairContexts?: string[];
  /** "89% (159 of 178 planned reviews)": the pair written beside a percentage. */
  pairedNumerator?: number;
  pairedDenominator?: number;
  /** Source offset where the claim's sentence starts: claims of one sentence share it. */
  sentenceOffset: number;
}

/** Enough of what follows a claim for "two visits per month" style readings. */
const FOLLOWING_CHARACTERS = 120;

interface Span {
  start: number;
  end: number;
}

interface Quantity {
  kind: 'percent' | 'ratio' | 'fraction' | 'duration' | 'number';
  value: number | string;
  unit?: ClaimUnit;
  numerator?: number;
  denominator?: number;
}

interface FoundClaim extends Span {
  unreadable?: boolean;
  kind: ClaimKind;
  value: number | string;
  unit: ClaimUnit;
  previous?: number | string;
  max?: number;
  numerator?: number;
  denominator?: number;
  scale?: number;
  percentEquivalent?: number;
  bound?: ClaimBound;
  direction?: 'up' | 'down';
  relativeForm?: 'words' | 'digits';
  vague?: boolean;
  margin?: number;
}

type PatternResult = FoundClaim | 'exclude' | null;

const SCORE_WORD_PATTERN = new RegExp(`\\b(?:${alternation(SCORE_WORDS)})\\b`, 'i');
const PERCENT_TAIL = /(?:%|per[\s-]?cent|percent)$/i;
const DURATION_LOOKUP = new Map(Object.entries(DURATION_UNIT_WORDS));
/** Group 1 (the closing punctuation) stays with the sentence it ends. */
const SENTENCE_BREAK = /([.!?…]+["')\]”’]*)\s+(?=["“‘'(\[£]?[\p{Lu}\d])|\n\s*\n/gu;
const ANAPHORIC_START = new RegExp(`^\\W*(?:${alternation(ANAPHORIC_OPENERS)})\\b`, 'i');
const CLAUSE_BREAK = /,\s|;\s*|\s[—–]\s|\s+(?:and|but|while|whereas)\s+/gi;

function durationUnit(word: string): ClaimUnit | undefined {
  return DURATION_LOOKUP.get(word.toLowerCase().replace(/\s+/g, ' '));
}

function number(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseNumberText(text);
}

function normaliseRatio(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Reads one end of a before→after phrase. */
function parseQuantity(raw: string): Quantity | undefined {
  const text = raw.trim();
  if (/^\d{1,2}:\d{1,2}$/.test(text)) return { kind: 'ratio', value: normaliseRatio(text), unit: 'ratio' };
  const percent = /^(.*?)\s*(?:%|per[\s-]?cent|percent)$/i.exec(text);
  if (percent) {
    const value = number(percent[1]);
    return value === undefined ? undefined : { kind: 'percent', value, unit: 'percent' };
  }
  const fraction = /^(.*?)\s*(?:\/|\s+out\s+of\s+)\s*(.*)$/i.exec(text);
  if (fraction) {
    const numerator = number(fraction[1]);
    const denominator = number(fraction[2]);
    if (numerator === undefined || denominator === undefined || denominator === 0) return undefined;
    return { kind: 'fraction', value: numerator, numerator, denominator };
  }
  const duration = new RegExp(`^(.*?)(?:\\s+|-)?(${Object.keys(DURATION_UNIT_WORDS).sort((a, b) => b.length - a.length).join('|')})$`, 'i').exec(text);
  if (duration) {
    const value = number(duration[1]);
    const unit = durationUnit(duration[2] ?? '');
    if (value !== undefined && unit) return { kind: 'duration', value, unit };
  }
  const value = number(text);
  return value === undefined ? undefined : { kind: 'number', value };
}

function asFractionLike(quantity: Quantity, other: Quantity): Quantity {
  if (quantity.kind !== 'number' || other.kind !== 'fraction' || typeof quantity.value !== 'number') return quantity;
  return {
    kind: 'fraction',
    value: quantity.value,
    numerator: quantity.value,
    ...(other.denominator !== undefined ? { denominator: other.denominator } : {}),
  };
}

/** Combines both ends of a before→after phrase into one claim, or rejects an incoherent pair. */
function combineBeforeAfter(rawBefore: Quantity, rawAfter: Quantity, sentenceScores: boolean): Omit<FoundClaim, 'start' | 'end'> | undefined {
  // "from 3.1 to 4.2 out of 5": a bare number shares the other end's scale
  const before = asFractionLike(rawBefore, rawAfter);
  const after = asFractionLike(rawAfter, rawBefore);
  const kinds = new Set([before.kind, after.kind]);
  if (kinds.has('ratio')) {
    if (before.kind !== 'ratio' || after.kind !== 'ratio') return undefined;
    return { kind: 'before-after', unit: 'ratio', value: after.value, previous: before.value };
  }
  if (kinds.has('fraction')) {
    if (before.kind !== 'fraction' || after.kind !== 'fraction' || before.denominator !== after.denominator) return undefined;
    const scale = after.denominator ?? 0;
    const isScore = SCORE_SCALES.includes(scale) || sentenceScores;
    if (isScore) return { kind: 'before-after', unit: 'score', value: after.value, previous: before.value, scale };
    return {
      kind: 'before-after',
      unit: 'percent',
      value: ((after.numerator ?? 0) / scale) * 100,
      previous: ((before.numerator ?? 0) / scale) * 100,
    };
  }
  const unit = before.unit ?? after.unit ?? 'count';
  if (before.unit && after.unit && before.unit !== after.unit) return undefined;
  return { kind: 'before-after', unit, value: after.value, previous: before.value };
}

interface PatternContext {
  text: string;
  /** Whether the sentence holding this block offset speaks of scoring; answered once per sentence. */
  sentenceScores: (index: number) => boolean;
}

type Handler = (match: RegExpExecArray, context: PatternContext) => PatternResult;

function beforeAfterHandler(allowRange: boolean): Handler {
  return (match, context) => {
    const groups = match.groups ?? {};
    const before = parseQuantity(groups.a ?? '');
    const after = parseQuantity(groups.b ?? '');
    if (!before || !after) return null;
    const combined = combineBeforeAfter(before, after, context.sentenceScores(match.index));
    if (!combined) return null;
    const start = match.index;
    const end = match.index + match[0].length;
    const isDuration = combined.unit !== 'percent' && combined.unit !== 'count' && combined.unit !== 'score' && combined.unit !== 'ratio';
    if (allowRange && isDuration && typeof combined.value === 'number' && typeof combined.previous === 'number') {
      const lead = context.text.slice(Math.max(0, start - 60), start);
      if (!CHANGE_BEFORE.test(lead) && combined.previous < combined.value) {
        return { start, end, kind: 'range', unit: combined.unit, value: combined.previous, max: combined.value };
      }
    }
    return { start, end, ...combined };
  };
}

const rangeHandler: Handler = (match) => {
  const groups = match.groups ?? {};
  const low = number(groups.a1 ?? groups.a2);
  const high = number(groups.b1 ?? groups.b2);
  if (low === undefined || high === undefined || low >= high) return null;
  const unitText = groups.unit;
  const hyphenOnly = groups.a2 !== undefined && /^\S+-\S+$/.test(match[0].trim()) && !unitText;
  if (hyphenOnly) return null; // "3-5" with nothing after is too ambiguous to call a range; counts take it
  let unit: ClaimUnit = 'count';
  if (unitText && PERCENT_TAIL.test(unitText)) unit = 'percent';
  else if (unitText) unit = durationUnit(unitText) ?? 'count';
  return { start: match.index, end: match.index + match[0].length, kind: 'range', unit, value: low, max: high };
};

const fractionHandler: Handler = (match, context) => {
  const groups = match.groups ?? {};
  const numerator = number(groups.a);
  const denominator = number(groups.b);
  if (numerator === undefined || denominator === undefined || denominator === 0 || numerator > denominator) return null;
  const start = match.index;
  const end = match.index + match[0].length;
  const inWords = isWordNumber(groups.a ?? '') || isWordNumber(groups.b ?? '');
  if (groups.in !== undefined) {
    if (!PROPORTION_DENOMINATORS.includes(denominator) || numerator === denominator) return null;
    return { start, end, kind: 'proportion', unit: 'percent', value: (numerator / denominator) * 100, numerator, denominator };
  }
  const isDecimal = !Number.isInteger(numerator);
  const isScore =
    groups.of === undefined &&
    (isDecimal || (SCORE_SCALES.includes(denominator) && context.sentenceScores(start)));
  if (isScore) return { start, end, kind: 'score', unit: 'score', value: numerator, scale: denominator };
  if (groups.of !== undefined && !inWords && isDecimal) return null;
  const proportional = inWords || (groups.slash !== undefined && denominator <= 10);
  const claim: FoundClaim = { start, end, kind: 'fraction', unit: 'count', value: numerator, numerator, denominator };
  if (proportional) claim.percentEquivalent = (numerator / denominator) * 100;
  return claim;
};

const fractionWordsHandler: Handler = (match) => {
  const groups = match.groups ?? {};
  const numeratorWord = (groups.n ?? '').toLowerCase();
  const denominatorWord = (groups.d ?? '').toLowerCase();
  const numerator = FRACTION_NUMERATOR_WORDS[numeratorWord];
  const denominator = FRACTION_DENOMINATOR_WORDS[denominatorWord];
  if (numerator === undefined || denominator === undefined) return null;
  // "a third review", "a quarter" (the period): only "a/one third of …" is a proportion
  if (numerator === 1 && groups.of === undefined) return null;
  const end = match.index + match[0].length - (groups.of?.length ?? 0);
  return { start: match.index, end, kind: 'proportion', unit: 'percent', value: (numerator / denominator) * 100, numerator, denominator };
};

const halfHandler: Handler = (match) => ({
  start: match.index,
  end: match.index + match[0].length,
  kind: 'proportion',
  unit: 'percent',
  value: 50,
  numerator: 1,
  denominator: 2,
});

const halfDurationHandler: Handler = (match) => {
  const unit: ClaimUnit = match.groups?.unit?.toLowerCase() === 'day' ? 'days' : 'hours';
  return { start: match.index, end: match.index + match[0].length, kind: 'duration', unit, value: 0.5 };
};

function singleValueHandler(kind: ClaimKind, unit: ClaimUnit): Handler {
  return (match) => {
    const value = number(match.groups?.a);
    if (value === undefined) return null;
    return { start: match.index, end: match.index + match[0].length, kind, unit, value };
  };
}

const ratioHandler: Handler = (match) => ({
  start: match.index,
  end: match.index + match[0].length,
  kind: 'ratio',
  unit: 'ratio',
  value: normaliseRatio(match[0]),
});

const attachedDurationHandler: Handler = (match) => {
  const value = number(match.groups?.a);
  const unit = ATTACHED_DURATION_SUFFIXES[match.groups?.unit ?? ''];
  if (value === undefined || !unit) return null;
  return { start: match.index, end: match.index + match[0].length, kind: 'duration', unit, value };
};

const durationHandler: Handler = (match) => {
  const value = number(match.groups?.a);
  const unit = durationUnit(match.groups?.unit ?? '');
  if (value === undefined || !unit) return null;
  return { start: match.index, end: match.index + match[0].length, kind: 'duration', unit, value };
};

const MONEY_SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

const moneyHandler: Handler = (match) => {
  const base = number(match.groups?.a);
  if (base === undefined) return null;
  const scale = MONEY_SCALE[(match.groups?.scale ?? '').toLowerCase()] ?? 1;
  return { start: match.index, end: match.index + match[0].length, kind: 'money', unit: 'count', value: base * scale };
};

/** "ten-file audit": the number counts something; the form nouns ("two-page") were excluded earlier. */
const compoundCountHandler: Handler = (match) => {
  const text = match.groups?.a ?? '';
  if (number(match[0]) !== undefined) return null; // "twenty-three" is one number, not a compound
  if (text.toLowerCase() === 'one') return 'exclude';
  const value = number(text);
  if (value === undefined) return null;
  return { start: match.index, end: match.index + text.length, kind: 'count', unit: 'count', value };
};

const countHandler: Handler = (match) => {
  const text = match.groups?.a ?? '';
  if (text.toLowerCase() === 'one') return 'exclude'; // the determiner rule, see the file comment
  const value = number(text);
  if (value === undefined) return null;
  return { start: match.index, end: match.index + text.length, kind: 'count', unit: 'count', value };
};

function relative(match: RegExpExecArray, change: number, form: 'words' | 'digits'): FoundClaim {
  return { start: match.index, end: match.index + match[0].length, kind: 'relative', unit: 'percent', value: change, relativeForm: form };
}

const relativeByHandler: Handler = (match) => {
  const groups = match.groups ?? {};
  const sign = groups.down !== undefined ? -1 : 1;
  if (groups.fraction !== undefined) {
    const share = RELATIVE_FRACTION_WORDS[groups.fraction.toLowerCase().replace(/\s+/g, ' ')];
    return share === undefined ? null : relative(match, sign * share * 100, 'words');
  }
  const value = number(groups.a);
  return value === undefined ? null : relative(match, sign * value, 'digits');
};

const multipleHandler: Handler = (match) => {
  const factor = MULTIPLE_VERBS[(match.groups?.verb ?? '').toLowerCase()];
  return factor === undefined ? null : relative(match, (factor - 1) * 100, 'words');
};

const timesAsManyHandler: Handler = (match) => {
  const factor = match.groups?.twice !== undefined ? 2 : number(match.groups?.a);
  return factor === undefined || factor <= 1 ? null : relative(match, (factor - 1) * 100, 'words');
};

const changeNounHandler: Handler = (match) => {
  const value = number(match.groups?.a);
  if (value === undefined) return null;
  return relative(match, match.groups?.down !== undefined ? -value : value, 'digits');
};

const pointsHandler: Handler = (match) => {
  const value = number(match.groups?.a);
  if (value === undefined) return null;
  const direction = match.groups?.down !== undefined ? 'down' : 'up';
  return { start: match.index, end: match.index + match[0].length, kind: 'percentage-points', unit: 'percent', value, direction };
};

const vagueHandler: Handler = (match) => {
  const quantifier = VAGUE_QUANTIFIERS[(match.groups?.q ?? '').toLowerCase().replace(/\s+/g, ' ')];
  if (!quantifier) return null;
  const claim: FoundClaim = {
    start: match.index,
    end: match.index + match[0].length,
    kind: 'proportion',
    unit: 'percent',
    value: quantifier.value,
    bound: quantifier.bound,
    vague: true,
  };
  if (quantifier.margin !== undefined) claim.margin = quantifier.margin;
  return claim;
};

const CLAIM_PASSES: ReadonlyArray<readonly [RegExp, Handler]> = [
  [CLAIM_PATTERNS.beforeAfterArrow, beforeAfterHandler(false)],
  [CLAIM_PATTERNS.beforeAfterReversed, beforeAfterHandler(false)],
  [CLAIM_PATTERNS.beforeAfterFrom, beforeAfterHandler(true)],
  [QUANTITY_PATTERNS.relativeBy, relativeByHandler],
  [QUANTITY_PATTERNS.multiple, multipleHandler],
  [QUANTITY_PATTERNS.timesAsMany, timesAsManyHandler],
  [QUANTITY_PATTERNS.changeNoun, changeNounHandler],
  [QUANTITY_PATTERNS.points, pointsHandler],
  [QUANTITY_PATTERNS.vague, vagueHandler],
  [QUANTITY_PATTERNS.most, vagueHandler],
  [CLAIM_PATTERNS.fraction, fractionHandler],
  [CLAIM_PATTERNS.range, rangeHandler],
  [CLAIM_PATTERNS.fractionWords, fractionWordsHandler],
  [CLAIM_PATTERNS.halfDuration, halfDurationHandler],
  [CLAIM_PATTERNS.half, halfHandler],
  [CLAIM_PATTERNS.percentagePoints, singleValueHandler('percentage-points', 'percent')],
  [CLAIM_PATTERNS.percent, singleValueHandler('percent', 'percent')],
  [CLAIM_PATTERNS.ratio, ratioHandler],
  [CLAIM_PATTERNS.attachedDuration, attachedDurationHandler],
  [CLAIM_PATTERNS.duration, durationHandler],
  [CLAIM_PATTERNS.money, moneyHandler],
  [CLAIM_PATTERNS.compoundCount, compoundCountHandler],
  [CLAIM_PATTERNS.digitCount, countHandler],
  [CLAIM_PATTERNS.wordCount, countHandler],
];

/**
 * Characters already owned by a match. Each character records the end of the span that owns it,
 * so asking whether a match is free costs its own length, not the number of spans so far.
 */
class ReservedSpans {
  private readonly ends: Int32Array;

  constructor(length: number) {
    this.ends = new Int32Array(length + 1);
  }

  /**
   * The span owning a character of [start, end), or undefined when all are free. The span's
   * start is clipped to `start`: callers only ask whether it began at or before the match.
   */
  overlapping(start: number, end: number): Span | undefined {
    for (let index = start; index < end; index += 1) {
      const spanEnd = this.ends[index] ?? 0;
      if (spanEnd > 0) {
        let spanStart = index;
        while (spanStart > start && this.ends[spanStart - 1] === spanEnd) spanStart -= 1;
        return { start: spanStart, end: spanEnd };
      }
    }
    return undefined;
  }

  add(start: number, end: number): void {
    for (let index = start; index < end; index += 1) this.ends[index] = end;
  }
}

function reserveExclusions(text: string, kind: TextBlock['kind'], reserved: ReservedSpans): void {
  const numbering = (kind === 'heading' ? HEADING_NUMBERING : PARAGRAPH_NUMBERING).exec(text);
  if (numbering) reserved.add(0, numbering[0].length);
  for (const pattern of EXCLUSION_PATTERNS) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      const end = match.index + match[0].length;
      if (!reserved.overlapping(match.index, end)) reserved.add(match.index, end);
    }
  }
}

function findClaims(text: string, context: PatternContext, reserved: ReservedSpans): FoundClaim[] {
  const found: FoundClaim[] = [];
  for (const [pattern, handler] of CLAIM_PASSES) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const end = match.index + match[0].length;
      const taken = match[0].length === 0 ? undefined : reserved.overlapping(match.index, end);
      if (match[0].length === 0 || taken) {
        // a match starting inside a reserved span can never fit, so skip past it; otherwise retry one character later
        pattern.lastIndex = taken && taken.start <= match.index ? taken.end : match.index + 1;
        continue;
      }
      const result = handler(match, context);
      if (result === null) {
        pattern.lastIndex = match.index + 1;
        continue;
      }
      if (result === 'exclude') {
        reserved.add(match.index, end);
        continue;
      }
      reserved.add(result.start, result.end);
      found.push(result);
    }
  }
  return found.sort((left, right) => left.start - right.start);
}

/**
 * Numerals no claim pattern reads. Fail closed: each becomes a claim the validator reports as
 * unsupported. Roman numerals only as standalone capitals of valid form (two letters or more, with
 * an I, V or X), not after a label word ("Type II") and not a known abbreviation ("CV").
 */
const UNREADABLE_NUMERALS = [
  // European decimals and scientific notation: 9,7 · 9,75% · 1e2 · 2.5E-3
  /(?<![\w.,])\d+,\d{1,2}(?![\d,])(?:\s*%)?|(?<![\w.])\d+(?:\.\d+)?[eE][+-]?\d+(?!\w)(?:\s*%)?/g,
  // any digit (after folding) or other numeric character left unclaimed
  /[\d\p{N}][\d\p{N}.,%/]*/gu,
];
const ROMAN_NUMERAL = /(?<![\p{L}\d'’-])(?=[MDCLXVI]{2,}(?![\p{L}\d'’-]))M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\d'’-])/gu;
const ROMAN_LABEL_BEFORE = new RegExp(`\\b(?:${alternation(ROMAN_NUMERAL_LABEL_WORDS)})\\s+$`, 'i');
const ROMAN_LOOKALIKES = new Set(ROMAN_LOOKALIKE_WORDS);

function hasFolded(start: number, length: number, foldedAt: (index: number) => boolean): boolean {
  for (let index = start; index < start + length; index += 1) if (foldedAt(index)) return true;
  return false;
}

/** `foldedAt(index)` says whether the block character came from a folded numeral ("９" read as "9"). */
function findUnreadable(text: string, reserved: ReservedSpans, foldedAt: (index: number) => boolean): FoundClaim[] {
  const found: FoundClaim[] = [];
  const claim = (start: number, end: number): void => {
    if (reserved.overlapping(start, end)) return;
    reserved.add(start, end);
    found.push({ start, end, kind: 'count', unit: 'count', value: text.slice(start, end), unreadable: true });
  };
  const [decimals, leftovers] = UNREADABLE_NUMERALS;
  for (const pattern of [decimals, leftovers]) {
    if (!pattern) continue;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      // Unclaimed ASCII digits as written ("COVID-19", "#3") stay left alone; folded or other numerals do not.
      if (pattern === leftovers && /^[\x00-\x7f]+$/.test(match[0]) && !hasFolded(match.index, match[0].length, foldedAt)) continue;
      claim(match.index, match.index + match[0].length);
    }
  }
  ROMAN_NUMERAL.lastIndex = 0;
  let roman: RegExpExecArray | null;
  while ((roman = ROMAN_NUMERAL.exec(text)) !== null) {
    const numeral = roman[0];
    if (numeral.length < 2 || !/[IVX]/.test(numeral) || ROMAN_LOOKALIKES.has(numeral)) continue;
    if (ROMAN_LABEL_BEFORE.test(text.slice(Math.max(0, roman.index - 30), roman.index))) continue;
    claim(roman.index, roman.index + numeral.length);
  }
  return found;
}

interface Segment extends Span {
  text: string;
}

function segment(text: string, breaks: RegExp, from = 0, to = text.length): Segment[] {
  const segments: Segment[] = [];
  const slice = text.slice(from, to);
  breaks.lastIndex = 0;
  let cursor = 0;
  let match: RegExpExecArray | null;
  while ((match = breaks.exec(slice)) !== null) {
    const end = match.index + match[0].length;
    const kept = match.index + (match[1]?.length ?? 0);
    segments.push({ start: from + cursor, end: from + kept, text: slice.slice(cursor, kept) });
    cursor = end;
    if (match[0].length === 0) breaks.lastIndex += 1;
  }
  segments.push({ start: from + cursor, end: to, text: slice.slice(cursor) });
  return segments;
}

/** The first segment ending after `index` (segments are in order): a binary search, as a block may hold thousands. */
function segmentAt(segments: Segment[], index: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (index < (segments[middle]?.end ?? 0)) high = middle;
    else low = middle + 1;
  }
  return low;
}

const STOPWORD_SET = new Set(TOPIC_STOPWORDS);

/** Up to two words right after a count, stopping at the first grammar word: "two cases per service" → "cases". */
function countedNounAfter(text: string, end: number): string | undefined {
  const following = /^(?:-|\s+)([a-z][\w'’]*)(?:\s+([a-z][\w'’]*))?/i.exec(text.slice(end, end + 60));
  const words: string[] = [];
  for (const word of [following?.[1], following?.[2]]) {
    if (!word || STOPWORD_SET.has(word.toLowerCase())) break;
    words.push(word);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

const QUANTIFIER_LINK = new RegExp(`^(?:\\s+(?:${alternation(QUANTIFIER_LINK_WORDS)})\\b)+`, 'i');

/** What a quantifier quantifies: "the majority of review actions" → "review actions". */
function quantifiedNounAfter(text: string, end: number): string | undefined {
  const link = QUANTIFIER_LINK.exec(text.slice(end, end + 40));
  return countedNounAfter(text, end + (link?.[0].length ?? 0));
}

/** End of up to two counted-noun words after `end` ("… of 178 planned reviews" → after "reviews"), or `end`. */
function countedNounEnd(text: string, end: number): number {
  const following = /^(?:-|\s+)([a-z][\w'’]*)(?:(\s+)([a-z][\w'’]*))?/i.exec(text.slice(end, end + 60));
  if (!following?.[1] || STOPWORD_SET.has(following[1].toLowerCase())) return end;
  const first = end + following[0].length - (following[3] ? (following[2]?.length ?? 0) + following[3].length : 0);
  if (!following[3] || STOPWORD_SET.has(following[3].toLowerCase())) return first;
  return end + following[0].length;
}

/** "89% (159 of 178 …)": the pair in brackets right after a percentage. */
const PAIR_AFTER = new RegExp(`^\\s*\\(\\s*(?<a>${NUMBER_SOURCE})\\s+(?:out\\s+of|of)\\s+(?:the\\s+)?(?<b>${NUMBER_SOURCE})`, 'i');

/** Bounds apply to quantities that are compared with a figure's value; durations and ranges keep their own rules. */
const BOUNDABLE: ReadonlySet<ClaimKind> = new Set(['percent', 'proportion', 'count', 'score']);

function boundBefore(text: string, start: number): { bound: ClaimBound; text: string } | undefined {
  const match = BOUND_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  const written = match?.groups?.word;
  const bound = written ? BOUND_WORDS[written.toLowerCase().replace(/\s+/g, ' ')] : undefined;
  return written && bound ? { bound, text: written } : undefined;
}

function withoutSpan(text: string, segmentStart: number, segmentEnd: number, cutStart: number, cutEnd: number): string {
  const from = Math.max(segmentStart, cutStart);
  const to = Math.min(segmentEnd, cutEnd);
  if (from >= to) return text.slice(segmentStart, segmentEnd);
  return `${text.slice(segmentStart, from)} ${text.slice(to, segmentEnd)}`;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Claims with the context the validator needs; extractClaims() is the public, context-free view.
 * `blocks`: the draft already read by markdownToBlocks, when the caller reads it for other checks too.
 */
/**
 * One check reads the same text twice (the validator, then the figure-anchor rule), so the
 * latest extraction is kept. Claims are read, never changed, by every caller.
 */
let latestExtraction: { markdown: string; claims: readonly ClaimInContext[] } | undefined;

export function extractClaimsInContext(markdown: string, blocks?: readonly TextBlock[]): readonly ClaimInContext[] {
  if (latestExtraction?.markdown === markdown) return latestExtraction.claims;
  const claims = extractFromBlocks(markdown, blocks ?? markdownToBlocks(markdown));
  latestExtraction = { markdown, claims };
  return claims;
}

function extractFromBlocks(markdown: string, blocks: readonly TextBlock[]): ClaimInContext[] {
  const locate = createLocator(markdown);
  const claims: ClaimInContext[] = [];
  let heading = '';
  for (const block of blocks) {
    const sentences = segment(block.text, SENTENCE_BREAK);
    // Everything asked of a sentence is answered once per sentence: one sentence may hold thousands of claims.
    const tidySentences = sentences.map((sentence) => tidy(sentence.text));
    const scoring = new Map<number, boolean>();
    const clausesBySentence = new Map<number, { clauses: Segment[]; tidied: Map<number, string> }>();
    const context: PatternContext = {
      text: block.text,
      sentenceScores: (index) => {
        const sentenceIndex = segmentAt(sentences, index);
        let scores = scoring.get(sentenceIndex);
        if (scores === undefined) {
          scores = SCORE_WORD_PATTERN.test(sentences[sentenceIndex]?.text ?? block.text);
          scoring.set(sentenceIndex, scores);
        }
        return scores;
      },
    };
    const reserved = new ReservedSpans(block.text.length);
    reserveExclusions(block.text, block.kind, reserved);
    const foundClaims = findClaims(block.text, context, reserved);
    const foldedAt = (index: number): boolean => block.folded && markdown[block.sourceOffsets[index] ?? -1] !== block.text[index];
    foundClaims.push(...findUnreadable(block.text, reserved, foldedAt));
    foundClaims.sort((left, right) => left.start - right.start);
    for (const found of foundClaims) {
      const sentenceIndex = segmentAt(sentences, found.start);
      const sentence = sentences[sentenceIndex] ?? { start: 0, end: block.text.length, text: block.text };
      let clauseSet = clausesBySentence.get(sentenceIndex);
      if (!clauseSet) {
        clauseSet = { clauses: segment(block.text, CLAUSE_BREAK, sentence.start, sentence.end), tidied: new Map() };
        clausesBySentence.set(sentenceIndex, clauseSet);
      }
      const clauseIndex = segmentAt(clauseSet.clauses, found.start);
      let clause = clauseSet.tidied.get(clauseIndex);
      if (clause === undefined) {
        clause = tidy(clauseSet.clauses[clauseIndex]?.text ?? sentence.text);
        clauseSet.tidied.set(clauseIndex, clause);
      }
      const sentenceText = tidySentences[sentenceIndex] ?? tidy(sentence.text);
      const contexts = [clause, sentenceText];
      // the pair beside a percentage, and the words naming what a pair counts
      let pairCut: Span | undefined;
      let paired: { numerator: number; denominator: number } | undefined;
      if (found.kind === 'percent' && !found.unreadable) {
        const pair = PAIR_AFTER.exec(block.text.slice(found.end, found.end + 80));
        const numerator = number(pair?.groups?.a);
        const denominator = number(pair?.groups?.b);
        if (pair && numerator !== undefined && denominator !== undefined && denominator > 0 && numerator <= denominator) {
          paired = { numerator, denominator };
          const pairEnd = found.end + pair[0].length;
          pairCut = { start: found.end, end: countedNounEnd(block.text, pairEnd) };
        }
      } else if (found.kind === 'fraction' && !found.unreadable) {
        pairCut = { start: found.end, end: countedNounEnd(block.text, found.end) };
      }
      // "the nearest figure reference": a sentence that points back ("It reached 83%") borrows the one before it
      if (sentenceIndex > 0 && ANAPHORIC_START.test(sentence.text)) contexts.push(tidySentences[sentenceIndex - 1] ?? '');
      if (block.kind === 'paragraph' && heading) contexts.push(heading);

      const offset = block.sourceOffsets[found.start] ?? 0;
      const endOffset = (block.sourceOffsets[found.end - 1] ?? offset) + 1;
      const start = locate(offset);
      const end = locate(endOffset);
      const claim: ClaimInContext = {
        // Folded numerals are quoted as written ("９７％"), not as read.
        text: tidy(block.folded ? markdown.slice(offset, endOffset) : block.text.slice(found.start, found.end)),
        kind: found.kind,
        value: found.value,
        unit: found.unit,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset,
        endOffset,
        sentence: sentenceText,
        contexts,
        following: block.text.slice(found.end, found.end + FOLLOWING_CHARACTERS).replace(/\s+/g, ' '),
        sentenceOffset: block.sourceOffsets[sentence.start] ?? offset,
      };
      if (pairCut && pairCut.end > pairCut.start) {
        const clauseSegment = clauseSet.clauses[clauseIndex] ?? sentence;
        claim.pairContexts = [
          tidy(withoutSpan(block.text, clauseSegment.start, clauseSegment.end, pairCut.start, pairCut.end)),
          tidy(withoutSpan(block.text, sentence.start, sentence.end, pairCut.start, pairCut.end)),
          ...contexts.slice(2),
        ];
      } else if (pairCut) claim.pairContexts = contexts;
      if (paired) {
        claim.pairedNumerator = paired.numerator;
        claim.pairedDenominator = paired.denominator;
      }
      if (found.bound) claim.bound = found.bound;
      else if (BOUNDABLE.has(found.kind) && !found.unreadable) {
        const bound = boundBefore(block.text, found.start);
        if (bound) {
          claim.bound = bound.bound;
          claim.boundText = bound.text;
        }
      }
      if (found.direction) claim.direction = found.direction;
      if (found.relativeForm) claim.relativeForm = found.relativeForm;
      if (found.vague) claim.vague = true;
      if (found.margin !== undefined) claim.margin = found.margin;
      if (found.previous !== undefined) claim.previous = found.previous;
      if (found.max !== undefined) claim.max = found.max;
      if (found.numerator !== undefined) claim.numerator = found.numerator;
      if (found.denominator !== undefined) claim.denominator = found.denominator;
      if (found.scale !== undefined) claim.scale = found.scale;
      if (found.percentEquivalent !== undefined) claim.percentEquivalent = found.percentEquivalent;
      if (found.unreadable) claim.unreadable = true;
      else if (found.vague) {
        const noun = quantifiedNounAfter(block.text, found.end);
        if (noun) claim.countedNoun = noun;
      } else if (found.kind === 'count') {
        const noun = countedNounAfter(block.text, found.end);
        if (noun) claim.countedNoun = noun;
      }
      claims.push(claim);
    }
    if (block.kind === 'heading') heading = tidy(block.text);
  }
  return claims;
}

export function extractClaims(markdown: string): ExtractedClaim[] {
  return extractClaimsInContext(markdown).map(
    ({
      contexts: _contexts,
      percentEquivalent: _percent,
      countedNoun: _noun,
      following: _following,
      unreadable: _unreadable,
      boundText: _boundText,
      direction: _direction,
      relativeForm: _relativeForm,
      vague: _vague,
      margin: _margin,
      pairContexts: _pairContexts,
      pairedNumerator: _pairedNumerator,
      pairedDenominator: _pairedDenominator,
      sentenceOffset: _sentenceOffset,
      ...claim
    }) => claim,
  );
}
