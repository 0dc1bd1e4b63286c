/**
 * Drafts the answers of a bid: the one place the bid calls drafting, so a drafter that writes a
 * whole bid at once (distinct answers, rotating examples) can replace the per-question calls here.
 */
import type { Database } from '../data/database.js';
import { draftSection } from '../drafting/draft-section.js';
import { emptyBidMemory } from '../drafting/plan/topic-blocks.js';
import type { LlmOptions } from '../drafting/llm/draft-with-model.js';
import type { TenderLimit, TenderQuestion } from '../drafting/tender-pack/tender-pack-schema.js';
import type { ResponseLimit, Section } from '../section/section-schema.js';
import { WORDS_PER_PAGE } from './data/page-budget.js';
import { readSharingDatabase, shareReads } from './shared-reads.js';

/** How many case examples drafting is offered (as `draftSection` asks for). */
export const DRAFTING_CASES = 3;

export interface DraftBidAnswersOptions {
  db: Database;
  period: string;
  questions: readonly TenderQuestion[];
  organisation?: string;
  services?: string[];
  drafter?: 'template' | 'llm';
  llm?: LlmOptions;
  tender?: Section['tender'];
  /** Read each record once for the whole bid rather than once per answer (default true; the answers are the same). */
  shareReads?: boolean;
}

/** The limit a section is drafted and counted to: a page limit becomes its word budget. */
export function draftingLimit(limit: TenderLimit | undefined): ResponseLimit | undefined {
  if (!limit) return undefined;
  if (limit.kind === 'pages') return { kind: 'words', value: limit.value * WORDS_PER_PAGE };
  return { kind: limit.kind, value: limit.value };
}

/** A question limited in pages is drafted to a word budget: the writer is told which. */
export function withPageLimitNote(section: Section, question: { limit?: TenderLimit | null | undefined; limitText?: string | undefined }): Section {
  if (question.limit?.kind !== 'pages') return section;
  const words = question.limit.value * WORDS_PER_PAGE;
  const given = question.limitText ? ` ("${question.limitText}")` : '';
  return { ...section, notes: [...section.notes, `The buyer's limit is ${question.limit.value} page(s)${given}; the answer was drafted to ${words} words, about ${WORDS_PER_PAGE} a page.`] };
}

export async function draftBidAnswers(options: DraftBidAnswersOptions): Promise<Section[]> {
  if (options.shareReads === false) return draftEach(options);
  return shareReads(() => draftEach({ ...options, db: readSharingDatabase(options.db) }));
}

async function draftEach(options: DraftBidAnswersOptions): Promise<Section[]> {
  const sections: Section[] = [];
  // One memory for the whole bid: examples and changes rotate and no block is repeated word for word.
  const memory = emptyBidMemory();
  // One at a time: each draft holds the database, and the order is the buyer's.
  for (const question of options.questions) {
    const limit = draftingLimit(question.limit);
    const section = await draftSection({
      db: options.db,
      period: options.period,
      ...(options.organisation ? { organisation: options.organisation } : {}),
      ...(options.services ? { services: options.services } : {}),
      question: { number: question.number, text: question.text },
      ...(limit ? { limit } : {}),
      drafter: options.drafter ?? 'template',
      ...(options.llm ? { llm: options.llm } : {}),
      ...(options.tender ? { tender: options.tender } : {}),
      memory,
    });
    sections.push(withPageLimitNote(section, question));
  }
  return sections;
}
