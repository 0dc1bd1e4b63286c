/**
 * Which figures go into the evidence line: the two or three strongest for the question.
 * A weak figure is never put forward as strength; the question's own headline figure may
 * appear as an improving trend when it did improve, with a note. Unavailable figures never
 * appear; small samples appear with their count and a note.
 */
import type { Figure } from '../evidence/evidence-pack-schema.js';
import { formatFigureValue, formatFraction } from '../evidence/format-figure.js';
import { periodInWords } from '../evidence/period.js';
import { defaultTopicOrder, figureGroups, notEvidence, questionTopics } from './data/question-topics.js';
import { askedTopicCues } from './data/question-cues.js';
import { strengthThresholds } from './data/strength.js';
import { readQuestion, topicsByWeight, type QuestionAnalysis } from './question/read-question.js';
import { withNamedTermTopics } from './question/named-terms.js';
import { countedNoun, strengthOf, subjectOf, type FigureStrength } from './describe-figure.js';

export interface ChooseFiguresOptions {
  figures: readonly Figure[];
  question?: string;
  /** How many figures at most (2 or 3). */
  count: number;
}

export interface ChosenFigure {
  figure: Figure;
  strength: FigureStrength;
  topic: string;
}

export interface ChosenFigures {
  chosen: ChosenFigure[];
  /** Topics the question asks about, most relevant first (all topics follow in default order). */
  topics: string[];
  /** What the question was read to ask, when there is one. */
  analysis?: QuestionAnalysis;
  notes: string[];
}

function keywordPattern(sources: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${sources.join('|')})\\b`, 'gi');
}

/** Topic ids ordered by how many of their keywords the question uses, then the default order. */
export function rankTopics(question: string | undefined): string[] {
  const hits = new Map<string, number>();
  for (const topic of questionTopics) hits.set(topic.id, question ? (question.match(keywordPattern(topic.keywords)) ?? []).length : 0);
  const order = (id: string) => defaultTopicOrder.indexOf(id);
  return [...questionTopics.map((topic) => topic.id)].sort((a, b) => (hits.get(b) ?? 0) - (hits.get(a) ?? 0) || order(a) - order(b));
}

function topicFigures(topicId: string, figures: readonly Figure[]): Figure[] {
  const topic = questionTopics.find((candidate) => candidate.id === topicId);
  return topic ? figuresById(topic.figures, figures) : [];
}

function figuresById(ids: readonly string[], figures: readonly Figure[]): Figure[] {
  const found: Figure[] = [];
  for (const id of ids) {
    // Enablement outcome groups share one catalogue entry; every other figure is its own.
    const matches = figures.filter((figure) => (figure.catalogueId ?? figure.id) === id);
    for (const figure of matches) if (!found.includes(figure)) found.push(figure);
  }
  return found;
}

function describeForNote(figure: Figure): string {
  const fraction = formatFraction(figure);
  const noun = countedNoun(figure);
  return `${formatFigureValue(figure, figure.value)}${fraction ? ` (${fraction}${noun ? ` ${noun}` : ''})` : ''}`;
}

function threshold(figure: Figure): string {
  return figure.unit === 'score' ? `${strengthThresholds.score} out of 5` : `${strengthThresholds.percent}%`;
}

/**
 * The figures of the topics the question asks about: strongly asked topics first, each in the
 * question's order; `lead` marks the first available figure of each strongly asked topic.
 */
function askedFigures(analysis: QuestionAnalysis | undefined, figures: readonly Figure[]): { figure: Figure; topic: string; lead: boolean }[] {
  if (!analysis) return [];
  const entries: { figure: Figure; topic: string; lead: boolean }[] = [];
  for (const asked of topicsByWeight(analysis)) {
    const ids = askedTopicCues.find((topic) => topic.id === asked.id)?.figures ?? [];
    const found = figuresById(ids, figures).filter((figure) => !entries.some((entry) => entry.figure === figure));
    found.forEach((figure, index) => entries.push({ figure, topic: asked.id, lead: index === 0 && asked.weight === 'strong' }));
  }
  return entries;
}

export function chooseFigures(options: ChooseFiguresOptions): ChosenFigures {
  const topics = rankTopics(options.question);
  const analysis = options.question ? withNamedTermTopics(readQuestion(options.question)) : undefined;
  const notes: string[] = [];
  const chosen: ChosenFigure[] = [];
  const groups = new Set<string>();
  const usable = options.figures.filter((figure) => figure.value !== null && !notEvidence.includes(figure.id));
  const take = (figure: Figure, strength: FigureStrength, topic: string) => {
    const group = figureGroups[figure.id] ?? figure.id;
    if (groups.has(group) || chosen.length >= options.count) return;
    groups.add(group);
    chosen.push({ figure, strength, topic });
  };

  // The topics the question asks about lead (strongly asked first); without any, the
  // keyword-ranked topic does. The first figure leads, as strength or as an honest trend.
  const asked = askedFigures(analysis, usable);
  const [primary, ...others] = topics;
  const primaryFigures = asked.length > 0 ? asked : (primary ? topicFigures(primary, usable) : []).map((figure, index) => ({ figure, topic: primary!, lead: index === 0 }));
  const headline = primaryFigures[0]?.figure;
  const leftOut = new Set<Figure>();
  for (const { figure, topic, lead } of primaryFigures) {
    const strength = strengthOf(figure);
    const period = periodInWords(figure.period);
    if (strength === 'strong') take(figure, strength, topic);
    else if (lead && figure !== headline) {
      leftOut.add(figure);
      notes.push(`${figure.label} is ${describeForNote(figure)} in ${period}, below ${threshold(figure)}, so it is not put forward although the question asks about it.`);
    } else if (strength === 'improving' && figure === headline) {
      take(figure, strength, topic);
      notes.push(
        `${figure.label} is ${describeForNote(figure)} in ${period}, below ${threshold(figure)}: it is presented as an improving trend, not as a strength.`,
      );
    } else if (figure === headline) {
      leftOut.add(figure);
      notes.push(`${figure.label} is ${describeForNote(figure)} in ${period}, below ${threshold(figure)}, so it is not put forward; stronger figures answer instead.`);
    }
  }
  // Then the strongest figures of the other topics, larger samples first. A bare count stands
  // in only for a topic the question asks about: "1 enablement outcome verified" beside a
  // question on crisis plans is a figure off the question, which a reader marks as the right
  // one missing.
  const rest = (asked.length > 0 ? topics : others).flatMap((topic) => topicFigures(topic, usable).map((figure) => ({ figure, topic })));
  const onQuestion = (figure: Figure) => figure.unit !== 'count' || asked.some((entry) => entry.figure === figure);
  const strongRest = rest.filter((entry) => strengthOf(entry.figure) === 'strong' && onQuestion(entry.figure));
  for (const entry of [...strongRest.filter((e) => !e.figure.smallSample), ...strongRest.filter((e) => e.figure.smallSample)]) {
    take(entry.figure, 'strong', entry.topic);
  }
  // Too few strong figures: an improving trend is honest evidence too.
  if (chosen.length < 2) {
    for (const entry of rest.filter((e) => strengthOf(e.figure) === 'improving' && !leftOut.has(e.figure) && onQuestion(e.figure))) {
      if (chosen.length >= 2) break;
      const before = chosen.length;
      take(entry.figure, 'improving', entry.topic);
      if (chosen.length > before) notes.push(`${entry.figure.label} is below ${threshold(entry.figure)}: it is shown as an improving trend only.`);
    }
  }
  for (const { figure } of chosen) {
    if (figure.smallSample) {
      notes.push(`${subjectOf(figure)}: ${describeForNote(figure)} is a small sample; the response gives the count and says so.`);
    }
  }
  if (chosen.length === 0) {
    notes.push('No figure for this period is strong enough to put forward: the evidence line states what is measured and when it will be reported.');
  }
  return { chosen, topics, ...(analysis ? { analysis } : {}), notes };
}
