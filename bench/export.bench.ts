/**
 * Time to export a ten-question document (goal: under 300 ms).
 * Run: npx tsx bench/export.bench.ts
 * Reports the first (cold) export, then the best, median and worst of warm runs, for the whole
 * export (gate + document) and for each stage. On a shared machine the best run is the closest to
 * the cost of the work itself; the load average is printed so the median can be judged.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ZSectionSchema, type Section } from '../src/section/section-schema.js';
import { buildExportModel } from '../src/export/build-export-model.js';
import { exportSections } from '../src/export/export-sections.js';
import { DEFAULT_EXPORT_STYLE } from '../src/export/export-style-schema.js';
import { mergeGateReports } from '../src/export/gate-schema.js';
import { renderDocx } from '../src/export/render-docx.js';
import { runExportGate } from '../src/export/run-export-gate.js';

const WARM_RUNS = 20;
const GOAL_MS = 300;

function load(name: string): Section {
  const file = fileURLToPath(new URL(`../fixtures/sections/${name}.json`, import.meta.url));
  return ZSectionSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

const templates = [load('harbour-care-q2-involvement'), load('harbour-care-q2-disagreements')];
const sections: Section[] = Array.from({ length: 10 }, (_, index) => {
  const template = templates[index % templates.length]!;
  return { ...template, question: { ...template.question, number: `4.${index + 1}` } };
});

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Measured {
  label: string;
  cold: number;
  best: number;
  median: number;
  worst: number;
}

async function measure(label: string, task: () => Promise<unknown>): Promise<Measured> {
  const cold = await time(task);
  const warm: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) warm.push(await time(task));
  return { label, cold, best: Math.min(...warm), median: median(warm), worst: Math.max(...warm) };
}

const reports = await Promise.all(sections.map((section, index) => runExportGate(section, { index })));
const gate = mergeGateReports(reports);
const model = () => buildExportModel({ sections, gates: gate.sections, findings: gate.findings });

const results = [
  await measure('docx writer only (model + docx)', () => renderDocx(model(), DEFAULT_EXPORT_STYLE)),
  await measure('markdown writer only', async () => model()),
  await measure('gate only (validator + checker, 10 sections)', async () => {
    for (const [index, section] of sections.entries()) await runExportGate(section, { index });
  }),
  await measure('exportSections docx (gate + document)', () => exportSections({ sections, format: 'docx' })),
  await measure('exportSections md (gate + document)', () => exportSections({ sections, format: 'md' })),
];

const size = ((await exportSections({ sections, format: 'docx' })).content as Buffer).length;
console.log(`load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
console.log(`Ten-question export (${sections.length} sections, ${gate.sections.reduce((sum, s) => sum + s.count.words, 0)} words, docx ${Math.round(size / 1024)} KB), ${WARM_RUNS} warm runs`);
for (const result of results) {
  console.log(
    `${result.label.padEnd(46)} cold ${result.cold.toFixed(0).padStart(5)} ms   best ${result.best.toFixed(1).padStart(6)} ms   ` +
      `median ${result.median.toFixed(1).padStart(6)} ms   worst ${result.worst.toFixed(1).padStart(6)} ms`,
  );
}
const full = results.find((result) => result.label.startsWith('exportSections docx'))!;
console.log(
  `goal < ${GOAL_MS} ms for the whole docx export: best ${full.best < GOAL_MS ? 'met' : 'NOT met'}, median ${full.median < GOAL_MS ? 'met' : 'NOT met'}`,
);
