/**
 * One bid, one story: across the answers of a bid, the same figure is quoted with the same value,
 * period and place; no two answers state a practice differently (who chairs, how often, how
 * quickly: data/practice-facets.ts); and no case example or "you said, we did" change is used in
 * two answers. Every finding blocks a bid unless the writer allows it with a reason.
 */
import { z } from 'zod';
import { MONTH_NAMES } from '../evidence/calendar/iso-date.js';
import type { CaseExample } from '../evidence/figures-schema.js';
import type { Section } from '../section/section-schema.js';
import { PRACTICE_FACETS } from './data/practice-facets.js';

export const ZBidQuoteSchema = z.object({
  question: z.string(),
  /** Which answer it is in: its position in the sections checked (0-based), so callers need not read `question` back. */
  answer: z.number().int().min(0),
  /** The words of the answer, or what the figure stood for there ("96%, 2026-Q2, Northgate"). */
  text: z.string(),
});

type BidQuote = z.infer<typeof ZBidQuoteSchema>;

export const ZBidConsistencyFindingSchema = z.object({
  kind: z.enum(['figure', 'practice', 'case-example', 'you-said-we-did']),
  /** The figure id, the practice facet id, or the example's first words. */
  key: z.string(),
  /** Blocks the bid unless allowed; a figure quoted for two periods, each as its question asks, is only pointed out. */
  blocking: z.boolean(),
  message: z.string(),
  quotes: z.array(ZBidQuoteSchema).min(2),
});
export type BidConsistencyFinding = z.infer<typeof ZBidConsistencyFindingSchema>;

export const ZBidConsistencyReportSchema = z.object({
  /** No blocking finding. */
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
  // figure id → stated form (value, period, place) → where
  const quoted = new Map<string, Map<string, { label: string; period: string; questions: string[]; answers: number[] }>>();
  sections.forEach((section, index) => {
    for (const claim of section.validation.claims) {
      if (!claim.figureId || claim.status !== 'supported') continue;
      const figure = section.pack.figures.find((entry) => entry.id === claim.figureId);
      if (!figure) continue;
      const unit = figure.unit === 'percent' ? '%' : ` ${figure.unit}`;
      const stated = `${figure.value}${unit}, ${figure.period}, ${figure.place ?? section.place}`;
      const forms = quoted.get(figure.id) ?? new Map<string, { label: string; period: string; questions: string[]; answers: number[] }>();
      const where = forms.get(stated) ?? { label: figure.label, period: figure.period, questions: [], answers: [] };
      const question = questionOf(section, index);
      if (!where.answers.includes(index)) {
        where.questions.push(question);
        where.answers.push(index);
      }
      forms.set(stated, where);
      quoted.set(figure.id, forms);
    }
  });
  const findings: BidConsistencyFinding[] = [];
  for (const [figureId, forms] of quoted) {
    if (forms.size < 2) continue;
    const entries = [...forms.entries()];
    const label = entries[0]![1].label;
    const periods = entries.map(([, where]) => where.period);
    // Two values or places for one period contradict each other; two periods may each be what a question asked.
    const blocking = new Set(periods).size < periods.length;
    const listed = entries.map(([stated, where]) => `${stated} in ${where.questions.join(', ')}`).join('; ');
    findings.push({
      kind: 'figure',
      key: figureId,
      blocking,
      message: blocking
        ? `"${label}" is quoted differently for the same period across the bid (${listed}); expected one value and place in every answer.`
        : `"${label}" is quoted for different periods across the bid (${listed}); make sure each answer names its period, as its question asks.`,
      quotes: entries.flatMap(([stated, where]) => where.questions.map((question, at) => ({ question, answer: where.answers[at]!, text: stated }))),
    });
  }
  return findings;
}

function practiceFindings(sections: readonly Section[]): BidConsistencyFinding[] {
  const findings: BidConsistencyFinding[] = [];
  for (const facet of FACETS) {
    const values = new Map<string, BidQuote[]>();
    sections.forEach((section, index) => {
      for (const pattern of facet.compiled) {
        pattern.lastIndex = 0;
        for (const match of section.responseText.matchAll(pattern)) {
          const value = normalise(match.groups?.value ?? '');
          if (value === '') continue;
          const quotes = values.get(value) ?? [];
          quotes.push({ question: questionOf(section, index), answer: index, text: match[0] });
          values.set(value, quotes);
        }
      }
    });
    if (values.size < 2) continue;
    findings.push({
      kind: 'practice',
      key: facet.id,
      blocking: true,
      message: `The answers contradict each other on ${facet.label}: ${[...values.entries()].map(([value, quotes]) => `"${value}" in ${[...new Set(quotes.map((quote) => quote.question))].join(', ')}`).join(' but ')}; expected the same in every answer.`,
      quotes: [...values.values()].flat(),
    });
  }
  return findings;
}

/**
 * The pack's case examples an answer tells, by the example's own fields: a paragraph naming its
 * service and the month it was verified. Drafting may place an example under any heading, so
 * the line's kind alone does not find it.
 */
function casesTold(section: Section, known: readonly CaseExample[] | undefined): { key: string; text: string }[] {
  const cases = known ?? (section.pack as { caseExamples?: CaseExample[] }).caseExamples ?? [];
  const paragraphs = section.responseText.split(/\n\s*\n/u);
  const told: { key: string; text: string }[] = [];
  for (const example of cases) {
    const serviceWord = example.service.split(/\s+/u)[0] ?? example.service;
    const month = `${MONTH_NAMES[Number(example.verifiedOn.slice(5, 7)) - 1]} ${example.verifiedOn.slice(0, 4)}`;
    const paragraph = paragraphs.find((text) => text.includes(serviceWord) && text.includes(month));
    if (paragraph) told.push({ key: `${example.service}|${example.domain}|${example.measure}|${example.verifiedOn}`, text: paragraph.trim() });
  }
  return told;
}

/** Each case example's first words stand for it when the pack does not list it. */
function lineKey(text: string): string {
  return normalise(text).replace(/[^\p{L}\p{N} ]/gu, '').slice(0, 80);
}

function repeatedCases(sections: readonly Section[], known: readonly CaseExample[] | undefined): BidConsistencyFinding[] {
  const seen = new Map<string, BidQuote[]>();
  const add = (key: string, quote: BidQuote) => seen.set(key, [...(seen.get(key) ?? []), quote]);
  sections.forEach((section, index) => {
    const question = questionOf(section, index);
    const told = casesTold(section, known);
    for (const { key, text } of told) add(key, { question, answer: index, text });
    // Lines drafting marks as case examples count too, unless the pack's fields found them already.
    for (const line of section.supporting.filter((entry) => entry.kind === 'case-example')) {
      if (told.some((entry) => entry.text.includes(line.text.trim()))) continue;
      add(lineKey(line.text), { question, answer: index, text: line.text });
    }
  });
  return findingsOfRepeats(seen, 'case-example');
}

function findingsOfRepeats(seen: Map<string, BidQuote[]>, kind: 'case-example' | 'you-said-we-did'): BidConsistencyFinding[] {
  const label = kind === 'case-example' ? 'case example' : '"you said, we did" change';
  return [...seen.entries()]
    .filter(([, quotes]) => new Set(quotes.map((quote) => quote.answer)).size > 1)
    .map(([key, quotes]) => ({
      kind,
      key: key.split(' ').slice(0, 8).join(' '),
      blocking: true,
      message: `The same ${label} is used in ${[...new Set(quotes.map((quote) => quote.question))].join(' and ')}: "${quotes[0]!.text.slice(0, 100)}"; expected each answer to use its own.`,
      quotes,
    }));
}

function repeatedSupporting(sections: readonly Section[], kind: 'you-said-we-did'): BidConsistencyFinding[] {
  const seen = new Map<string, BidQuote[]>();
  sections.forEach((section, index) => {
    for (const line of section.supporting.filter((entry) => entry.kind === kind)) {
      const key = lineKey(line.text);
      const quotes = seen.get(key) ?? [];
      quotes.push({ question: questionOf(section, index), answer: index, text: line.text });
      seen.set(key, quotes);
    }
  });
  return findingsOfRepeats(seen, kind);
}

export interface CheckBidConsistencyOptions {
  /** The case examples the answers were drafted from (the evidence pack's, when sections do not carry them). */
  caseExamples?: readonly CaseExample[];
}

export function checkBidConsistency(sections: readonly Section[], options: CheckBidConsistencyOptions = {}): BidConsistencyReport {
  const findings = [...figureFindings(sections), ...practiceFindings(sections), ...repeatedCases(sections, options.caseExamples), ...repeatedSupporting(sections, 'you-said-we-did')];
  return { ok: findings.every((finding) => !finding.blocking), findings };
}
