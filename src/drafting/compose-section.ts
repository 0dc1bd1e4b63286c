/**
 * Pure drafting (no database): from an already computed FiguresResult, the "you said, we did"
 * rows and the practice facts, the template drafter writes the section within the limit, and
 * `existingDraft` gets before/after rewrites. Tests and the API call this directly.
 */
import type { FiguresResult } from '../evidence/figures-schema.js';
import { buildRewrites } from './build-rewrites.js';
import { buildDraftingContext, type DraftingContext, type ServiceFigure } from './drafting-context.js';
import { DEFAULT_QUESTION_TEXT, type DraftQuestion, type PracticeFacts, type YouSaidWeDid } from './drafting-schema.js';
import { finaliseSection } from './finalise-section.js';
import type { ResponseLimit, Section } from '../section/section-schema.js';
import { planAnswer } from './plan/plan-answer.js';
import { reviseDraft } from './revise-draft.js';
import { emptyBidMemory, type BidMemory } from './plan/topic-blocks.js';
import { defaultTemplates, type TemplateLibrary } from './template-library.js';
import { evidencePackOf } from '../evidence/evidence-pack-of.js';

export interface ComposeSectionOptions {
  figures: FiguresResult;
  changes?: readonly YouSaidWeDid[];
  practice?: PracticeFacts;
  question?: DraftQuestion;
  limit?: ResponseLimit;
  existingDraft?: string;
  tender?: Section['tender'];
  templates?: TemplateLibrary;
  /** What earlier answers of the same bid used, so this one quotes other examples. */
  memory?: BidMemory;
  /** True when the figures cover only some of the organisation's services, so figures name their place. */
  someServices?: boolean;
  /** The figures at each service, when there are two or more: an answer may state them beside the whole's. */
  serviceFigures?: readonly ServiceFigure[];
}

export function contextFor(options: ComposeSectionOptions): DraftingContext {
  return buildDraftingContext({
    figures: options.figures,
    ...(options.changes ? { changes: options.changes } : {}),
    ...(options.practice ? { practice: options.practice } : {}),
    ...(options.question ? { question: options.question.text } : {}),
    ...(options.someServices ? { someServices: true } : {}),
    ...(options.serviceFigures ? { serviceFigures: options.serviceFigures } : {}),
  });
}

/**
 * The pack an answer is checked against: the whole's figures, and the figures kept outside it
 * that the answer states (a service's share beside the whole's, a logged referral or
 * disagreement told as an example).
 */
export function withCitedFigures(figures: FiguresResult, serviceFigures: readonly ServiceFigure[], cited: readonly string[]): FiguresResult {
  const ids = new Set(cited);
  const outside = [...serviceFigures.map((entry) => entry.figure), ...(figures.recordExamples ?? []).flatMap((example) => (example.figure ? [example.figure] : []))];
  const stated = outside.filter((figure) => ids.has(figure.id));
  return stated.length > 0 ? { ...figures, figures: [...figures.figures, ...stated] } : figures;
}

export async function composeSection(options: ComposeSectionOptions): Promise<Section> {
  const templates = options.templates ?? defaultTemplates();
  const context = contextFor(options);
  const plan = planAnswer({ context, templates, memory: options.memory ?? emptyBidMemory(), ...(options.limit ? { limit: options.limit } : {}) });
  const notes = [...context.notes, ...plan.notes];
  const rewrites = options.existingDraft ? await buildRewrites({ context, text: options.existingDraft, templates }) : [];
  let { lines, fits } = plan;
  if (options.existingDraft !== undefined && options.existingDraft.trim().length > 0) {
    // The writer's own draft is revised: their sentences kept, vague ones rewritten, what is missing added.
    const pack = evidencePackOf(options.figures);
    const revised = await reviseDraft({ draft: options.existingDraft, rewrites, plan, pack, ...(options.limit ? { limit: options.limit } : {}) });
    lines = revised.lines;
    fits = true;
    notes.unshift(...revised.notes);
  }
  if (!fits && options.limit) notes.push(`Even the shortest wording is over the limit of ${options.limit.value} ${options.limit.kind}: shorten by hand or ask for a larger limit.`);
  const { section } = await finaliseSection({
    figures: withCitedFigures(options.figures, options.serviceFigures ?? [], plan.covered.flatMap((entry) => entry.figureIds).filter((id): id is string => id !== undefined)),
    lines,
    question: options.question ?? { text: DEFAULT_QUESTION_TEXT },
    drafter: 'template',
    ...(options.limit ? { limit: options.limit } : {}),
    rewrites,
    notes,
    plan: {
      topics: (context.analysis?.topics ?? []).map((topic) => ({ id: topic.id, weight: topic.weight })),
      covered: plan.covered,
      missing: plan.missing.map((gap) => ({ topic: gap.topic, element: gap.element, reason: gap.reason })),
      squeezed: plan.squeezed,
      parts: plan.parts,
    },
    ...(options.tender ? { tender: options.tender } : {}),
  });
  return section;
}
