/**
 * Validation of a 1,000-word draft that states practices as well as numbers, against 50 figures
 * and the practice profile, in-process and warm. Goal: median under 10 ms per run.
 * Run: npx tsx bench/validate-practice.bench.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectPracticeStatements } from '../src/claims/practice/detect-practice-statements.js';
import { validateClaims } from '../src/claims/validate-claims.js';
import { ZEvidencePackSchema, type EvidencePack, type Figure } from '../src/evidence/evidence-pack-schema.js';

const profile = ZEvidencePackSchema.parse(JSON.parse(readFileSync(new URL('../fixtures/claims/practice/packs/small-test-2026-q2.json', import.meta.url), 'utf8')));

function buildPack(): EvidencePack {
  const figures: Figure[] = [...profile.figures];
  for (let index = figures.length; index < 50; index += 1) {
    const denominator = 20 + index;
    const numerator = Math.round(denominator * 0.8);
    figures.push({
      id: `figure-${index}`,
      label: `Service ${index}: reviews with a goal written in the person's own words`,
      value: Math.round((numerator / denominator) * 1000) / 10,
      unit: 'percent',
      numerator,
      denominator,
      period: '2026-Q2',
      source: `review records: ${denominator} reviews`,
    });
  }
  return { figures: figures.slice(0, 50), standards: profile.standards, practices: profile.practices };
}

const PARAGRAPHS = [
  'Every person has a monthly mini-review with their key worker, and a quarterly deep-dive looks at goals in more depth. The Registered Manager chairs complex reviews and an independent advocate attends best-interests meetings.',
  'Agendas go out in easy-read, people who use audio get audio summaries and we send large-print agendas. Family members can join by video, and those who cannot attend send written views or voice notes.',
  'Every disagreement is logged. Disagreements that cannot be settled with the key worker escalate to the Registered Manager, and the Nominated Individual oversees unresolved disagreements.',
  'The Nominated Individual samples two cases per service each quarter. Every change is re-audited by the Nominated Individual. A plain-English summary is sent after every meeting; in Q2 2026 summaries went out within 5 working days for 10 of 12 reviews (83.3%).',
  'From Q3 we will add a second deep-dive for people whose goals change, and we aim to send every agenda 3–5 days before the meeting.',
];

/** A draft like the numbers benchmark's: figures in every paragraph, a practice statement or two in each. */
function buildMixedDraft(pack: EvidencePack): string {
  const blocks: string[] = ['# Involving families and advocates', ''];
  let words = 0;
  for (let index = 0; words < 1000; index += 1) {
    const figure = pack.figures[index % pack.figures.length]!;
    const paragraph = [
      `In Q2 2026, ${figure.label.toLowerCase()} reached ${String(figure.value)}% (${figure.numerator} of ${figure.denominator}).`,
      'Key workers prepare materials with the person, summaries go out within five working days and agendas 3–5 days before each meeting, as the Care Act 2014 expects.',
      PARAGRAPHS[index % PARAGRAPHS.length]!.split('. ')[0] + '.',
    ].join(' ');
    blocks.push(paragraph, '');
    words += paragraph.split(/\s+/).length;
  }
  return blocks.join('\n');
}

/** Nothing but practice statements: the densest draft the detector can meet. */
function buildDraft(): string {
  const blocks: string[] = ['# How people lead their reviews', ''];
  let words = 0;
  for (let index = 0; words < 1000; index += 1) {
    const paragraph = PARAGRAPHS[index % PARAGRAPHS.length]!;
    blocks.push(paragraph, '');
    words += paragraph.split(/\s+/).length;
  }
  return blocks.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(label: string, run: () => unknown, warmup = 50, runs = 300): number {
  for (let index = 0; index < warmup; index += 1) run();
  const timings: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run();
    timings.push(performance.now() - start);
  }
  const sorted = [...timings].sort((left, right) => left - right);
  const result = median(timings);
  console.log(`${label.padEnd(40)} median ${result.toFixed(2)} ms   p95 ${(sorted[Math.floor(runs * 0.95)] ?? Number.NaN).toFixed(2)} ms   (${runs} warm runs)`);
  return result;
}

const pack = buildPack();
for (const [name, draft] of [
  ['mixed draft (figures, standards and practices)', buildMixedDraft(pack)],
  ['dense draft (practice statements only)', buildDraft()],
] as const) {
  const report = validateClaims({ text: draft, pack });
  const byKind = report.claims.reduce<Record<string, number>>((tally, claim) => ({ ...tally, [`${claim.kind}:${claim.status}`]: (tally[`${claim.kind}:${claim.status}`] ?? 0) + 1 }), {});
  console.log(`\n${name}: ${draft.split(/\s+/).filter(Boolean).length} words; pack: ${pack.figures.length} figures, ${pack.practices?.length ?? 0} practices; claims: ${JSON.stringify(byKind)}`);
  measure('detectPracticeStatements', () => detectPracticeStatements(draft));
  const total = measure('validateClaims (numbers + practices)', () => validateClaims({ text: draft, pack }));
  measure('validateClaims (no profile: numbers only)', () => validateClaims({ text: draft, pack: { ...pack, practices: undefined } }));
  console.log(`goal: median under 10 ms — ${total < 10 ? 'met' : 'NOT met'}`);
  // Wall clock moves with other work on a shared machine; CPU time per run, interleaved, compares the two fairly.
  const cpu = { withProfile: [] as number[], numbersOnly: [] as number[] };
  const withoutProfile = { ...pack, practices: undefined };
  for (let index = 0; index < 250; index += 1) {
    let start = process.cpuUsage();
    validateClaims({ text: draft, pack });
    let used = process.cpuUsage(start);
    cpu.withProfile.push((used.user + used.system) / 1000);
    start = process.cpuUsage();
    validateClaims({ text: draft, pack: withoutProfile });
    used = process.cpuUsage(start);
    cpu.numbersOnly.push((used.user + used.system) / 1000);
  }
  console.log(`CPU time per run, interleaved: with profile median ${median(cpu.withProfile).toFixed(2)} ms, numbers only ${median(cpu.numbersOnly).toFixed(2)} ms`);
}
