/**
 * How much a tender question is about involving people, their families and advocates, from the
 * topics the question reader finds. Core involvement topics count fully; topics that involvement
 * evidence only supports (outcomes, governance, safeguarding, training) count half.
 */
import type { AskedTopicId } from '../data/question-cues.js';
import type { QuestionAnalysis } from '../question/read-question.js';
import { joinList } from '../../shared/english-text.js';

export const TOPIC_INVOLVEMENT_WEIGHT: Readonly<Record<AskedTopicId, number>> = {
  'person-led-planning': 1,
  'family-friends': 1,
  advocacy: 1,
  accessibility: 1,
  meetings: 1,
  summaries: 1,
  disagreements: 1,
  // A complaints procedure serves everyone who uses the service, not involvement in planning alone.
  complaints: 0.5,
  'consent-capacity': 1,
  feedback: 1,
  outcomes: 0.5,
  governance: 0.5,
  safeguarding: 0.5,
  'information-sharing': 0.5,
  carers: 1,
  'co-production': 1,
  'review-triggers': 0.5,
  // How involvement is kept within staff time is about involvement, but names staff more than people.
  workload: 0.5,
  // Recruitment and training questions name staff far more often than involvement.
  training: 0.25,
  recruitment: 0.5,
};

/**
 * A question that names the people supported (or their families) and a part they play is about
 * involvement even when it names no topic the drafter knows ("when a parent and a young person
 * want different things"). Regular-expression sources, whole words, case-insensitive.
 */
export const PEOPLE_CUES: readonly string[] = [
  'people (?:you|we) support', 'people who use', 'person', 'young (?:people|person)', 'parents?', 'famil(?:y|ies)', 'carers?', 'advocates?', 'service users?', 'residents?', 'tenants?',
];
export const PART_CUES: readonly string[] = [
  'involve[sd]?', 'take part', 'choose', 'chose', 'plan', 'want', 'wish(?:es)?', 'views?', 'say', 'decide', 'lead', 'co-produc\\w*', 'feedback',
];
const PEOPLE = new RegExp(`\\b(?:${PEOPLE_CUES.join('|')})\\b`, 'iu');
const PART = new RegExp(`\\b(?:${PART_CUES.join('|')})\\b`, 'iu');
/** What naming the people and their part adds to the score. */
const PEOPLE_AND_PART = 0.3;

/** A strong topic is worth more than a hint. */
const STRENGTH = { strong: 0.6, weak: 0.3 } as const;
/** At or above this score, `--questions involvement` picks the question. */
export const INVOLVEMENT_THRESHOLD = 0.3;

export function scoreInvolvement(analysis: Pick<QuestionAnalysis, 'topics' | 'question'>): { score: number; involvement: boolean; reason: string } {
  const topics = analysis.topics.reduce((sum, topic) => sum + TOPIC_INVOLVEMENT_WEIGHT[topic.id] * STRENGTH[topic.weight], 0);
  const people = PEOPLE.exec(analysis.question);
  const part = PART.exec(analysis.question);
  const named = analysis.topics.map((topic) => `${topic.label} (${topic.weight}: "${topic.cues[0]}")`);
  if (people && part) named.push(`the people supported ("${people[0]}") and their part ("${part[0]}")`);
  const score = Math.round(Math.min(1, topics + (people && part ? PEOPLE_AND_PART : 0)) * 100) / 100;
  if (named.length === 0) return { score: 0, involvement: false, reason: 'names no involvement topic and no part the people supported play' };
  const involvement = score >= INVOLVEMENT_THRESHOLD;
  return { score, involvement, reason: `${involvement ? '' : 'only weakly about involvement: '}asks about ${joinList(named)}` };
}
