/**
 * Reads a tender question for what it asks about (topics, strong or weak) and what it asks
 * for (examples, how you know, the last 12 months, your approach, what has changed), from the
 * cue lists in data/question-cues.ts. Topics keep the question's own order, so an answer can
 * follow it. The one-line summary is what the writer sees in the section's notes.
 */
import { z } from 'zod';
import { twelveMonthsTo, ZPeriodSchema, type Period } from '../../evidence/period.js';
import { joinList } from '../../shared/english-text.js';
import { ASKED_TOPIC_IDS, askedTopicCues, QUESTION_ASK_IDS, questionAskCues } from '../data/question-cues.js';
import { BUYER_NOTES } from '../data/part-words.js';

export const ZTopicWeightSchema = z.enum(['strong', 'weak']);
export type TopicWeight = z.infer<typeof ZTopicWeightSchema>;

export const ZAskedTopicSchema = z.object({
  id: z.enum(ASKED_TOPIC_IDS),
  label: z.string(),
  weight: ZTopicWeightSchema,
  /** The words of the question that gave the topic away, as written. */
  cues: z.array(z.string()).min(1),
  /** Offset of the first cue in the question. */
  position: z.number().int().nonnegative(),
});
export type AskedTopic = z.infer<typeof ZAskedTopicSchema>;

export const ZQuestionAskSchema = z.object({
  id: z.enum(QUESTION_ASK_IDS),
  label: z.string(),
  cue: z.string(),
  position: z.number().int().nonnegative(),
});
export type QuestionAsk = z.infer<typeof ZQuestionAskSchema>;

export const ZQuestionAnalysisSchema = z.object({
  question: z.string(),
  /** In the order the question raises them. */
  topics: z.array(ZAskedTopicSchema),
  asks: z.array(ZQuestionAskSchema),
  /** When the question asks about the last 12 months and a reporting period is known: the window to report. */
  twelveMonths: ZPeriodSchema.optional(),
  /** "This question asks about: independent advocacy (strong), disagreements and escalation (weak)." */
  summary: z.string(),
});
export type QuestionAnalysis = z.infer<typeof ZQuestionAnalysisSchema>;

export interface ReadQuestionOptions {
  /** The reporting period being drafted: the last 12 months end with its latest complete quarter. */
  period?: Pick<Period, 'end'>;
}

interface CueHit {
  text: string;
  position: number;
}

/** A cue source matched as whole words: not inside a longer word nor a hyphenated one. */
export function wholeWords(source: string, flags = 'gi'): RegExp {
  return new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, flags);
}

const compiled = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let pattern = compiled.get(source);
  if (!pattern) {
    pattern = wholeWords(source);
    compiled.set(source, pattern);
  }
  return pattern;
}

const exactPatterns = new Map<string, RegExp>();
/** A cue source that must match a found cue's whole text. */
function exactOf(source: string): RegExp {
  let pattern = exactPatterns.get(source);
  if (!pattern) {
    pattern = new RegExp(`^(?:${source})$`, 'i');
    exactPatterns.set(source, pattern);
  }
  return pattern;
}

/** Where each cue first appears; cues that do not appear are left out. */
function findCues(text: string, sources: readonly string[]): CueHit[] {
  const hits: CueHit[] = [];
  for (const source of sources) {
    const pattern = patternOf(source);
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match) hits.push({ text: match[0], position: match.index });
  }
  return hits;
}

const buyerNotes = new RegExp(BUYER_NOTES.join('|'), 'gi');

/**
 * The question with the buyer's notes on marking and length blanked out, offsets kept: "(This
 * question carries 5% of the quality weighting.)" asks nothing about quality assurance.
 */
function withoutBuyerNotes(text: string): string {
  return text.replace(buyerNotes, (note) => ' '.repeat(note.length));
}

/**
 * "Margaret ('Peggy') Whitfield", "Thomas "Tom" Reid", "Ellen (known as Nell) Price": the name the
 * story goes on to use is the one the person goes by, so it is read as "Peggy Whitfield".
 */
const GOES_BY = /\b\p{Lu}\p{Ll}+ (?:\((?:known as |called )?['"]?(\p{Lu}\p{Ll}+)['"]?\)|['"](\p{Lu}\p{Ll}+)['"]) (?=\p{Lu}\p{Ll})/gu;

/** A letter or roman numeral in brackets inside a line ("Describe: (a) what …; (b) how …"), with the space before it. */
const INLINE_LABEL = /(?<=\S)\s\((?:[a-h]|i{1,3}|iv|vi{0,3})\)(?=\s)/g;
const LETTER_RUN = 'abcdefgh';
const NUMERAL_RUN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];

/**
 * "Describe: (a) what you would do on the day; (b) how you would involve him": lettered parts run
 * on one line are each put on a line of their own, as a commissioner who lists them one under the
 * other writes them, so each is read and answered under its letter. Only a run from "(a)" or
 * "(i)" in order counts: "(c)" alone is a reference, not a list. Offsets are kept: the space
 * before each label becomes the line break. Scenarios only, for now: a method question's letters
 * run on in one paragraph, answered letter by letter, left its measured figures out for the
 * practice each letter names (a blind round's advocacy question lost its referral times).
 */
export function withLabelsOnLines(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const found = [...line.matchAll(INLINE_LABEL)].map((match) => ({ at: match.index, label: match[0].trim().slice(1, -1).toLowerCase() }));
      // A line that opens with "(a)" may list the rest inline.
      const opening = /^\s*\(([a-h]|[ivx]{1,4})\)\s/i.exec(line)?.[1]?.toLowerCase();
      const inOrder = (run: readonly string[]) => {
        const start = opening === run[0] ? 1 : 0;
        const labels: typeof found = [];
        for (const label of found) if (label.label === run[start + labels.length]) labels.push(label);
        return { labels, whole: start + labels.length };
      };
      const letters = inOrder([...LETTER_RUN]);
      const numerals = inOrder(NUMERAL_RUN);
      const run = letters.whole >= numerals.whole ? letters : numerals;
      // "Plans (a) and (b) are separate" refers to two things; a list says something under each.
      const gaps = run.labels.slice(0, -1).map((label, index) => line.slice(line.indexOf(')', label.at) + 1, run.labels[index + 1]!.at));
      if (run.whole < 2 || gaps.some((gap) => gap.trim().split(/\s+/).length < 2)) return line;
      const breaks = new Set(run.labels.map((label) => label.at));
      return [...line].map((char, index) => (breaks.has(index) ? '\n' : char)).join('');
    })
    .join('\n');
}

/** Typographic quotes and apostrophes read as plain ones, so cues need one spelling; a name in brackets is the one used; the buyer's notes are left out. */
export function normaliseQuestion(text: string): string {
  const quotes = text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
  return withoutBuyerNotes(quotes.replace(GOES_BY, (_, bracketed?: string, quoted?: string) => `${bracketed ?? quoted} `));
}

/**
 * `actors`: topics named only as the people taking part in another, by id, with the label of
 * the topic they take part in; they read "family and friends (as taking part in person-led
 * planning)", so the note does not promise what the plan leaves out on purpose.
 */
function summarise(topics: readonly AskedTopic[], asks: readonly QuestionAsk[], twelveMonths: Period | undefined, actors: ReadonlyMap<string, string> = new Map()): string {
  const about =
    topics.length > 0
      ? `This question asks about: ${[...topics]
          .sort((a, b) => Number(b.weight === 'strong' && !actors.has(b.id)) - Number(a.weight === 'strong' && !actors.has(a.id)) || a.position - b.position)
          .map((topic) => `${topic.label} (${actors.has(topic.id) ? `as taking part in ${actors.get(topic.id)!}` : topic.weight})`)
          .join(', ')}.`
      : 'This question names no involvement topic the drafter knows: it is answered as a general involvement question.';
  if (asks.length === 0) return about;
  const labels = asks.map((ask) => (ask.id === 'last-12-months' && twelveMonths ? `${ask.label} (${twelveMonths.human})` : ask.label));
  return `${about} It asks for ${joinList(labels)}.`;
}

export function readQuestion(question: string, options: ReadQuestionOptions = {}): QuestionAnalysis {
  const text = normaliseQuestion(question);
  const topics: AskedTopic[] = [];
  const strongHits = new Map(askedTopicCues.map((topic) => [topic.id, findCues(text, topic.strong)]));
  const allStrong = [...strongHits.values()].flat();
  for (const topic of askedTopicCues) {
    const strong = strongHits.get(topic.id) ?? [];
    const weak = findCues(text, topic.weak);
    // Two cues at the same place ("care plan" and "plan") are one piece of evidence.
    const inside = (hit: { position: number }, spans: readonly { position: number; text: string }[]) => spans.some((other) => other.position <= hit.position && hit.position < other.position + other.text.length);
    // A weak cue inside a longer one ("concern" in "raises a concern") is the same hint.
    const weakElsewhere = weak.filter((hit) => !inside(hit, strong) && !weak.some((other) => other !== hit && other.text.length > hit.text.length && inside(hit, [other])));
    // Hints inside another topic's outright cue still name this topic, but do not make it a
    // subject: "a say in developing … your services" is the service's co-production, not a
    // person's own planning ("say in").
    // Hints side by side ("staff team") are one noun phrase, so one piece of evidence.
    const separate = weakElsewhere.filter((hit) => !inside(hit, allStrong)).sort((a, b) => a.position - b.position);
    const distinctWeak = new Set(separate.filter((hit, index) => index === 0 || !/^\s+$/.test(text.slice(separate[index - 1]!.position + separate[index - 1]!.text.length, hit.position))).map((hit) => hit.position));
    if (strong.length === 0 && weakElsewhere.length === 0) continue;
    const hits = [...strong, ...weakElsewhere].sort((a, b) => a.position - b.position);
    topics.push({
      id: topic.id,
      label: topic.label,
      weight: strong.length > 0 || distinctWeak.size >= 2 ? 'strong' : 'weak',
      cues: [...new Set(hits.map((hit) => hit.text.toLowerCase()))],
      position: hits[0]!.position,
    });
  }
  topics.sort((a, b) => a.position - b.position);

  const asks: QuestionAsk[] = [];
  for (const ask of questionAskCues) {
    const [first] = findCues(text, ask.cues).sort((a, b) => a.position - b.position);
    if (first) asks.push({ id: ask.id, label: ask.label, cue: first.text, position: first.position });
  }
  asks.sort((a, b) => a.position - b.position);

  const asksTwelveMonths = asks.some((ask) => ask.id === 'last-12-months');
  const twelveMonths = asksTwelveMonths && options.period ? twelveMonthsTo(options.period) : undefined;
  return {
    question,
    topics,
    asks,
    ...(twelveMonths ? { twelveMonths } : {}),
    summary: summarise(topics, asks, twelveMonths),
  };
}

/** The note on how the question was read, with the topics it names only as people taking part marked so. */
export function describeQuestion(analysis: QuestionAnalysis, actors: ReadonlyMap<string, string>): string {
  return summarise(analysis.topics, analysis.asks, analysis.twelveMonths, actors);
}

/** The asked topics, strong ones first, each in the question's order. */
export function topicsByWeight(analysis: Pick<QuestionAnalysis, 'topics'>): AskedTopic[] {
  return [...analysis.topics].sort((a, b) => Number(b.weight === 'strong') - Number(a.weight === 'strong') || a.position - b.position);
}

/**
 * How much of the question is about a topic: each strong cue counts two, each weak cue one.
 * "Disagrees … escalation" (four) outweighs the "family" (two) who do the disagreeing.
 */
export function topicSalience(topic: Pick<AskedTopic, 'id' | 'cues'>): number {
  const cues = askedTopicCues.find((entry) => entry.id === topic.id);
  if (!cues) return 0;
  return topic.cues.reduce((sum, cue) => sum + (cues.strong.some((source) => exactOf(source).test(cue)) ? 2 : 1), 0);
}

/** Whether any cue that found the topic is one of its strong cues (not only hints). */
export function hasStrongCue(topic: Pick<AskedTopic, 'id' | 'cues'>): boolean {
  const cues = askedTopicCues.find((entry) => entry.id === topic.id);
  return cues !== undefined && topic.cues.some((cue) => cues.strong.some((source) => exactOf(source).test(cue)));
}

/** Whether every cue that found the topic only names people taking part (see AskedTopicCues.actors). */
export function foundOnlyAsActors(topic: Pick<AskedTopic, 'id' | 'cues'>): boolean {
  const actors = askedTopicCues.find((entry) => entry.id === topic.id)?.actors ?? [];
  return actors.length > 0 && topic.cues.every((cue) => actors.some((source) => exactOf(source).test(cue)));
}

/**
 * The topic a question (or one part of it) is mostly about: the most salient topic named by a
 * strong cue, ties to the one raised first. A topic named only by its people leads only when no
 * other subject is named outright: in "how relatives who cannot attend can still contribute to
 * reviews", "reviews" is a weak hint and the relatives are the subject.
 */
export function leadTopic<T extends Pick<AskedTopic, 'id' | 'cues'>>(topics: readonly T[]): T {
  const subjects = topics.filter((topic) => !foundOnlyAsActors(topic) && hasStrongCue(topic));
  const pool = subjects.length > 0 ? subjects : topics;
  return pool.reduce((best, topic) => (topicSalience(topic) > topicSalience(best) ? topic : best), pool[0]!);
}
