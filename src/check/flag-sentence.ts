import type { LadderRung, SentenceGap } from './check-schema.js';
import { involvementTopicPatterns, ladderCues } from './data/ladder-cues.js';
import {
  figurePatterns,
  periodPatterns,
  specificityPatterns,
  type SpecificityKind,
} from './data/specificity.js';
import { tokenismPhrases } from './data/tokenism-phrases.js';
import type { TriggerPhrase } from './data/trigger-phrase.js';
import { vaguePhrases } from './data/vague-phrases.js';
import {
  compilePhrasePatterns,
  findPhrases,
  hasPhrase,
  normaliseForMatching,
  type PhraseMatch,
} from './phrase-patterns.js';

export const VAGUE_RULE_ID = 'no-vague-involvement';
export const TOKENISM_RULE_ID = 'no-tokenism';

/** A vague or tokenistic trigger left unexplained by the rest of its sentence. */
export interface SentenceFlag {
  category: 'vague' | 'tokenism';
  ruleId: typeof VAGUE_RULE_ID | typeof TOKENISM_RULE_ID;
  triggerId: string;
  /** The trigger as written, and its 0-based offsets inside the sentence (end exclusive). */
  actual: string;
  start: number;
  end: number;
  gaps: SentenceGap[];
  ladder: LadderRung;
  advice: string;
  expected: string[];
}

interface CompiledTrigger {
  phrase: TriggerPhrase;
  category: SentenceFlag['category'];
  pattern: RegExp;
}

interface Signal {
  kind: SpecificityKind;
  start: number;
  end: number;
}

const ladderOrder: readonly LadderRung[] = ['information', 'consultation', 'participation', 'co-production'];

const compiledTriggers: readonly CompiledTrigger[] = [
  ...vaguePhrases.map((phrase) => ({ phrase, category: 'vague' as const, pattern: compilePhrasePatterns(phrase.patterns) })),
  ...tokenismPhrases.map((phrase) => ({ phrase, category: 'tokenism' as const, pattern: compilePhrasePatterns(phrase.patterns) })),
];

/** One alternation of every trigger: most sentences have none, and one scan settles that. */
const anyTrigger = compilePhrasePatterns([...vaguePhrases, ...tokenismPhrases].flatMap((phrase) => phrase.patterns));

const compiledSignals = (Object.entries(specificityPatterns) as [Exclude<SpecificityKind, 'dated-figure'>, readonly string[]][]).map(
  ([kind, sources]) => ({ kind, pattern: compilePhrasePatterns(sources) }),
);
const figurePattern = compilePhrasePatterns(figurePatterns);
const periodPattern = compilePhrasePatterns(periodPatterns);
const involvementTopic = compilePhrasePatterns(involvementTopicPatterns);
const ladderPatterns = ladderOrder.map((rung) => ({ rung, pattern: compilePhrasePatterns(ladderCues[rung]) }));

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every specificity signal in the sentence; a dated figure needs a figure and a period. */
export function findSpecificitySignals(sentence: string): Signal[] {
  const text = normaliseForMatching(sentence);
  const signals: Signal[] = [];
  for (const { kind, pattern } of compiledSignals) {
    for (const match of findPhrases(pattern, text)) signals.push({ kind, start: match.start, end: match.end });
  }
  const figures = findPhrases(figurePattern, text);
  const periods = findPhrases(periodPattern, text);
  for (const figure of figures) {
    const period = periods.find((candidate) => !overlaps(candidate, figure));
    if (period) {
      signals.push({ kind: 'dated-figure', start: Math.min(figure.start, period.start), end: Math.max(figure.end, period.end) });
    }
  }
  return signals;
}

/** Highest rung of the ladder the sentence has a cue for, or undefined when it has none. */
export function ladderRungOf(sentence: string): LadderRung | undefined {
  const text = normaliseForMatching(sentence);
  let rung: LadderRung | undefined;
  for (const candidate of ladderPatterns) {
    if (hasPhrase(candidate.pattern, text)) rung = candidate.rung;
  }
  return rung;
}

export function isAboutInvolvement(sentence: string): boolean {
  return hasPhrase(involvementTopic, normaliseForMatching(sentence));
}

/**
 * Vague or tokenistic triggers in one sentence that the sentence does not make specific.
 * Pure: the same text always gives the same flags. Empty when the sentence is fine.
 */
export function flagSentence(sentence: string): SentenceFlag[] {
  const text = normaliseForMatching(sentence);
  if (!hasPhrase(anyTrigger, text)) return [];

  const triggerMatches: { trigger: CompiledTrigger; match: PhraseMatch }[] = [];
  for (const trigger of compiledTriggers) {
    for (const match of findPhrases(trigger.pattern, text)) triggerMatches.push({ trigger, match });
  }
  if (triggerMatches.length === 0) return [];

  const signals = findSpecificitySignals(text);
  const aboutInvolvement = isAboutInvolvement(text);
  const sentenceRung = ladderRungOf(text);
  const flags: SentenceFlag[] = [];

  // Catch-all triggers last, and only when nothing more precise was found.
  // The earliest trigger in the sentence leads its category's message.
  triggerMatches.sort(
    (a, b) =>
      Number(a.trigger.phrase.fallback ?? false) - Number(b.trigger.phrase.fallback ?? false) || a.match.start - b.match.start,
  );
  for (const { trigger, match } of triggerMatches) {
    const { phrase } = trigger;
    if (phrase.fallback && flags.length > 0) break;
    if (phrase.needsInvolvementTopic && !aboutInvolvement) continue;
    const allowed = phrase.clearedBy;
    const cleared = signals.some(
      (signal) => (allowed === undefined || allowed.includes(signal.kind)) && !overlaps(signal, match),
    );
    if (cleared) continue;
    // Two triggers on the same words (e.g. "families are informed of decisions"): keep the first.
    if (flags.some((flag) => overlaps(flag, match))) continue;
    // One flag per category per sentence, carrying every gap its triggers point to.
    const sameCategory = flags.find((flag) => flag.category === trigger.category);
    if (sameCategory) {
      for (const gap of phrase.gaps) if (!sameCategory.gaps.includes(gap)) sameCategory.gaps.push(gap);
      continue;
    }
    flags.push({
      category: trigger.category,
      ruleId: trigger.category === 'vague' ? VAGUE_RULE_ID : TOKENISM_RULE_ID,
      triggerId: phrase.id,
      actual: sentence.slice(match.start, match.end),
      start: match.start,
      end: match.end,
      gaps: [...phrase.gaps],
      ladder: phrase.ladder ?? sentenceRung ?? 'information',
      advice: phrase.advice,
      expected: [...phrase.expected],
    });
  }
  const gapOrder: readonly SentenceGap[] = ['who', 'how-often', 'how', 'what-changed'];
  for (const flag of flags) flag.gaps.sort((a, b) => gapOrder.indexOf(a) - gapOrder.indexOf(b));
  return flags.sort((a, b) => a.start - b.start);
}

/** Whether a sentence would be flagged as vague or tokenism (the corpus test measures this). */
export function isVagueOrTokenistic(sentence: string): boolean {
  return flagSentence(sentence).length > 0;
}
