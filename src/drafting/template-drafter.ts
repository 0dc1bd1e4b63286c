/**
 * The template drafter: deterministic, no network. Renders the four lines and the supporting
 * lines from Handlebars templates with pre-formatted values, trying richer levels first and
 * stepping down (fewer figures, no supporting lines, shorter variants) until the response fits
 * the limit.
 */
import type { ResponseLimit } from '../section/section-schema.js';
import type { CaseText, DraftingContext } from './drafting-context.js';
import type { ChosenFigure } from './choose-figures.js';
import { describeFigure, isEnablementOutcome, type FigureText } from './describe-figure.js';
import { defaultTemplates, type Length, type TemplateLibrary } from './template-library.js';
import { assembleResponse, measureResponse, type DraftLines } from './assemble-response.js';
import { normaliseSentence } from '../shared/english-text.js';

export interface DraftLevel {
  figures: number;
  length: Length;
  human: boolean;
  cases: number;
  change: boolean;
}

/** Richest first. */
export const DRAFT_LEVELS: readonly DraftLevel[] = [
  { figures: 3, length: 'full', human: true, cases: 2, change: true },
  { figures: 3, length: 'full', human: true, cases: 1, change: true },
  { figures: 3, length: 'full', human: true, cases: 0, change: true },
  { figures: 2, length: 'full', human: true, cases: 1, change: true },
  { figures: 2, length: 'full', human: true, cases: 0, change: true },
  { figures: 3, length: 'full', human: true, cases: 0, change: false },
  { figures: 2, length: 'full', human: true, cases: 0, change: false },
  { figures: 3, length: 'short', human: true, cases: 0, change: false },
  { figures: 2, length: 'short', human: true, cases: 0, change: false },
  { figures: 2, length: 'short', human: false, cases: 0, change: false },
  { figures: 1, length: 'short', human: false, cases: 0, change: false },
];

function figureSlot(chosen: ChosenFigure, text: FigureText): string {
  if (isEnablementOutcome(chosen.figure)) return 'figures/enablement';
  if (text.smallSample && text.counted) return 'figures/small';
  if (text.unit === 'score') return text.trend && chosen.strength === 'improving' ? 'figures/score-trend' : 'figures/score';
  if (text.unit === 'count') return text.trend ? 'figures/count-trend' : 'figures/count';
  // A trend is shown whenever the figure improved; a weak figure only ever appears as one.
  return text.trend ? 'figures/trend' : 'figures/strong';
}

function peopleFor(chosen: ChosenFigure): string {
  const count = chosen.figure.outcome?.people;
  return count === undefined ? 'one person' : `${count} ${count === 1 ? 'person' : 'people'}`;
}

export function renderFact(templates: TemplateLibrary, context: DraftingContext, chosen: ChosenFigure, length: Length): string {
  const text = describeFigure(chosen.figure);
  return templates.render(figureSlot(chosen, text), { ...text, people: peopleFor(chosen) }, { seed: `${context.seed}|${chosen.figure.id}`, length });
}

function renderCase(templates: TemplateLibrary, context: DraftingContext, example: CaseText, slot: string, length: Length): string {
  return templates.render(slot, { ...example, ...(example.figure ? { trend: example.figure.trend, period: example.figure.period } : {}) }, { seed: `${context.seed}|${example.measure}`, length });
}

/**
 * Renders a slot in the variant earlier answers of the bid have written least (`written` counts
 * each by normaliseSentence), the seeded one first among equals: a bid does not repeat its core lines
 * word for word while other wordings remain, and spreads them when it must.
 */
function renderFresh(templates: TemplateLibrary, slot: string, values: object, options: { seed: string; length: Length }, written: ReadonlyMap<string, number> | undefined): string {
  const first = templates.render(slot, values, options);
  if (!written || !written.has(normaliseSentence(first))) return first;
  let best = { text: first, uses: written.get(normaliseSentence(first)) ?? 0 };
  for (let shift = 1; shift < templates.variantCount(slot, options.length); shift += 1) {
    const other = templates.render(slot, values, { ...options, shift });
    const uses = written.get(normaliseSentence(other)) ?? 0;
    if (uses < best.uses) best = { text: other, uses };
  }
  return best.text;
}

export function renderTemplateDraft(
  context: DraftingContext,
  level: DraftLevel,
  templates: TemplateLibrary = defaultTemplates(),
  exclude?: ReadonlySet<string>,
  written?: ReadonlyMap<string, number>,
  /** The sampling has been stated in full in earlier answers of the bid: say in brief that it checks this too. */
  samplingStated = false,
): DraftLines {
  const { seed, standards, practice } = context;
  const length = level.length;
  const behaviour = renderFresh(
    templates,
    'paragraph/behaviour',
    { agendaNotice: standards['agenda-notice'], miniReviewLength: standards['mini-review-length'], formats: practice.formats, ...context.targets },
    { seed, length },
    written,
  );
  const ownersCadence = renderFresh(
    templates,
    'paragraph/owners-cadence',
    { summaryDeadline: standards['summary-deadline'], summaryDuty: practice.summaryDuty, complexChair: practice.complexChair, cadence: practice.cadence },
    { seed, length },
    written,
  );

  const chosen = context.ranked(level.figures, exclude).chosen;
  // Templates write a case in the record's own words, so only quotable cases are used.
  const [humanCase, ...otherCases] = context.cases.filter((example) => example.quotable);
  const human =
    level.human && humanCase
      ? renderCase(templates, context, humanCase, humanCase.figure?.trend ? 'human/with-figure' : 'human/plain', length)
      : undefined;
  const facts = chosen.map((entry) => renderFact(templates, context, entry, length));
  const evidence =
    facts.length > 0
      ? templates.render('paragraph/evidence', { period: context.period, place: context.place, facts, human }, { seed, length })
      : [
          templates.render(
            'evidence-plan',
            { measures: 'review participation, summary timeliness and "I feel involved" ratings', place: context.place, next: context.sampling.next, reportBy: context.sampling.reportBy },
            { seed, length },
          ),
          human,
        ]
          .filter(Boolean)
          .join(' ');
  const assurance = renderFresh(
    templates,
    samplingStated ? 'paragraph/assurance-brief' : 'paragraph/assurance',
    {
      sampling: context.sampling,
      disputes: practice.disputes,
      chain: practice.chain,
      disputeStandard: standards['dispute-resolution'],
      reaudit: practice.reauditBy !== undefined,
      reauditBy: practice.reauditBy,
    },
    { seed, length },
    written,
  );

  const supporting: DraftLines['supporting'] = [];
  for (const example of otherCases.slice(0, level.cases)) {
    supporting.push({ kind: 'case-example', text: renderCase(templates, context, example, 'supporting/case-example', 'full') });
  }
  if (level.change && context.change) {
    supporting.push({ kind: 'you-said-we-did', text: templates.render('supporting/you-said-we-did', context.change, { seed, length: 'full' }) });
  }
  return { behaviour, ownersCadence, evidence, assurance, supporting };
}

/** The richest level whose response fits the limit; the last level when none does. */
export function draftWithinLimit(
  context: DraftingContext,
  limit: ResponseLimit | undefined,
  templates: TemplateLibrary = defaultTemplates(),
): { lines: DraftLines; level: DraftLevel; fits: boolean } {
  let last: { lines: DraftLines; level: DraftLevel } | undefined;
  for (const level of DRAFT_LEVELS) {
    const lines = renderTemplateDraft(context, level, templates);
    last = { lines, level };
    if (!limit || measureResponse(assembleResponse(lines).text, limit.kind) <= limit.value) return { ...last, fits: true };
  }
  return { ...last!, fits: false };
}
