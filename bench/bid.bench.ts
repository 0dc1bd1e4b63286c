/**
 * Time for a ten-question bid from a buyer's workbook (goal: under 2 s warm): reading the pack,
 * drafting every answer, the consistency report, the submission behind the gate, the answers
 * written back into the workbook, and the verification pack.
 * Run: npx tsx bench/bid.bench.ts
 * Prints the cold run, then the median and best of warm runs, with the load average, since the
 * machine is shared.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import ExcelJS from 'exceljs';
import { runBid } from '../src/bid/run-bid.js';
import { openDatabase } from '../src/data/database.js';
import { importFiles } from '../src/data/import/import-files.js';
import { readTenderPack } from '../src/drafting/tender-pack/read-tender-pack.js';
import { renderVerificationPack } from '../src/export/tender-documents.js';
import { readFixtureFiles } from '../test/support/fixture-files.js';
import { timeMedian } from './support/timing.js';

const GOAL_MS = 2000;
const WARM_RUNS = 5;

interface BankQuestion {
  number: string;
  question: string;
  limit: { kind: 'words' | 'characters'; value: number };
}

/** Ten questions of the question bank as a buyer's workbook: question, limit, weighting, answer. */
async function tenQuestionWorkbook(): Promise<Buffer> {
  const bank = JSON.parse(readFileSync(new URL('../fixtures/questions/bank.json', import.meta.url), 'utf8')) as BankQuestion[];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Quality');
  sheet.addRow(['Question number', 'Question', 'Response limit', 'Weighting', 'Response']);
  for (const question of bank.slice(0, 10)) sheet.addRow([question.number, question.question, `${question.limit.value} ${question.limit.kind}`, '10%', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const db = await openDatabase({ dataDir: 'memory://' });
await importFiles({ db, files: await readFixtureFiles(new URL('../fixtures/provider/', import.meta.url).pathname), now: new Date('2026-11-01T00:00:00Z') });
const content = await tenQuestionWorkbook();

async function wholeBid() {
  const pack = await readTenderPack({ file: 'tender.xlsx', content });
  const result = await runBid({ db, period: '2026-Q2', pack, packContent: content, questions: 'all', submission: true, writeBack: true, allowUnverified: 'benchmark', allowInconsistent: 'benchmark' });
  if (result.blocked || !result.submission || !result.filled) throw new Error(`the benchmark bid did not complete: ${JSON.stringify(result.blocked)}`);
  await renderVerificationPack(result.sections, { format: 'docx', ...(result.gate ? { gate: result.gate } : {}), allowUnverified: 'benchmark' });
  return result;
}

const coldStart = performance.now();
const first = await wholeBid();
const coldMs = performance.now() - coldStart;
const timed = await timeMedian(wholeBid, { runs: WARM_RUNS, warmups: 0 });
await db.close();

console.log(`ten-question bid (${first.questions.length} questions drafted, submission, write-back, verification pack)`);
console.log(`  cold ${coldMs.toFixed(0)} ms; warm median ${timed.medianMs.toFixed(0)} ms, best ${Math.min(...timed.runsMs).toFixed(0)} ms of ${WARM_RUNS}; goal < ${GOAL_MS} ms`);
console.log(`  load average ${loadavg().map((value) => value.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
if (timed.medianMs > GOAL_MS) process.exitCode = 1;
