import {
  aspirationCues,
  cadenceCues,
  changeCues,
  checkCues,
  claimCues,
  genericRoleModifiers,
  hedgeCues,
  methodCues,
  metricAnchorCues,
  metricContext,
  metricNouns,
  namedRoles,
  notCadenceAfter,
  roleHeads,
} from './data/claim-slots.js';
import { compilePhrasePatterns, findPhrases, hasPhrase, normaliseForMatching, type PhraseMatch } from './phrase-patterns.js';
import { readSentence, type ReadSentence, type Token } from './read-tokens.js';

/**
 * The specificity slots a claim can fill: who acts, how often or by when, how (method or
 * format), a metric with its period, place or source, what changed, and how it is checked.
 */
export type Slot = 'actor' | 'cadence' | 'method' | 'metric' | 'change' | 'check';

export interface Span {
  start: number;
  end: number;
}

/** Sentences around the one analysed, in the same paragraph. */
export interface SentenceContext {
  previous?: string;
  next?: string;
}

/** A figure in the sentence offered as evidence, and whether its period/place/source is given. */
export interface MetricFigure extends Span {
  text: string;
  anchored: boolean;
}

export interface ClaimAnalysis {
  /** The sentence says something about involvement or the quality of the service. */
  claim: boolean;
  /** Slots filled, each with the span that fills it first. */
  slots: Partial<Record<Slot, Span>>;
  /** States an intention or value ("we are committed to", "we strive to"). */
  aspiration: Span | undefined;
  /** An offer on request or "where needed". */
  hedge: Span | undefined;
  metrics: MetricFigure[];
  /** Names written with capitals ("Family Voice Charter", "Head of Care"): their words are not read as triggers. */
  names: Span[];
  /** A claim that fills no slot, or only an aspiration or a hedged offer. */
  vague: boolean;
  read: ReadSentence;
}

const named = compilePhrasePatterns(namedRoles);
const roleHead = new RegExp(`^(?:${roleHeads.join('|')})$`, 'i');
const genericModifier = new Set(genericRoleModifiers);
const cadence = compilePhrasePatterns(cadenceCues);
const notCadence = new RegExp(`^\\s+(?:${notCadenceAfter.join('|')})\\b`, 'i');
const method = compilePhrasePatterns(methodCues);
const check = compilePhrasePatterns(checkCues);
const change = compilePhrasePatterns(changeCues);
const aspiration = compilePhrasePatterns(aspirationCues);
const hedge = compilePhrasePatterns(hedgeCues);
const metricAnchor = compilePhrasePatterns(metricAnchorCues);
const metricAround = compilePhrasePatterns(metricContext);
const metricNoun = new Set(metricNouns);
const claimCue = compilePhrasePatterns(claimCues);
const personRoleHead = /^(?:worker|keyworker|manager|lead|leader|co-?ordinator|officer|nurse|therapist|practitioner|director|chair|trainer|champion|assessor|supervisor|administrator|pharmacist|psychologist|psychiatrist|clinician|facilitator|mentor|buddy|befriender|navigator|adviser|advisor|specialist|consultant|auditor|inspector|reviewer|warden|matron|gp|doctor|head)$/i;
const capitalised = /^[A-Z][a-z]/;
const acronym = /^[A-Z]{2,6}s?$/;
const place = /\b(?:at|across|in|for|from)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])\b)[A-Z][a-z]+/;
const MAX_ROLE_WORDS = 50;
const yearLike = /^(?:19|20)\d\d(?:[-–/]\d\d)?$/;

const clauseBreak = /[;:\u2013\u2014,]|\bso that\b|\bbecause\b|\bwhich\b/;

/** Two spans sit in the same clause when no comma, semicolon, colon or dash lies between them. */
function sameClause(text: string, a: Span, b: Span): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return from >= to || !clauseBreak.test(text.slice(from, to));
}

function first(matches: readonly PhraseMatch[]): Span | undefined {
  const match = matches[0];
  return match ? { start: match.start, end: match.end } : undefined;
}

/** Runs of capitalised words that are a name, not the sentence's first word alone ("Head of Care", "Family Voice Charter"). */
function findNames(tokens: readonly Token[]): Span[] {
  const names: Span[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (!capitalised.test(token.text) || token.pos === 'PRON') {
      index += 1;
      continue;
    }
    let last = index;
    let cursor = index + 1;
    while (cursor < tokens.length) {
      const next = tokens[cursor]!;
      if (capitalised.test(next.text)) last = cursor;
      else if (!(next.lower === 'of' || next.lower === 'and' || next.lower === 'for') || !capitalised.test(tokens[cursor + 1]?.text ?? '')) break;
      cursor += 1;
    }
    // One capitalised word is only a name mid-sentence; a sentence's first word is capitalised anyway.
    if (last > index || (index > 0 && token.pos === 'PROPN')) names.push({ start: token.start, end: tokens[last]!.end });
    index = last + 1;
  }
  return names;
}

function findActor(text: string, read: ReadSentence, names: readonly Span[]): Span | undefined {
  const direct = first(findPhrases(named, text));
  if (direct) return direct;
  const { tokens } = read;
  let roleWordsSeen = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (acronym.test(token.text) && token.text !== 'I' && hasPhrase(named, token.lower)) return { start: token.start, end: token.end };
    if (!roleHead.test(token.lower)) continue;
    const before = tokens[index - 1];
    const singularPerson = personRoleHead.test(token.lower);
    // "the care coordinator", "two carer trainers", "Head of Care": a modifier or a title makes a role.
    if (before && !genericModifier.has(before.lower) && /^(?:NOUN|PROPN|ADJ|NUM|VERB)$/.test(before.pos) && !/^(?:of|and)$/.test(before.lower)) {
      return { start: before.start, end: token.end };
    }
    if (singularPerson && before && /^(?:the|a|an|each|every|their|his|her|our)$/.test(before.lower)) {
      return { start: before.start, end: token.end };
    }
    if (capitalised.test(token.text) && names.some((name) => name.start <= token.start && token.end <= name.end && name.end - name.start > token.text.length)) {
      return { start: token.start, end: token.end };
    }
    // Only the first few role-like words are worth a look; past them the sentence names no actor by shape.
    if (++roleWordsSeen >= MAX_ROLE_WORDS) break;
  }
  return undefined;
}

function findCadence(text: string, read: ReadSentence): Span | undefined {
  for (const match of findPhrases(cadence, text)) {
    if (notCadence.test(text.slice(match.end))) continue;
    return { start: match.start, end: match.end };
  }
  for (const entity of read.entities) {
    // "this year" or "the summer" is not a date; "3 March" or "Fridays" is.
    if ((entity.kind === 'DATE' || entity.kind === 'TIME') && namedDate.test(entity.text)) return entity;
    if (entity.kind === 'DURATION' && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a)\b/i.test(entity.text)) return entity;
  }
  return undefined;
}

const namedDate = /\d|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i;
const unmeasuredChange = /\b(?:improved|risen|rose|grown|grew|fallen|fell|increased|decreased|dropped|gone (?:up|down)|better|worse)\b/i;

const numberWord = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a quarter|a third)$/i;

/** Figures offered as evidence: percentages, x of y, "three in five", counts of people, reviews or events. */
function findMetrics(text: string, read: ReadSentence, context: SentenceContext, practiceCounts: Span[]): MetricFigure[] {
  const { tokens } = read;
  const figures: MetricFigure[] = [];
  const anchoredHere = hasPhrase(metricAnchor, text) || place.test(text) || read.entities.some((entity) => entity.kind === 'DATE');
  const anchoredNearby = [context.previous, context.next].some(
    (neighbour) => neighbour !== undefined && (hasPhrase(metricAnchor, normaliseForMatching(neighbour)) || place.test(neighbour)),
  );
  const metricWords = hasPhrase(metricAround, text);
  // Tokens inside a date, time or duration, marked once (a hostile sentence may hold thousands of entities).
  const inTimeEntity = new Uint8Array(tokens.length);
  for (const entity of read.entities) {
    if (entity.kind !== 'DATE' && entity.kind !== 'TIME' && entity.kind !== 'DURATION') continue;
    for (let index = entity.firstToken; index <= entity.lastToken && index < tokens.length; index++) inTimeEntity[index] = 1;
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const isNumber = token.pos === 'NUM' || /^\d/.test(token.text) || numberWord.test(token.lower);
    if (!isNumber || yearLike.test(token.text)) continue;
    if (inTimeEntity[index]) continue;
    const next = tokens[index + 1];
    const afterNext = tokens[index + 2];
    const percent = next?.text === '%' || next?.lower === 'per' || next?.lower === 'percent' || /%$/.test(token.text);
    const ofOrIn = (next?.lower === 'of' || next?.lower === 'in' || next?.lower === 'out') && afterNext !== undefined && (afterNext.pos === 'NUM' || /^\d/.test(afterNext.text) || numberWord.test(afterNext.lower) || afterNext.lower === 'of');
    const countedNoun = [next, afterNext].find((candidate) => candidate && metricNoun.has(candidate.lower));
    const isMetric = percent || ofOrIn || (countedNoun !== undefined && metricWords);
    if (!isMetric) {
      // "four standards", "two carer trainers": a count that describes the practice.
      if (next && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos)) practiceCounts.push({ start: token.start, end: next.end });
      continue;
    }
    const end = percent ? (next?.text === '%' ? next.end : token.end) : ofOrIn ? (tokens[index + (afterNext!.lower === 'of' ? 3 : 2)]?.end ?? afterNext!.end) : countedNoun!.end;
    // "x of y" names its own denominator.
    figures.push({ start: token.start, end, text: text.slice(token.start, end), anchored: ofOrIn || anchoredHere || anchoredNearby });
    index += 1;
  }
  return figures;
}

/**
 * Whether the sentence plainly fills two different slots, or names a check, from its words
 * alone, with no hedge or aspiration to weigh: such a sentence is neither vague nor tokenism,
 * and the model need not read it (most concrete sentences end here).
 */
export function plainlySpecific(sentence: string): boolean {
  const text = normaliseForMatching(sentence);
  if (hasPhrase(hedge, text) || hasPhrase(aspiration, text)) return false;
  if (hasPhrase(check, text)) return true;
  let kinds = 0;
  if (hasPhrase(named, text)) kinds += 1;
  if (hasPhrase(method, text)) kinds += 1;
  if (kinds < 2) {
    for (const match of findPhrases(cadence, text)) {
      if (notCadence.test(text.slice(match.end))) continue;
      kinds += 1;
      break;
    }
  }
  return kinds >= 2;
}

/** Which slots one sentence fills, and whether it is a vague claim. Pure: same text and context, same result. */
export function analyseClaim(sentence: string, context: SentenceContext = {}): ClaimAnalysis {
  const text = normaliseForMatching(sentence);
  const read = readSentence(text);
  const names = findNames(read.tokens);
  const slots: Partial<Record<Slot, Span>> = {};
  const actor = findActor(text, read, names);
  if (actor) slots.actor = actor;
  const when = findCadence(text, read);
  if (when) slots.cadence = when;
  const how = first(findPhrases(method, text));
  if (how) slots.method = how;
  const checked = first(findPhrases(check, text));
  if (checked) slots.check = checked;
  const changed = first(findPhrases(change, text));
  if (changed) slots.change = changed;
  const practiceCounts: Span[] = [];
  const metrics = findMetrics(text, read, context, practiceCounts);
  // A named scheme, tool or forum ("Family Voice Charter", "Adaptive Behaviour Assessment System") says how.
  const namedMethod = names.find((name) => /\s/.test(text.slice(name.start, name.end)));
  if (!slots.method && (namedMethod ?? practiceCounts[0])) slots.method = namedMethod ?? practiceCounts[0]!;
  // "Satisfaction has improved since we reorganised": an improvement with no figure is not a change shown.
  if (slots.change && metrics.length === 0 && unmeasuredChange.test(text)) delete slots.change;
  const anchoredMetric = metrics.find((figure) => figure.anchored);
  if (anchoredMetric) slots.metric = anchoredMetric;

  const aspirationSpan = first(findPhrases(aspiration, text));
  const hedgeSpan = first(findPhrases(hedge, text));
  const claim = !/\?\s*$/.test(text) && (hasPhrase(claimCue, text) || read.tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX'));

  // An intention or a hedged offer names at most who, how or when; in its own clause it does not say it happens.
  const counted = (Object.keys(slots) as Slot[]).filter((slot) => {
    const span = slots[slot]!;
    if (hedgeSpan && (slot === 'actor' || slot === 'method') && sameClause(text, hedgeSpan, span)) return false;
    if (aspirationSpan && slot !== 'metric' && slot !== 'change' && span.start >= aspirationSpan.start && sameClause(text, aspirationSpan, span)) return false;
    return true;
  });
  return {
    claim,
    slots,
    aspiration: aspirationSpan,
    hedge: hedgeSpan,
    metrics,
    names,
    vague: claim && counted.length === 0,
    read,
  };
}
