import { createApiKey } from '../../access/create-api-key.js';
import { buildApp } from '../../api/app.js';
import { MAX_WORK_THREADS, type ApiLimitsInput } from '../../api/limits.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../api/server.js';
import { openDatabase, type Database } from '../../data/database.js';
import { importFiles } from '../../data/import/import-files.js';
import { llmOptionsFromEnv } from '../../drafting/llm/draft-with-model.js';
import { AppError } from '../../shared/app-error.js';
import { EXIT_OK, type CliIO } from '../command.js';
import { defineCommand } from '../define-command.js';
import { databaseOptions } from '../with-database.js';
import { readFixtureProvider } from './demo.js';

const DEMO_ORGANISATION = 'harbour-care';

function portOf(value: string | undefined, from: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new AppError('INVALID_INPUT', `${from} must be a port number from 0 to 65535 (got "${value}")`);
  return port;
}

function positiveOf(value: string | undefined, from: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? 'a whole number above 0' : `a whole number from 1 to ${max}`;
    throw new AppError('INVALID_INPUT', `${from} must be ${range} (got "${value}")`);
  }
  return number;
}

/** The limits `serve` takes from its flags, else from the environment; the others keep their defaults. */
export function serveLimits(values: { 'rate-limit'?: string | undefined; 'work-threads'?: string | undefined }, env: NodeJS.ProcessEnv): ApiLimitsInput {
  const rateLimitMax = positiveOf(values['rate-limit'], '--rate-limit') ?? positiveOf(env.ASSURED_RATE_LIMIT, 'ASSURED_RATE_LIMIT');
  const workThreads = positiveOf(values['work-threads'], '--work-threads', MAX_WORK_THREADS) ?? positiveOf(env.ASSURED_WORK_THREADS, 'ASSURED_WORK_THREADS', MAX_WORK_THREADS);
  return { ...(rateLimitMax !== undefined ? { rateLimitMax } : {}), ...(workThreads !== undefined ? { workThreads } : {}) };
}

/** A port in use or not allowed is the user's choice to change, not a fault. */
export function listenErrorAsInput(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new AppError('INVALID_INPUT', `Port ${port} on ${host} is already in use; choose another with --port or PORT.`, { cause: error });
  if (code === 'EACCES') return new AppError('INVALID_INPUT', `Not allowed to listen on port ${port} on ${host}; choose a port above 1023 with --port or PORT.`, { cause: error });
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new AppError('INVALID_INPUT', `Cannot listen on host ${host}: it is not an address of this machine; choose another with --host or HOST.`, { cause: error });
  return error;
}

/** Seeds the fixture provider (once) and prints a fresh key for it. */
async function seedDemo(db: Database, io: CliIO): Promise<string> {
  const existing = await db.prisma.organisation.findUnique({ where: { slug: DEMO_ORGANISATION }, select: { id: true } });
  if (!existing) {
    io.stdout(`Importing the fixture provider (${DEMO_ORGANISATION}) into ${db.location}; this takes a few seconds…`);
    const files = await readFixtureProvider();
    const report = await importFiles({ db, files });
    if (report.rejected) throw new AppError('INTERNAL', `The fixture provider did not import (${report.errorCount} errors).`);
  }
  const key = await createApiKey({ db, organisation: DEMO_ORGANISATION, name: `demo ${new Date().toISOString().slice(0, 16)}` });
  io.stdout(`Demo organisation ${DEMO_ORGANISATION}; demo API key (shown once):\n\n  ${key.key}\n`);
  return key.key;
}

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Run the HTTP API (docs at /docs) until SIGTERM or Ctrl-C',
  usage: 'assured serve [--port N] [--host H] [--demo] [--rate-limit N] [--work-threads N]   (also PORT, HOST, ASSURED_RATE_LIMIT, ASSURED_WORK_THREADS; DATABASE_URL for PostgreSQL; OPENAI_* for drafter "llm")',
  flags: {
    port: { type: 'string', value: 'N', description: `port to listen on, 0 for any free port`, defaultText: `PORT, else ${DEFAULT_PORT}`, example: '--port 8080' },
    host: { type: 'string', value: 'HOST', description: `address to listen on`, defaultText: `HOST, else ${DEFAULT_HOST}`, example: '--host 0.0.0.0' },
    demo: { type: 'boolean', description: 'import the fixture provider if missing and print a fresh API key for it', example: '--demo' },
    'rate-limit': { type: 'string', value: 'N', description: 'requests per minute per API key', defaultText: 'ASSURED_RATE_LIMIT, else 600', example: '--rate-limit 120' },
    'work-threads': {
      type: 'string',
      value: 'N',
      description: `worker threads for checks and validations, 1 to ${MAX_WORK_THREADS}`,
      defaultText: 'ASSURED_WORK_THREADS, else one per available core, at most 16',
      example: '--work-threads 2',
    },
    quiet: { type: 'boolean', description: 'no request log', example: '--quiet' },
  },
  examples: ['assured serve --demo', 'DATABASE_URL=postgresql://localhost/assured assured serve --port 8080 --host 0.0.0.0'],
  notes: ['Environment: PORT, HOST, ASSURED_RATE_LIMIT, ASSURED_WORK_THREADS, LOG_LEVEL; DATABASE_URL for PostgreSQL; OPENAI_BASE_URL, OPENAI_API_KEY and ASSURED_MODEL for drafter "llm".'],
  async run({ values }, io) {
    const port = portOf(values.port, '--port') ?? portOf(io.env.PORT, 'PORT') ?? DEFAULT_PORT;
    const host = values.host ?? (io.env.HOST || DEFAULT_HOST);
    const limits = serveLimits(values, io.env);
    const db = await openDatabase(databaseOptions(io));
    let running;
    let demoKey: string | undefined;
    try {
      if (values.demo) demoKey = await seedDemo(db, io);
      const app = await buildApp({ db, logger: values.quiet ? false : { level: io.env.LOG_LEVEL ?? 'info' }, limits, llm: llmOptionsFromEnv(io.env) });
      running = await startServer({ app, port, host, onClose: () => db.close() });
    } catch (error) {
      await db.close();
      throw listenErrorAsInput(error, host, port);
    }
    io.stdout(`Assured API listening on ${running.url} (${db.kind} database at ${db.location}); web page at ${running.url}/, API docs at ${running.url}/docs`);
    if (demoKey) io.stdout(`Try: curl -H "Authorization: Bearer ${demoKey}" "${running.url}/v1/figures?period=2026-Q2"`);
    await running.closed;
    io.stdout('Assured API stopped.');
    return EXIT_OK;
  },
});
