import { ZLadderRungSchema, type LadderRung, type SentenceGap } from './check-schema.js';
import { involvementTopicPatterns, ladderCues } from './data/ladder-cues.js';
import {
  figurePatterns,
  periodPatterns,
  specificityPatterns,
  type SpecificityKind,
} from './data/specificity.js';
import { tokenismPhrases } from './data/tokenism-phrases.js';
import { aspirationCues, hedgeCues } from './data/claim-slots.js';
import { analyseClaim, plainlySpecific, type ClaimAnalysis, type SentenceContext, type Slot, type Span } from './claim-analysis.js';
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
const hedgePattern = compilePhrasePatterns(hedgeCues);
const aspirationPattern = compilePhrasePatterns(aspirationCues);
const periodPattern = compilePhrasePatterns(periodPatterns);
const involvementTopic = compilePhrasePatterns(involvementTopicPatterns);
const ladderPatterns = ZLadderRungSchema.options.map((rung) => ({ rung, pattern: compilePhrasePatterns(ladderCues[rung]) }));

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

const gapOrder: readonly SentenceGap[] = ['who', 'how-often', 'how', 'what-changed'];
const slotForGap: Readonly<Record<SentenceGap, Slot>> = { who: 'actor', 'how-often': 'cadence', how: 'method', 'what-changed': 'change' };

/** Hedges and aspirations with no entry of their own in the phrase lists. */
const hedgeTrigger: TriggerPhrase = {
  id: 'hedged-offer',
  patterns: [],
  gaps: ['who', 'how'],
  advice: 'say what sets it off, who acts and how quickly',
  expected: ['Large-print and easy-read copies go to everyone who has asked once; the key worker notes the format in the plan.'],
};
const aspirationTrigger: TriggerPhrase = {
  id: 'aspiration',
  patterns: [],
  gaps: ['who', 'how'],
  advice: 'say what is done, by whom and when, instead of the intention',
  expected: ['The key worker sends an easy-read agenda three to five days before each review.'],
};
const claimTrigger: TriggerPhrase = {
  id: 'unspecified-claim',
  patterns: [],
  gaps: ['who', 'how-often', 'how', 'what-changed'],
  advice: 'say who does this and how often, or give a dated figure',
  expected: ['The key worker phones each family every fortnight and logs the date, a summary and the next step.'],
};

function insideAny(spans: readonly Span[], match: Span): boolean {
  return spans.some((span) => span.start <= match.start && match.end <= span.end);
}

/**
 * Vague or tokenistic phrases in one sentence, read with the sentences around it in its
 * paragraph. A sentence is vague when it makes a claim and fills no specificity slot (who,
 * how often, how, a dated metric, what changed, how it is checked), or only an aspiration or
 * a hedged offer; then every vague phrase in it is reported, each at its own place, or the
 * claim itself when it has none. Consultation that fills no slot but a cadence or method, and
 * says nothing of what changed, is tokenism. Pure: the same text always gives the same flags.
 */
export function flagSentence(sentence: string, context: SentenceContext = {}): SentenceFlag[] {
  const text = normaliseForMatching(sentence);
  if (plainlySpecific(text)) return [];
  const analysis = analyseClaim(text, context);
  if (!analysis.claim) return [];
  const { slots } = analysis;
  // Consultation that names only when or only how, and not what changed, is still tokenism.
  const filled = Object.keys(slots).length;
  const tokenismPossible = filled <= 1 && !slots.change && !slots.metric && !slots.check && !slots.actor;
  if (!analysis.vague && !tokenismPossible) return [];

  const sentenceRung = ladderRungOf(text);
  const aboutInvolvement = isAboutInvolvement(text);
  const found: { trigger: TriggerPhrase; category: SentenceFlag['category']; match: Span }[] = [];
  for (const trigger of compiledTriggers) {
    if (trigger.phrase.fallback) continue;
    if (trigger.category === 'vague' && !analysis.vague) continue;
    if (trigger.phrase.needsInvolvementTopic && !aboutInvolvement) continue;
    for (const match of findPhrases(trigger.pattern, text)) {
      if (insideAny(analysis.names, match)) continue;
      found.push({ trigger: trigger.phrase, category: trigger.category, match });
    }
  }
  if (analysis.vague) {
    for (const match of findPhrases(hedgePattern, text)) found.push({ trigger: hedgeTrigger, category: 'vague', match });
    for (const match of findPhrases(aspirationPattern, text)) found.push({ trigger: aspirationTrigger, category: 'vague', match });
  }
  // Longest first at each place, so "on a regular basis" wins over "regular".
  found.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);

  const flags: SentenceFlag[] = [];
  let reachedEnd = 0;
  for (const { trigger, category, match } of found) {
    // Sorted by start: a phrase overlaps an earlier one only when it starts before the furthest end so far.
    if (match.start < reachedEnd) continue;
    reachedEnd = match.end;
    const gaps = trigger.gaps.filter((gap) => !slots[slotForGap[gap]]);
    flags.push({
      category,
      ruleId: category === 'vague' ? VAGUE_RULE_ID : TOKENISM_RULE_ID,
      triggerId: trigger.id,
      actual: sentence.slice(match.start, match.end),
      start: match.start,
      end: match.end,
      gaps: gaps.length > 0 ? gaps : [...trigger.gaps],
      ladder: trigger.ladder ?? sentenceRung ?? 'information',
      advice: trigger.advice,
      expected: [...trigger.expected],
    });
  }
  if (analysis.vague && !flags.some((flag) => flag.category === 'vague')) {
    const claim = claimSpan(analysis);
    flags.push({
      category: 'vague',
      ruleId: VAGUE_RULE_ID,
      triggerId: claimTrigger.id,
      actual: sentence.slice(claim.start, claim.end),
      start: claim.start,
      end: claim.end,
      gaps: [...claimTrigger.gaps],
      ladder: sentenceRung ?? 'information',
      advice: claimTrigger.advice,
      expected: [...claimTrigger.expected],
    });
  }
  if (!analysis.vague && flags.some((flag) => flag.category === 'vague')) return [];
  for (const flag of flags) flag.gaps.sort((a, b) => gapOrder.indexOf(a) - gapOrder.indexOf(b));
  return flags.sort((a, b) => a.start - b.start);
}

/** Where a claim with no vague phrase of its own is reported: its subject and first verb ("We support families"). */
function claimSpan(analysis: ClaimAnalysis): Span {
  const { tokens } = analysis.read;
  const firstWord = tokens.find((token) => /\w/.test(token.text));
  if (!firstWord) return { start: 0, end: 0 };
  const verbIndex = tokens.findIndex((token) => token.pos === 'VERB');
  const last = verbIndex >= 0 ? Math.min(verbIndex + 1, tokens.length - 1) : Math.min(2, tokens.length - 1);
  let end = tokens[last]!;
  if (!/\w/.test(end.text)) end = tokens[Math.max(0, last - 1)]!;
  return { start: firstWord.start, end: Math.max(end.end, firstWord.end) };
}

/** Whether a sentence would be flagged as vague or tokenism (the corpus tests measure this). */
export function isVagueOrTokenistic(sentence: string, context: SentenceContext = {}): boolean {
  return flagSentence(sentence, context).length > 0;
}
