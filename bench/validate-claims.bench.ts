/**
 * Validation of a 1,000-word draft against 50 figures, in-process and warm. The draft mixes exact,
 * bounded and relative claims, x-of-y pairs beside percentages and standards stated as fact.
 * Goal: median under 10 ms per run. Run: npx tsx bench/validate-claims.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { extractClaims } from '../src/claims/extract-claims.js';
import { validateClaims } from '../src/claims/validate-claims.js';
import type { EvidencePack, Figure } from '../src/evidence/evidence-pack-schema.js';

const TOPICS = [
  'family or advocate input at reviews',
  'plain-English summaries sent on time',
  'review actions closed by their due date',
  'advocate referrals answered within 48 hours',
  'disagreements resolved within 20 working days',
  'agendas sent in an accessible format',
  'people choosing who joins their review',
  'reviews chaired in part by the person',
  'goals written in the person’s own words',
  'easy-read action plans',
];
const SITES = ['Northgate', 'Riverside', 'Hillcrest', 'Meadow View', 'Oakfield'];

function buildPack(): EvidencePack {
  const figures: Figure[] = [];
  for (let index = 0; index < 50; index += 1) {
    const topic = TOPICS[index % TOPICS.length] ?? 'reviews';
    const site = SITES[Math.floor(index / TOPICS.length)] ?? 'Northgate';
    const denominator = 20 + index;
    const numerator = Math.round(denominator * 0.8);
    figures.push({
      id: `figure-${index}`,
      label: `${site}: ${topic}`,
      value: Math.round((numerator / denominator) * 1000) / 10,
      previous: 50 + (index % 30),
      unit: 'percent',
      numerator,
      denominator,
      period: '2026-Q2',
      place: site,
      source: `review records: ${denominator} reviews`,
      // the summary figures are the actuals of the summary standard, so "summaries go out within …" is checked against them
      ...(topic.startsWith('plain-English summaries') ? { standardId: 'summary-deadline' } : {}),
    });
  }
  return {
    figures,
    standards: [
      { id: 'summary-deadline', label: 'Summary sent within', value: 5, unit: 'working days' },
      { id: 'agenda-notice', label: 'Agenda sent before the meeting', value: 3, max: 5, unit: 'days' },
    ],
  };
}

function buildDraft(pack: EvidencePack): string {
  const paragraphs: string[] = ['# Involving families and advocates', ''];
  let words = 0;
  let index = 0;
  while (words < 1000) {
    const figure = pack.figures[index % pack.figures.length];
    if (!figure) break;
    const site = figure.place ?? '';
    const topic = figure.label.split(': ')[1] ?? '';
    const sentences = [
      `At ${site}, ${topic} reached ${String(figure.value)}% in Q2 2026 (${figure.numerator} of ${figure.denominator} reviews), up from ${String(figure.previous)}% → ${String(figure.value)}%.`,
      `Key workers prepare materials with the person, summaries go out within five working days and agendas 3–5 days before each meeting, as the Care Act 2014 and section 10.14 expect.`,
      `Two people told us on 1 April 2026 that the new routine felt like theirs, and the Nominated Individual samples cases every quarter to check it holds.`,
      `Most reviews at ${site} had family or advocate input, ${topic} rose by a third on last year, and over 70% of agendas went out on time.`,
    ];
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph, '');
    words += paragraph.split(/\s+/).length;
    index += 1;
  }
  return paragraphs.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

function measure(label: string, run: () => unknown, warmup = 50, runs = 300): number {
  for (let index = 0; index < warmup; index += 1) run();
  const timings: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run();
    timings.push(performance.now() - start);
  }
  const result = median(timings);
  console.log(`${label.padEnd(34)} median ${result.toFixed(2)} ms   p95 ${percentile(timings, 0.95).toFixed(2)} ms   (${runs} warm runs)`);
  return result;
}

const pack = buildPack();
const draft = buildDraft(pack);
const words = draft.split(/\s+/).filter(Boolean).length;
const report = validateClaims({ text: draft, pack });
const counts = report.claims.reduce<Record<string, number>>((tally, claim) => ({ ...tally, [claim.status]: (tally[claim.status] ?? 0) + 1 }), {});
console.log(`draft: ${words} words, ${draft.length} characters; pack: ${pack.figures.length} figures; claims: ${report.claims.length} ${JSON.stringify(counts)}`);

measure('extractClaims', () => extractClaims(draft));
const validateMedian = measure('validateClaims (extract + match)', () => validateClaims({ text: draft, pack }));
console.log(`goal: median under 10 ms — ${validateMedian < 10 ? 'met' : 'NOT met'}`);
