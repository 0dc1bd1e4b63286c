/**
 * `assured draft`: the involvement section for a tender question, from the database.
 * Computes the figures, reads the "you said, we did" rows and practice facts, then drafts with
 * the template drafter (default) or the language model, which falls back to the template
 * drafter when its text fails validation twice or the endpoint fails.
 */
import type { Database } from '../data/database.js';
import { computeFigures } from '../evidence/compute-figures.js';
import { composeSection } from './compose-section.js';
import type { DraftQuestion } from './drafting-schema.js';
import { draftWithModel, type LlmOptions } from './llm/draft-with-model.js';
import { queryDraftingData } from './query-drafting-data.js';
import { readQuestion } from './question/read-question.js';
import { parseReportingPeriod } from '../evidence/period.js';
import type { ResponseLimit, Section } from '../section/section-schema.js';
import type { BidMemory } from './plan/topic-blocks.js';

export interface DraftSectionOptions {
  db: Database;
  period: string;
  organisation?: string;
  services?: string[];
  question?: DraftQuestion;
  limit?: ResponseLimit;
  drafter?: 'template' | 'llm';
  existingDraft?: string;
  llm?: LlmOptions;
  tender?: Section['tender'];
  /** What earlier answers of the same bid used (examples, changes, sentences). */
  memory?: BidMemory;
}

/**
 * The period the figures cover: the one asked for, or, when the question asks about the last
 * 12 months, the four quarters ending with that period's last complete quarter.
 */
export function periodForQuestion(period: string, question: string | undefined): string {
  if (!question) return period;
  const analysis = readQuestion(question, { period: parseReportingPeriod(period) });
  return analysis.twelveMonths?.label ?? period;
}

export async function draftSection(options: DraftSectionOptions): Promise<Section> {
  const scope = {
    db: options.db,
    period: periodForQuestion(options.period, options.question?.text),
    ...(options.organisation ? { organisation: options.organisation } : {}),
    ...(options.services && options.services.length > 0 ? { services: options.services } : {}),
  };
  const [figures, data] = await Promise.all([computeFigures({ ...scope, cases: 5 }), queryDraftingData(scope)]);
  const compose = {
    figures,
    changes: data.changes,
    practice: data.practice,
    ...(options.question ? { question: options.question } : {}),
    ...(options.limit ? { limit: options.limit } : {}),
    ...(options.existingDraft ? { existingDraft: options.existingDraft } : {}),
    ...(options.tender ? { tender: options.tender } : {}),
    ...(options.memory ? { memory: options.memory } : {}),
  };
  if ((options.drafter ?? 'template') === 'template') return composeSection(compose);
  return draftWithModel({ ...compose, ...(options.llm ? { llm: options.llm } : {}) });
}
