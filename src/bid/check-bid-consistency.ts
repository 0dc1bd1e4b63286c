/**
 * One bid, one story: across the answers of a bid, the same figure is quoted with the same value,
 * period and place; no two answers state a practice differently (who chairs, how often, how
 * quickly: data/practice-facets.ts); and no case example or "you said, we did" change is used in
 * two answers. Every finding blocks a bid unless the writer allows it with a reason.
 */
import { z } from 'zod';
import type { Section } from '../section/section-schema.js';
import { PRACTICE_FACETS } from './data/practice-facets.js';

export const ZBidQuoteSchema = z.object({
  question: z.string(),
  /** The words of the answer, or what the figure stood for there ("96%, 2026-Q2, Northgate"). */
  text: z.string(),
});

export const ZBidConsistencyFindingSchema = z.object({
  kind: z.enum(['figure', 'practice', 'case-example', 'you-said-we-did']),
  /** The figure id, the practice facet id, or the example's first words. */
  key: z.string(),
  message: z.string(),
  quotes: z.array(ZBidQuoteSchema).min(2),
});
export type BidConsistencyFinding = z.infer<typeof ZBidConsistencyFindingSchema>;

export const ZBidConsistencyReportSchema = z.object({
  ok: z.boolean(),
  findings: z.array(ZBidConsistencyFindingSchema),
});
export type BidConsistencyReport = z.infer<typeof ZBidConsistencyReportSchema>;

function questionOf(section: Section, index: number): string {
  return section.question.number ? `question ${section.question.number}` : `answer ${index + 1}`;
}

const FACETS = PRACTICE_FACETS.map((facet) => ({ ...facet, compiled: facet.patterns.map((source) => new RegExp(source, 'giu')) }));

function normalise(text: string): string {
  return text.toLowerCase().replace(/[–-]/gu, '-').replace(/\s+/gu, ' ').trim();
}

function figureFindings(sections: readonly Section[]): BidConsistencyFinding[] {
  // figure id → stated form → where
  const quoted = new Map<string, Map<string, { label: string; questions: string[] }>>();
  sections.forEach((section, index) => {
    for (const claim of section.validation.claims) {
      if (!claim.figureId || claim.status !== 'supported') continue;
      const figure = section.pack.figures.find((entry) => entry.id === claim.figureId);
      if (!figure) continue;
      const unit = figure.unit === 'percent' ? '%' : ` ${figure.unit}`;
      const stated = `${figure.value}${unit}, ${figure.period}, ${figure.place ?? section.place}`;
      const forms = quoted.get(figure.id) ?? new Map<string, { label: string; questions: string[] }>();
      const where = forms.get(stated) ?? { label: figure.label, questions: [] };
      const question = questionOf(section, index);
      if (!where.questions.includes(question)) where.questions.push(question);
      forms.set(stated, where);
      quoted.set(figure.id, forms);
    }
  });
  const findings: BidConsistencyFinding[] = [];
  for (const [figureId, forms] of quoted) {
    if (forms.size < 2) continue;
    const label = [...forms.values()][0]!.label;
    findings.push({
      kind: 'figure',
      key: figureId,
      message: `"${label}" is quoted differently across the bid (${[...forms.entries()].map(([stated, where]) => `${stated} in ${where.questions.join(', ')}`).join('; ')}); expected one value, period and place in every answer.`,
      quotes: [...forms.entries()].flatMap(([stated, where]) => where.questions.map((question) => ({ question, text: stated }))),
    });
  }
  return findings;
}

function practiceFindings(sections: readonly Section[]): BidConsistencyFinding[] {
  const findings: BidConsistencyFinding[] = [];
  for (const facet of FACETS) {
    const values = new Map<string, { question: string; text: string }[]>();
    sections.forEach((section, index) => {
      for (const pattern of facet.compiled) {
        pattern.lastIndex = 0;
        for (const match of section.responseText.matchAll(pattern)) {
          const value = normalise(match.groups?.value ?? '');
          if (value === '') continue;
          const quotes = values.get(value) ?? [];
          quotes.push({ question: questionOf(section, index), text: match[0] });
          values.set(value, quotes);
        }
      }
    });
    if (values.size < 2) continue;
    findings.push({
      kind: 'practice',
      key: facet.id,
      message: `The answers contradict each other on ${facet.label}: ${[...values.entries()].map(([value, quotes]) => `"${value}" in ${[...new Set(quotes.map((quote) => quote.question))].join(', ')}`).join(' but ')}; expected the same in every answer.`,
      quotes: [...values.values()].flat(),
    });
  }
  return findings;
}

function repeatedSupporting(sections: readonly Section[], kind: 'case-example' | 'you-said-we-did'): BidConsistencyFinding[] {
  const seen = new Map<string, { question: string; text: string }[]>();
  sections.forEach((section, index) => {
    for (const line of section.supporting.filter((entry) => entry.kind === kind)) {
      // The same example reads the same whether or not its figures were cited.
      const key = normalise(line.text).replace(/[^\p{L}\p{N} ]/gu, '').slice(0, 80);
      const quotes = seen.get(key) ?? [];
      quotes.push({ question: questionOf(section, index), text: line.text });
      seen.set(key, quotes);
    }
  });
  const label = kind === 'case-example' ? 'case example' : '"you said, we did" change';
  return [...seen.entries()]
    .filter(([, quotes]) => new Set(quotes.map((quote) => quote.question)).size > 1)
    .map(([key, quotes]) => ({
      kind,
      key: key.split(' ').slice(0, 8).join(' '),
      message: `The same ${label} is used in ${[...new Set(quotes.map((quote) => quote.question))].join(' and ')}: "${quotes[0]!.text.slice(0, 100)}"; expected each answer to use its own.`,
      quotes,
    }));
}

export function checkBidConsistency(sections: readonly Section[]): BidConsistencyReport {
  const findings = [...figureFindings(sections), ...practiceFindings(sections), ...repeatedSupporting(sections, 'case-example'), ...repeatedSupporting(sections, 'you-said-we-did')];
  return { ok: findings.length === 0, findings };
}
