/**
 * Several questions drafted as one bid: the answers share the four-line core at most. Case
 * examples and "you said, we did" changes rotate (each is quoted once while unused ones
 * remain), and topic blocks already written for an earlier answer are worded differently or
 * left for a block that says something new. `bidOverlap` measures what is left in common.
 */
import { draftSection, type DraftSectionOptions } from './draft-section.js';
import { askedTopics, sentencesOf, wantsCaseExample, wantsChangeExamples } from './plan/plan-answer.js';
import { readQuestion } from './question/read-question.js';
import { withNamedTermTopics } from './question/named-terms.js';
import { outrightTopicsOf, termsOf } from './question/question-parts.js';
import { emptyBidMemory } from './plan/topic-blocks.js';
import type { DraftQuestion } from './drafting-schema.js';
import { z } from 'zod';
import type { ResponseLimit, Section } from '../section/section-schema.js';

/** A questions file for `assured draft --questions`: the bid's questions in the buyer's order. */
export const ZBidQuestionsFileSchema = z
  .array(
    z.strictObject({
      number: z.union([z.string().min(1), z.number()]).transform(String).optional().describe('The question number in the tender, e.g. "4.2"'),
      question: z.string().trim().min(1).describe('The question as the buyer wrote it'),
      limit: z
        .strictObject({ kind: z.enum(['words', 'characters', 'characters-no-spaces']), value: z.number().int().positive() })
        .optional()
        .describe('The answer limit, e.g. { "kind": "words", "value": 500 }'),
    }),
  )
  .min(1)
  .max(100)
  .describe('The questions of one bid, in order');
export type BidQuestionsFile = z.infer<typeof ZBidQuestionsFileSchema>;

export interface BidQuestion {
  question: DraftQuestion;
  limit?: ResponseLimit;
}

export type DraftBidOptions = Omit<DraftSectionOptions, 'question' | 'limit' | 'memory' | 'existingDraft'> & { questions: readonly BidQuestion[] };

export async function draftBid(options: DraftBidOptions): Promise<Section[]> {
  const { questions, ...shared } = options;
  const memory = emptyBidMemory();
  const sections: Section[] = [];
  // What each question is about, so an earlier answer leaves a later one the case example that fits it.
  const read = questions.map((entry) => {
    const analysis = withNamedTermTopics(readQuestion(entry.question.text));
    const lead = askedTopics({ analysis })[0]?.id;
    return { terms: termsOf(entry.question.text), wantsCase: wantsCaseExample(analysis), wantsChange: wantsChangeExamples(analysis), strongTopics: outrightTopicsOf(analysis), ...(lead ? { leadTopic: lead } : {}) };
  });
  // In the buyer's order, one at a time: each answer sees what the earlier ones used.
  for (const [index, entry] of questions.entries()) {
    memory.upcoming = read.slice(index + 1);
    sections.push(await draftSection({ ...shared, question: entry.question, ...(entry.limit ? { limit: entry.limit } : {}), memory }));
  }
  return sections;
}

export interface OverlapPair {
  first: number;
  second: number;
  /** Share of the shorter answer's sentences outside the core that also appear in the other. */
  share: number;
  shared: string[];
}

function nonCoreSentences(section: Section): Set<string> {
  const core = new Set(
    [section.paragraph.behaviour, section.paragraph.ownersCadence, section.paragraph.evidence, section.paragraph.assurance].flatMap((line) => sentencesOf(line.text)),
  );
  return new Set(section.supporting.flatMap((line) => sentencesOf(line.text)).filter((sentence) => !core.has(sentence)));
}

/** Sentences two answers of a bid have in common outside the core, for every pair. */
export function bidOverlap(sections: readonly Section[]): OverlapPair[] {
  const sets = sections.map(nonCoreSentences);
  const pairs: OverlapPair[] = [];
  for (let first = 0; first < sets.length; first += 1) {
    for (let second = first + 1; second < sets.length; second += 1) {
      const [a, b] = [sets[first]!, sets[second]!];
      const shared = [...a].filter((sentence) => b.has(sentence));
      const smaller = Math.min(a.size, b.size);
      pairs.push({ first, second, share: smaller === 0 ? 0 : shared.length / smaller, shared });
    }
  }
  return pairs;
}
