/**
 * Import benchmark: `importFiles` (what `assured import` runs) beside a bulk load of the same
 * rows into the same kind of database, in the same run, printing the ratio.
 *
 * Run: npx tsx bench/import.bench.ts [--pglite | --postgres URL] [--reviews N] [--import-only] [--no-heap-cap]
 * Files only: npx tsx bench/import.bench.ts --reviews N --write-files DIR writes the files into DIR
 * and stops, for measuring `assured import` itself on them.
 * The 1,000,000-row memory run: --reviews 1000000 --import-only, on either database (CSV files
 * are streamed from the disk and written a chunk at a time, so the import's RSS should not grow
 * with N). The import side runs with the V8 flags `assured import` gives itself for these files
 * (a capped old generation, src/cli/import-heap.mjs); --no-heap-cap runs it without them.
 *
 * The files are one organisation, 20 services, 2,000 people, N reviews and N participants
 * (CSV, generated in memory). Each side runs in its own child process on a fresh database
 * (a temporary PGlite folder, or a throwaway database on the server), so each peak RSS is its
 * own:
 * - import: `importFiles` with every file by path, as the CLI sends them (one transaction);
 * - baseline: the same rows parsed from the same CSV text and written with the fastest
 *   multi-row insert the driver offers (`INSERT … SELECT FROM unnest($1::text[], …)`, 10,000
 *   rows a statement) inside one transaction, ids made up front.
 * Not part of the test suite: a million rows takes minutes.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import v8 from 'node:v8';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openDatabase, type Database } from '../src/data/database.js';
import { PrismaClient } from '../src/generated/prisma/client.js';
import { CLI_MAX_ROWS } from '../src/cli/commands/import.js';
import { importHeapFlags } from '../src/cli/import-heap.mjs';
import { importFiles, type ImportFileInput, type ImportFilePath } from '../src/data/import/import-files.js';
import { formatMs } from './support/timing.js';

const GOAL_RATIO = 3;
const GOAL_RSS_MB = 500;
const SERVICES = 20;
const PEOPLE = 2_000;
const ROLES = ['family', 'key-worker', 'advocate', 'friend', 'rm', 'professional'];
const MODES = ['in-person', 'remote', 'async'];

interface Options {
  postgresUrl?: string;
  reviews: number;
  phase?: 'import' | 'baseline';
  /** Skip the bulk-insert side: for the large memory runs, where only the import's peak RSS is asked. */
  importOnly?: boolean;
  /** Where the parent wrote the files (set for the child phases). */
  filesDir?: string;
  /** The database the parent prepared: a PGlite folder or a PostgreSQL URL (set for the child phases). */
  database?: string;
  /** Run the import without the heap flags `assured import` uses. */
  noHeapCap?: boolean;
  /**
   * PostgreSQL settings for PGlite in the measured process (`-c name=value …`), to see what
   * the embedded database holds in memory; PGlite's defaults when absent.
   */
  pgliteSettings?: string[];
  /** Only write the files into this folder (for runs of `assured import` itself). */
  writeFilesTo?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { reviews: 100_000 };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--pglite') delete options.postgresUrl;
    else if (arg === '--postgres') options.postgresUrl = value();
    else if (arg === '--reviews') options.reviews = Number(value().replace(/[_,]/g, ''));
    else if (arg === '--phase') options.phase = value() === 'baseline' ? 'baseline' : 'import';
    else if (arg === '--import-only') options.importOnly = true;
    else if (arg === '--files') options.filesDir = value();
    else if (arg === '--database') options.database = value();
    else if (arg === '--no-heap-cap') options.noHeapCap = true;
    else if (arg === '--pglite-settings') options.pgliteSettings = value().split(/\s+/).filter(Boolean);
    else if (arg === '--write-files') options.writeFilesTo = value();
    else throw new Error(`Unexpected argument "${arg}", expected --pglite, --postgres URL, --reviews N, --import-only, --no-heap-cap, --pglite-settings "-c name=value …" or --write-files DIR`);
  }
  if (!Number.isInteger(options.reviews) || options.reviews < 1) throw new Error('--reviews must be a whole number of at least 1');
  return options;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
/** A UK date in the 2025-26 year for row `index`, as dd/mm/yyyy. */
function ukDate(index: number, offsetDays = 0): string {
  const day = new Date(Date.UTC(2025, 3, 1) + (((index * 7919) % 360) + offsetDays) * 86_400_000);
  return `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
}

const FILE_NAMES = ['organisation.csv', 'services.csv', 'people.csv', 'reviews.csv', 'participants.csv'];

/**
 * Writes the provider's CSV files into `dir` a few thousand lines at a time: building them in
 * memory would cost the generating process more than the import it measures (about 890 MB at
 * 1,000,000 rows). Each phase then reads them from disk, as `assured import` does.
 */
async function writeProviderFiles(dir: string, reviews: number): Promise<void> {
  const csv = async (name: string, header: string, count: number, line: (index: number) => string) => {
    const out = createWriteStream(path.join(dir, name));
    let lines = [header];
    const flush = async () => {
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
      lines = [];
    };
    for (let index = 0; index < count; index++) {
      lines.push(line(index));
      if (lines.length >= 10_000) await flush();
    }
    if (lines.length > 0) await flush();
    out.end();
    await once(out, 'finish');
  };
  await writeFile(path.join(dir, 'organisation.csv'), 'slug,name,region\nbench-import,Bench Import Care,england-and-wales\n');
  for (const { name, header, count, line } of providerTables(reviews)) await csv(name, header, count, line);
}

/** The files' content, for the bulk insert (it parses them itself). */
async function readProviderFiles(dir: string): Promise<ImportFileInput[]> {
  return Promise.all(FILE_NAMES.map(async (name) => ({ name, content: await readFile(path.join(dir, name)) })));
}

/** The files by path, as `assured import` gives them: CSV files are streamed from the disk. */
const providerFilePaths = (dir: string): ImportFilePath[] => FILE_NAMES.map((name) => ({ name, path: path.join(dir, name) }));

function providerTables(reviews: number) {
  const csv = (name: string, header: string, count: number, line: (index: number) => string) => ({ name, header, count, line });
  return [
    csv('services.csv', 'id,name,locality,service_type', SERVICES, (i) => `S${i},Service ${i},Town ${i},supported-living`),
    csv('people.csv', 'id,service_id,accessible_format,started_on', PEOPLE, (i) => `P${i},S${i % SERVICES},${i % 5 === 0 ? 'easy-read' : 'none'},01/01/2024`),
    csv('reviews.csv', 'id,person_id,type,held_on,summary_sent_on', reviews, (i) => `R${i},P${i % PEOPLE},${i % 3 === 0 ? 'deep-dive' : 'mini-review'},${ukDate(i)},${ukDate(i, 4)}`),
    csv('participants.csv', 'id,review_id,role,advocate_type,mode', reviews, (i) => {
      const role = ROLES[i % ROLES.length]!;
      return `PA${i},R${(i * 7) % reviews},${role},${role === 'advocate' ? 'imca' : ''},${MODES[i % MODES.length]}`;
    }),
  ];
}

/**
 * A fresh database with every migration applied, made by the parent: the child that measures
 * opens it with nothing to migrate, as `assured import` finds a database set up by
 * `assured db migrate` (the schema engine alone would add about 135 MB to its RSS).
 */
async function prepareDatabase(options: Options): Promise<{ location: string; dispose: () => Promise<void> }> {
  if (!options.postgresUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'assured-import-bench-'));
    await (await openDatabase({ dataDir })).close();
    return { location: dataDir, dispose: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `assured_import_bench_${process.pid}_${Date.now()}`;
  const admin = await openDatabase({ databaseUrl: options.postgresUrl, migrate: false });
  await admin.prisma.$executeRawUnsafe(`CREATE DATABASE ${name}`);
  const url = new URL(options.postgresUrl);
  url.pathname = `/${name}`;
  await (await openDatabase({ databaseUrl: url.toString() })).close();
  return {
    location: url.toString(),
    dispose: async () => {
      await admin.prisma.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

/** Day-first UK date to ISO. */
const isoOf = (uk: string) => `${uk.slice(6, 10)}-${uk.slice(3, 5)}-${uk.slice(0, 2)}`;
const rowsOf = (file: ImportFileInput) => file.content.toString('utf8').trimEnd().split('\n').slice(1).map((line) => line.split(','));

/** The same rows written with multi-row inserts from arrays, 10,000 rows a statement, in one transaction. */
async function bulkLoad(db: Database, files: ImportFileInput[]): Promise<void> {
  const [, servicesFile, peopleFile, reviewsFile, participantsFile] = files;
  const CHUNK = 10_000;
  await db.prisma.$transaction(
    async (tx) => {
      const organisationId = randomUUID();
      await tx.$executeRawUnsafe(`INSERT INTO organisation (id, slug, name, region, updated_at) VALUES ($1::uuid, 'bench-import', 'Bench Import Care', 'england_and_wales', now())`, organisationId);
      const batch = async (name: string, type: string, rows: number) => {
        const id = randomUUID();
        await tx.$executeRawUnsafe(
          `INSERT INTO import_batch (id, organisation_id, file_name, sha256, record_type, row_count) VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6)`,
          id,
          organisationId,
          name,
          randomUUID(),
          type,
          rows,
        );
        return id;
      };
      const insert = async (sql: string, columns: unknown[][]) => {
        for (let start = 0; start < columns[0]!.length; start += CHUNK) await tx.$executeRawUnsafe(sql, ...columns.map((column) => column.slice(start, start + CHUNK)));
      };
      const ids = new Map<string, string>();
      const idOf = (ref: string) => ids.get(ref)!;
      const withIds = (rows: string[][]) => rows.map((row) => (ids.set(row[0]!, randomUUID()), row));

      const services = withIds(rowsOf(servicesFile!));
      const servicesBatch = await batch('services.csv', 'services', services.length);
      await insert(
        `INSERT INTO service (id, organisation_id, ref, name, locality, service_type, batch_id, source_row)
         SELECT id, '${organisationId}'::uuid, ref, name, locality, service_type, '${servicesBatch}'::uuid, source_row FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS t(id, ref, name, locality, service_type, source_row)`,
        [services.map((r) => idOf(r[0]!)), services.map((r) => r[0]), services.map((r) => r[1]), services.map((r) => r[2]), services.map((r) => r[3]), services.map((_, i) => i + 2)],
      );
      const people = withIds(rowsOf(peopleFile!));
      const peopleBatch = await batch('people.csv', 'people', people.length);
      await insert(
        `INSERT INTO person (id, organisation_id, ref, service_id, accessible_format, started_on, batch_id, source_row)
         SELECT id, '${organisationId}'::uuid, ref, service_id, accessible_format, started_on, '${peopleBatch}'::uuid, source_row FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::date[], $6::int[]) AS t(id, ref, service_id, accessible_format, started_on, source_row)`,
        [people.map((r) => idOf(r[0]!)), people.map((r) => r[0]), people.map((r) => idOf(r[1]!)), people.map((r) => r[2]), people.map((r) => isoOf(r[3]!)), people.map((_, i) => i + 2)],
      );
      const reviews = withIds(rowsOf(reviewsFile!));
      const reviewsBatch = await batch('reviews.csv', 'reviews', reviews.length);
      await insert(
        `INSERT INTO review (id, organisation_id, ref, person_id, type, held_on, summary_sent_on, batch_id, source_row)
         SELECT id, '${organisationId}'::uuid, ref, person_id, type, held_on, summary_sent_on, '${reviewsBatch}'::uuid, source_row FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::date[], $6::date[], $7::int[]) AS t(id, ref, person_id, type, held_on, summary_sent_on, source_row)`,
        [reviews.map((r) => idOf(r[0]!)), reviews.map((r) => r[0]), reviews.map((r) => idOf(r[1]!)), reviews.map((r) => r[2]), reviews.map((r) => isoOf(r[3]!)), reviews.map((r) => isoOf(r[4]!)), reviews.map((_, i) => i + 2)],
      );
      const participants = rowsOf(participantsFile!);
      const participantsBatch = await batch('participants.csv', 'participants', participants.length);
      await insert(
        `INSERT INTO participant (organisation_id, id, ref, review_id, role, advocate_type, mode, batch_id, source_row)
         SELECT '${organisationId}'::uuid, gen_random_uuid(), ref, review_id, role, nullif(advocate_type, ''), mode, '${participantsBatch}'::uuid, source_row FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[]) AS t(ref, review_id, role, advocate_type, mode, source_row)`,
        [participants.map((r) => r[0]), participants.map((r) => idOf(r[1]!)), participants.map((r) => r[2]), participants.map((r) => r[3]), participants.map((r) => r[4]), participants.map((_, i) => i + 2)],
      );
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
}

interface PhaseResult {
  ms: number;
  peakRssMb: number;
  /** V8's heap limit in the measured process (smaller with the import's capped old generation). */
  heapLimitMb: number;
  /** Peak RSS as `/usr/bin/time -v` reports it, when it ran the process. */
  timePeakRssMb?: number;
  /** PGlite's WebAssembly memory at the end (it never shrinks, so this is its peak), with --pglite-settings. */
  pgliteWasmMemoryMb?: number;
  rows: Record<string, number>;
}

/** PGlite with the given settings added to its own start parameters, opened as `openDatabase` opens it (the folder is already migrated). */
async function openPgliteWith(dataDir: string, settings: string[]): Promise<Database & { wasmMemoryMb: () => number }> {
  const client = new PGlite(dataDir, { startParams: [...PGlite.defaultStartParams, ...settings] });
  await client.waitReady;
  const adapterFactory = new PrismaPGlite(client);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const memory = (client as unknown as { mod?: { HEAPU8?: Uint8Array } }).mod;
  return {
    prisma,
    kind: 'pglite',
    location: dataDir,
    adapterFactory,
    close: async () => {
      await prisma.$disconnect();
      await client.close();
    },
    wasmMemoryMb: () => (memory?.HEAPU8?.byteLength ?? 0) / 2 ** 20,
  };
}

async function runPhase(options: Options): Promise<void> {
  const location = options.database!;
  const db = location.startsWith('postgres')
    ? await openDatabase({ databaseUrl: location })
    : options.pgliteSettings
      ? await openPgliteWith(location, options.pgliteSettings)
      : await openDatabase({ dataDir: location });
  try {
    const files = options.phase === 'baseline' ? await readProviderFiles(options.filesDir!) : [];
    const started = performance.now();
    if (options.phase === 'baseline') await bulkLoad(db, files);
    else {
      // As `assured import` runs it: files by path, the CLI's row limit and transaction time.
      const report = await importFiles({ db, files: providerFilePaths(options.filesDir!), maxRows: CLI_MAX_ROWS, transactionTimeoutMs: 3_600_000 });
      if (report.errorCount > 0) throw new Error(`import refused: ${JSON.stringify(report.files.flatMap((file) => file.errors).slice(0, 3))}`);
    }
    const ms = performance.now() - started;
    const counts = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT (SELECT count(*) FROM review)::int AS reviews, (SELECT count(*) FROM participant)::int AS participants, (SELECT count(*) FILTER (WHERE family_involved) FROM review)::int AS "familyInvolved"`,
    );
    const heap = v8.getHeapStatistics();
    const result: PhaseResult = {
      ms,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      heapLimitMb: heap.heap_size_limit / 2 ** 20,
      ...('wasmMemoryMb' in db ? { pgliteWasmMemoryMb: (db as { wasmMemoryMb: () => number }).wasmMemoryMb() } : {}),
      rows: Object.fromEntries(Object.entries(counts[0]!).map(([key, value]) => [key, Number(value)])),
    };
    console.log(`RESULT ${JSON.stringify(result)}`);
  } finally {
    await db.close();
  }
}

async function child(options: Options, phase: 'import' | 'baseline'): Promise<PhaseResult> {
  const database = await prepareDatabase(options);
  try {
    return await runChild(options, phase, database.location);
  } finally {
    await database.dispose();
  }
}

/** GNU time, when installed: it reports the measured process's peak RSS from outside it. */
const GNU_TIME = '/usr/bin/time';

function runChild(options: Options, phase: 'import' | 'baseline', database: string): Promise<PhaseResult> {
  // The V8 flags `assured import` would run these files with.
  const heapFlags = phase === 'import' && !options.noHeapCap ? (importHeapFlags(['import', ...FILE_NAMES]) ?? []) : [];
  const args = [...heapFlags, '--import', 'tsx', fileURLToPath(import.meta.url), '--reviews', String(options.reviews), '--phase', phase, '--files', options.filesDir!, '--database', database];
  if (options.pgliteSettings) args.push('--pglite-settings', options.pgliteSettings.join(' '));
  const timed = existsSync(GNU_TIME);
  return new Promise((resolve, reject) => {
    const process_ = timed ? spawn(GNU_TIME, ['-v', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }) : spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    process_.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    process_.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      errors += text;
      if (!timed) process.stderr.write(text);
    });
    process_.on('close', (code) => {
      const line = output.split('\n').find((candidate) => candidate.startsWith('RESULT '));
      if (code !== 0 || !line) {
        reject(new Error(`${phase} exited with ${code}: ${output.slice(-2000)}${errors.slice(-2000)}`));
        return;
      }
      const result = JSON.parse(line.slice('RESULT '.length)) as PhaseResult;
      const maxKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(errors)?.[1];
      if (maxKb !== undefined) result.timePeakRssMb = Number(maxKb) / 1024;
      resolve(result);
    });
  });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.phase) return runPhase(options);
  if (options.writeFilesTo) {
    await mkdir(options.writeFilesTo, { recursive: true });
    await writeProviderFiles(options.writeFilesTo, options.reviews);
    console.log(`Wrote ${FILE_NAMES.join(', ')} (${options.reviews.toLocaleString('en-GB')} reviews and as many participants) to ${options.writeFilesTo}`);
    return;
  }
  options.filesDir = await mkdtemp(path.join(os.tmpdir(), 'assured-import-bench-files-'));
  try {
    await writeProviderFiles(options.filesDir, options.reviews);
    await compare(options);
  } finally {
    await rm(options.filesDir, { recursive: true, force: true });
  }
}

async function compare(options: Options): Promise<void> {
  const label = options.postgresUrl ? 'PostgreSQL (throwaway database)' : 'PGlite (temporary folder)';
  console.log(`Database: ${label}; ${options.reviews.toLocaleString('en-GB')} reviews and as many participants, ${PEOPLE.toLocaleString('en-GB')} people, ${SERVICES} services`);
  console.log(`Load average at start: ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  const machine = () => `Machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}, Node ${process.version}`;
  if (options.importOnly) {
    const imported = await child(options, 'import');
    console.log(`importFiles: ${formatMs(imported.ms)}, peak RSS ${imported.peakRssMb.toFixed(0)} MB${imported.timePeakRssMb !== undefined ? ` (/usr/bin/time -v: ${imported.timePeakRssMb.toFixed(0)} MB)` : ''} (heap limit ${imported.heapLimitMb.toFixed(0)} MB${imported.pgliteWasmMemoryMb !== undefined ? `, PGlite memory ${imported.pgliteWasmMemoryMb.toFixed(0)} MB` : ''}), ${JSON.stringify(imported.rows)}`);
    console.log(`Import peak RSS: ${imported.peakRssMb.toFixed(0)} MB — goal < ${GOAL_RSS_MB} MB (at 1,000,000 rows) ${imported.peakRssMb < GOAL_RSS_MB ? 'met' : 'NOT met'} at this size`);
    console.log(machine());
    return;
  }
  const baseline = await child(options, 'baseline');
  console.log(`baseline bulk insert: ${formatMs(baseline.ms)}, peak RSS ${baseline.peakRssMb.toFixed(0)} MB${baseline.timePeakRssMb !== undefined ? ` (/usr/bin/time -v: ${baseline.timePeakRssMb.toFixed(0)} MB)` : ''}, ${JSON.stringify(baseline.rows)}`);
  const imported = await child(options, 'import');
  console.log(`importFiles:          ${formatMs(imported.ms)}, peak RSS ${imported.peakRssMb.toFixed(0)} MB${imported.timePeakRssMb !== undefined ? ` (/usr/bin/time -v: ${imported.timePeakRssMb.toFixed(0)} MB)` : ''} (heap limit ${imported.heapLimitMb.toFixed(0)} MB${imported.pgliteWasmMemoryMb !== undefined ? `, PGlite memory ${imported.pgliteWasmMemoryMb.toFixed(0)} MB` : ''}), ${JSON.stringify(imported.rows)}`);
  const ratio = imported.ms / baseline.ms;
  const rows = options.reviews * 2;
  console.log(`Rows a second: import ${Math.round((rows / imported.ms) * 1000).toLocaleString('en-GB')}, baseline ${Math.round((rows / baseline.ms) * 1000).toLocaleString('en-GB')}`);
  console.log(`Ratio import/baseline: ${ratio.toFixed(2)}× — goal ≤ ${GOAL_RATIO}× ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'}`);
  console.log(`Import peak RSS: ${imported.peakRssMb.toFixed(0)} MB — goal < ${GOAL_RSS_MB} MB (at 1,000,000 rows) ${imported.peakRssMb < GOAL_RSS_MB ? 'met' : 'NOT met'} at this size`);
  if (JSON.stringify(imported.rows) !== JSON.stringify(baseline.rows)) console.log(`Row counts differ: import ${JSON.stringify(imported.rows)}, baseline ${JSON.stringify(baseline.rows)}`);
  console.log(machine());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
