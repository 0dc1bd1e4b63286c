/**
 * Import jobs: a large upload is imported after its request has been answered (202 and a
 * Location to poll). The job's row in the database carries its phase and progress, refreshed
 * while it runs so that any API instance can tell a live job from one whose instance stopped.
 * The import itself is the synchronous one (one transaction; it yields to the event loop while
 * reading and checking), so a failed job has written nothing.
 */
import type { FastifyBaseLogger } from 'fastify';
import { failImportJob, finishImportJob, recordImportJobProgress, startImportJob } from '../access/import-runs.js';
import type { ImportFailure, ImportJobProgress } from '../access/list-schema.js';
import type { Database } from '../data/database.js';
import type { ImportProgress } from '../data/import/import-files.js';
import type { ImportReport } from '../data/import/import-schema.js';
import { isAppError } from '../shared/app-error.js';
import { PROBLEM_FOR_CODE, PROBLEMS } from './problems.js';

/** Progress is stored at most this often (and at every change of phase). */
const PROGRESS_EVERY_MS = 500;

export interface ImportJobOptions {
  organisationId: string;
  fileCount: number;
  /** Runs the import, telling its progress. */
  run: (onProgress: (progress: ImportProgress) => void) => Promise<ImportReport>;
}

/** The fault a job stopped on, worded as the synchronous import would have answered it. */
export function importFailureOf(error: unknown): ImportFailure {
  if (isAppError(error)) {
    const slug = PROBLEM_FOR_CODE[error.code];
    return { title: PROBLEMS[slug].title, status: PROBLEMS[slug].status, detail: error.message };
  }
  return { title: PROBLEMS['internal-error'].title, status: 500, detail: 'The import stopped on an unexpected fault, so nothing of it was written; send the files again, and quote the import id if it happens again.' };
}

export class ImportJobs {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly log: FastifyBaseLogger,
    /** How often a running job shows it is alive; well under the time after which it is reported abandoned. */
    private readonly heartbeatMs: number,
  ) {}

  /** Stores the job's row and starts it; returns its id once the row exists. */
  async start(options: ImportJobOptions): Promise<string> {
    const id = await startImportJob({ db: this.db, organisationId: options.organisationId, fileCount: options.fileCount });
    const job = this.runJob(id, options).finally(() => this.running.delete(job));
    this.running.add(job);
    return id;
  }

  /** Waits for the jobs still running (the server is closing). */
  async close(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async runJob(id: string, options: ImportJobOptions): Promise<void> {
    const progress: ImportJobProgress = { phase: 'queued', rowsRead: 0, rowsChecked: 0, rowsWritten: 0 };
    let storedAt = 0;
    let storing: Promise<void> = Promise.resolve();
    const store = () => {
      storedAt = Date.now();
      const snapshot = { ...progress };
      storing = storing.then(() => recordImportJobProgress({ db: this.db, id, progress: snapshot })).catch((error: unknown) => this.log.warn({ err: error, importId: id }, 'import progress not stored'));
    };
    const onProgress = (step: ImportProgress) => {
      const phaseChanged = step.phase !== progress.phase;
      if (step.phase === 'done') return;
      progress.phase = step.phase;
      if (step.phase === 'read') progress.rowsRead = step.rows;
      else if (step.phase === 'check') progress.rowsChecked = step.rows;
      else progress.rowsWritten = step.rows;
      if (step.total !== undefined) progress.rowsTotal = step.total;
      else delete progress.rowsTotal;
      if (phaseChanged || Date.now() - storedAt >= PROGRESS_EVERY_MS) store();
    };
    const heartbeat = setInterval(store, this.heartbeatMs);
    heartbeat.unref();
    try {
      // Let the request that started the job be answered first.
      await new Promise((resolve) => setImmediate(resolve));
      const report = await options.run(onProgress);
      clearInterval(heartbeat);
      await storing;
      await finishImportJob({ db: this.db, id, report });
    } catch (error) {
      clearInterval(heartbeat);
      await storing;
      const failure = importFailureOf(error);
      if (failure.status >= 500) this.log.error({ err: error, importId: id }, 'import job failed');
      await failImportJob({ db: this.db, id, problem: failure }).catch((stored: unknown) => this.log.error({ err: stored, importId: id }, 'import job failure not stored'));
    } finally {
      clearInterval(heartbeat);
    }
  }
}
