/**
 * Memory and time of reading workbooks, hostile and ordinary.
 * Run: npx tsx bench/xlsx-memory.bench.ts   (under a minute)
 *
 * Each case runs `readTable` (with the API's 50,000-row limit) in a fresh child process, so peaks do not mix: wall time, the
 * longest event-loop block, peak RSS (and its growth over the idle process) and heap in use
 * at the end. Cases: a 7 KB workbook with one stray cell on row 1,048,576; the same two rows
 * declaring <dimension ref="A1:XFD1048576">; four of the first read at once; and an ordinary
 * 5,000-row, 8-column workbook written by exceljs (shared strings, dates, numbers).
 */
import { spawnSync } from 'node:child_process';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { readTable } from '../src/data/import/read-table.js';
import { hugeDimensionWorkbook, lastRowWorkbook } from '../test/data/import/build-workbook.js';

const CASES = ['last-row', 'huge-dimension', 'four-last-row', 'ordinary-5000'] as const;
type CaseName = (typeof CASES)[number];

async function ordinaryWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('reviews');
  sheet.addRow(['id', 'person_id', 'type', 'held_on', 'summary_sent_on', 'person_attended', 'family_invited', 'notes']);
  for (let index = 0; index < rows; index += 1) {
    sheet.addRow([`R-${index}`, `P-${index % 300}`, 'mini-review', new Date(Date.UTC(2026, 0, 1 + (index % 300))), new Date(Date.UTC(2026, 0, 3 + (index % 300))), 'yes', index % 2 === 0 ? 'no' : 'yes', `note ${index % 50}`]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function inputsOf(name: CaseName): Promise<Buffer[]> {
  if (name === 'last-row') return [lastRowWorkbook()];
  if (name === 'huge-dimension') return [hugeDimensionWorkbook()];
  if (name === 'four-last-row') return [lastRowWorkbook(), lastRowWorkbook(), lastRowWorkbook(), lastRowWorkbook()];
  return [await ordinaryWorkbook(5_000)];
}

async function runCase(name: CaseName): Promise<void> {
  const inputs = await inputsOf(name);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  const outcomes = await Promise.all(
    inputs.map((content) =>
      readTable('services.xlsx', content, { maxRows: 50_000 }).then(
        (table) => `${table.rows.length} rows`,
        (error: Error) => `refused: ${error.message.slice(0, 90)}`,
      ),
    ),
  );
  const elapsedMs = performance.now() - started;
  loop.disable();
  const result = {
    name,
    bytes: inputs[0]!.length,
    elapsedMs: Math.round(elapsedMs),
    longestBlockMs: Math.round(loop.max / 1e6),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    rssGrowthMb: Math.round((process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20),
    heapUsedEndMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    outcome: outcomes[0],
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const caseArgument = process.argv.indexOf('--case');
if (caseArgument !== -1) {
  await runCase(process.argv[caseArgument + 1] as CaseName);
} else {
  const self = fileURLToPath(import.meta.url);
  const rows: string[] = [];
  for (const name of CASES) {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--case', name], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      rows.push(`| ${name} | failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-1)[0] ?? ''} |`);
      continue;
    }
    const r = JSON.parse(line) as Record<string, string | number>;
    rows.push(`| ${r.name} | ${(Number(r.bytes) / 1024).toFixed(1)} KB | ${r.elapsedMs} ms | ${r.longestBlockMs} ms | ${r.peakRssMb} MB | ${r.rssGrowthMb} MB | ${r.heapUsedEndMb} MB | ${r.outcome} |`);
  }
  console.log('| case | file | wall time | longest event-loop block | peak RSS | RSS growth | heap at end | outcome |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const row of rows) console.log(row);
}
