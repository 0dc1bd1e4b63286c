/**
 * Pure drafting (no database): from an already computed FiguresResult, the "you said, we did"
 * rows and the practice facts, the template drafter writes the section within the limit, and
 * `existingDraft` gets before/after rewrites. Tests and the API call this directly.
 */
import type { FiguresResult } from '../evidence/figures-schema.js';
import { buildRewrites } from './build-rewrites.js';
import { buildDraftingContext, type DraftingContext } from './drafting-context.js';
import { DEFAULT_QUESTION_TEXT, type DraftQuestion, type PracticeFacts, type YouSaidWeDid } from './drafting-schema.js';
import { finaliseSection } from './finalise-section.js';
import type { ResponseLimit, Section } from '../section/section-schema.js';
import { draftWithinLimit } from './template-drafter.js';
import { defaultTemplates, type TemplateLibrary } from './template-library.js';

export interface ComposeSectionOptions {
  figures: FiguresResult;
  changes?: readonly YouSaidWeDid[];
  practice?: PracticeFacts;
  question?: DraftQuestion;
  limit?: ResponseLimit;
  existingDraft?: string;
  tender?: Section['tender'];
  templates?: TemplateLibrary;
}

export function contextFor(options: ComposeSectionOptions): DraftingContext {
  return buildDraftingContext({
    figures: options.figures,
    ...(options.changes ? { changes: options.changes } : {}),
    ...(options.practice ? { practice: options.practice } : {}),
    ...(options.question ? { question: options.question.text } : {}),
  });
}

export async function composeSection(options: ComposeSectionOptions): Promise<Section> {
  const templates = options.templates ?? defaultTemplates();
  const context = contextFor(options);
  const { lines, level, fits } = draftWithinLimit(context, options.limit, templates);
  const notes = [...context.notes, ...context.ranked(level.figures).notes];
  if (!fits && options.limit) notes.push(`Even the shortest wording is over the limit of ${options.limit.value} ${options.limit.kind}: shorten by hand or ask for a larger limit.`);
  const rewrites = options.existingDraft ? await buildRewrites({ context, text: options.existingDraft, templates }) : [];
  const { section } = await finaliseSection({
    figures: options.figures,
    lines,
    question: options.question ?? { text: DEFAULT_QUESTION_TEXT },
    drafter: 'template',
    ...(options.limit ? { limit: options.limit } : {}),
    rewrites,
    notes,
    ...(options.tender ? { tender: options.tender } : {}),
  });
  return section;
}
