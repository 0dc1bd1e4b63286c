/**
 * Turns drafted lines into a Section: the pasted response, the validation report (every number
 * with the figure or standard behind it), per line which figures and standards it quotes, and
 * the gate's review, which export reuses while the text is unchanged.
 */
import type { ValidatedClaim } from '../claims/claims-schema.js';
import type { FiguresResult } from '../evidence/figures-schema.js';
import { assembleResponse, PARAGRAPH_LINES, type DraftLines } from './assemble-response.js';
import type { DraftQuestion } from './drafting-schema.js';
import { reviewResponse, type ResponseReview } from './review-response.js';
import { ZSectionSchema, type ResponseLimit, type Rewrite, type Section, type SectionLine } from '../section/section-schema.js';
import { evidencePackOf } from '../evidence/evidence-pack-of.js';

export interface FinaliseSectionOptions {
  figures: FiguresResult;
  lines: DraftLines;
  question: DraftQuestion;
  drafter: Section['drafter'];
  limit?: ResponseLimit;
  rewrites?: Rewrite[];
  notes?: string[];
  model?: Section['model'];
  tender?: Section['tender'];
  plan?: Section['plan'];
}

function idsWithin(claims: readonly ValidatedClaim[], start: number, end: number): Pick<SectionLine, 'figureIds' | 'standardIds'> {
  const inside = claims.filter((claim) => claim.offset >= start && claim.offset < end);
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => value !== undefined))];
  return {
    figureIds: unique(inside.filter((claim) => claim.status === 'supported').map((claim) => claim.figureId)),
    standardIds: unique(inside.filter((claim) => claim.status === 'standard').map((claim) => claim.standardId)),
  };
}

export async function finaliseSection(options: FinaliseSectionOptions): Promise<{ section: Section; review: ResponseReview }> {
  const { figures, lines } = options;
  const pack = evidencePackOf(figures);
  const assembled = assembleResponse(lines);
  const review = await reviewResponse({ text: assembled.text, pack, ...(options.limit ? { limit: options.limit } : {}) });
  const block = (key: string) => assembled.blocks.find((entry) => entry.key === key);
  const lineOf = (key: (typeof PARAGRAPH_LINES)[number]): SectionLine => {
    const found = block(key);
    return { text: lines[key].trim(), ...(found ? idsWithin(review.claims, found.start, found.end) : { figureIds: [], standardIds: [] }) };
  };
  const notes = [...(options.notes ?? [])];
  for (const finding of review.findings) notes.push(`Still to fix before submitting: ${finding.message}`);
  const section: Section = {
    organisation: figures.organisation,
    tender: options.tender ?? {},
    question: options.question,
    period: { label: figures.period.label, human: figures.period.human, start: figures.period.start, end: figures.period.end },
    services: figures.services.map((service) => service.name),
    place: figures.place,
    ...(options.limit ? { limit: options.limit } : {}),
    drafter: options.drafter,
    paragraph: {
      behaviour: lineOf('behaviour'),
      ownersCadence: lineOf('ownersCadence'),
      evidence: lineOf('evidence'),
      assurance: lineOf('assurance'),
    },
    supporting: lines.supporting.map((line, index) => {
      const found = block(`supporting-${index}`);
      return { kind: line.kind, text: line.text.trim(), ...(found ? idsWithin(review.claims, found.start, found.end) : { figureIds: [], standardIds: [] }) };
    }),
    rewrites: options.rewrites ?? [],
    responseText: assembled.text,
    pack,
    validation: {
      claims: review.claims.map((claim) => ({
        text: claim.text,
        status: claim.status,
        ...(claim.figureId ? { figureId: claim.figureId } : {}),
        ...(claim.standardId ? { standardId: claim.standardId } : {}),
        ...(claim.practiceId ? { practiceId: claim.practiceId } : {}),
        ...(claim.declaredPracticeId ? { declaredPracticeId: claim.declaredPracticeId } : {}),
        line: claim.line,
        column: claim.column,
        ...(claim.endLine !== undefined ? { endLine: claim.endLine } : {}),
        ...(claim.endColumn !== undefined ? { endColumn: claim.endColumn } : {}),
        ...(claim.offset !== undefined ? { offset: claim.offset } : {}),
        ...(claim.endOffset !== undefined ? { endOffset: claim.endOffset } : {}),
        message: claim.message,
      })),
    },
    notes: [...new Set(notes)],
    ...(options.model ? { model: options.model } : {}),
    ...(options.plan ? { plan: options.plan } : {}),
    review: review.review,
  };
  return { section: ZSectionSchema.parse(section), review };
}
