/**
 * Before/after rewrites: for each sentence the checker flags as vague or tokenistic, an "after"
 * built from this organisation's standards and figures, so each line sounds lived rather than promised.
 * An "after" that would itself be flagged or carry an unsupported number is not offered.
 */
import { checkDraft } from '../check/check-draft.js';
import type { CheckMessage } from '../check/check-schema.js';
import { flagSentence } from '../check/flag-sentence.js';
import { validateClaims } from '../claims/validate-claims.js';
import { rewriteTopics } from './data/rewrite-topics.js';
import { strengthOf } from './describe-figure.js';
import type { DraftingContext } from './drafting-context.js';
import type { Rewrite } from '../section/section-schema.js';
import { renderFact } from './template-drafter.js';
import type { TemplateLibrary } from './template-library.js';
import { defaultTemplates } from './template-library.js';
import { evidencePackOf } from '../evidence/evidence-pack-of.js';

export interface BuildRewritesOptions {
  context: DraftingContext;
  text: string;
  templates?: TemplateLibrary;
}

function topicOf(sentence: string): (typeof rewriteTopics)[number] {
  const lower = sentence.toLowerCase();
  return rewriteTopics.find((topic) => topic.patterns.some((pattern) => new RegExp(`\\b(?:${pattern})\\b`).test(lower))) ?? rewriteTopics.at(-1)!;
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((sentence) => sentence.trim().length > 0);
}

function acceptable(after: string, context: DraftingContext): boolean {
  if (splitSentences(after).some((sentence) => flagSentence(sentence).length > 0)) return false;
  const { claims } = validateClaims({ text: after, pack: { figures: context.figures.figures, standards: context.figures.standards } });
  return claims.every((claim) => claim.status === 'supported' || claim.status === 'standard');
}

function figureContext(context: DraftingContext, topicFigures: readonly string[], templates: TemplateLibrary): { fact?: string } {
  for (const id of topicFigures) {
    const figure = context.figures.figures.find((candidate) => candidate.id === id);
    if (!figure || figure.value === null) continue;
    const strength = strengthOf(figure);
    if (strength === 'weak') continue;
    return { fact: renderFact(templates, context, { figure, strength, topic: 'rewrite' }, 'full') };
  }
  return {};
}

export async function buildRewrites(options: BuildRewritesOptions): Promise<Rewrite[]> {
  const { context, text } = options;
  const templates = options.templates ?? defaultTemplates();
  const { messages } = await checkDraft({ text });
  const flagged = messages.filter((message): message is CheckMessage & { sentence: NonNullable<CheckMessage['sentence']> } =>
    (message.category === 'vague' || message.category === 'tokenism') && message.sentence !== undefined,
  );
  const rewrites: Rewrite[] = [];
  const seen = new Set<string>();
  for (const message of flagged) {
    const key = `${message.sentence.line}:${message.sentence.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const topic = topicOf(message.sentence.text);
    const values = {
      ...figureContext(context, topic.figures, templates),
      period: context.period,
      place: context.place,
      agendaNotice: context.standards['agenda-notice'],
      summaryDeadline: context.standards['summary-deadline'],
      advocateResponse: context.standards['advocate-response'],
      goalSettingLength: context.standards['goal-setting-length'],
      miniReviewLength: context.standards['mini-review-length'],
      // "Monthly mini-reviews" is a routine: said as done only when the records show it.
      monthlyLead: context.practised('review-monthly') ? '' : 'our standard is that ',
      formats: context.practice.formats,
      change: context.change,
      ...context.targets,
    };
    const slot = `rewrites/${topic.id}`;
    const variants = templates.variantCount(slot);
    let after: string | undefined;
    // Try each variant, then each without its figure, before giving up on this sentence.
    for (const withFigure of [true, false]) {
      for (let shift = 0; shift < variants && after === undefined; shift += 1) {
        const candidate = templates.render(slot, withFigure ? values : { ...values, fact: undefined }, { seed: `${context.seed}|${key}`, shift });
        // One rewrite per sentence: a wording already given to another sentence is not reused.
        if (acceptable(candidate, context) && !rewrites.some((earlier) => earlier.after === candidate)) after = candidate;
      }
    }
    if (after === undefined) continue;
    const { claims } = validateClaims({ text: after, pack: evidencePackOf(context.figures) });
    rewrites.push({
      before: message.sentence.text,
      after,
      line: message.sentence.line,
      column: message.sentence.column,
      ruleId: message.ruleId,
      category: message.category,
      figureIds: [...new Set(claims.filter((claim) => claim.status === 'supported' && claim.figureId).map((claim) => claim.figureId!))],
      standardIds: [...new Set(claims.filter((claim) => claim.status === 'standard' && claim.standardId).map((claim) => claim.standardId!))],
    });
  }
  return rewrites;
}
