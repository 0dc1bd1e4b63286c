/**
 * Runs the checker and the claim validator on worker threads, so one request's text work never
 * blocks the event loop that answers every other request. Each task has a time budget counted
 * from when it is queued (once the pool has started): past it, a running task's thread is
 * terminated (and replaced) and a queued one is dropped. The queue is bounded: when it is full
 * the caller is told to retry. Tasks wait in this class's own queue, in arrival order, and piscina
 * is given one only when a thread is free: piscina's queue sends a task that carries an abort
 * signal (all of ours do, for the budget) to the back, behind later ones, whenever it finds every
 * thread busy, and under sustained load some waited out their whole budget while newer ones ran.
 */
import { once } from 'node:events';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { AppError, isAppError } from '../shared/app-error.js';
import type { CheckReport } from './check-schema.js';
import type { CheckTask, TaskOutcome, TextWorkName, ValidateResult, ValidateTask } from './text-work.js';
import { valueOf } from './text-work.js';

const WORKER_FILE = fileURLToPath(new URL('./text-work-worker.cjs', import.meta.url));
const WARM_UP_TEXT = 'We involve families in reviews.';
/** Longest a task waits for a thread to start (after a stopped task's thread is replaced). */
const THREAD_START_WAIT_MS = 60_000;

export interface TextWorkPoolOptions {
  /** Worker threads, started at once (default: the CPUs available to this process, at most 16). */
  threads?: number;
  /** Tasks waiting for a thread before callers are turned away. */
  queue: number;
  /** Longest a task may take, waiting included, in milliseconds. */
  timeBudgetMs: number;
  /** Heap limit of each worker, in megabytes. */
  memoryMb: number;
  /** Where the pool reports a worker that failed outside any task. */
  onError?: (error: unknown) => void;
}

/**
 * One worker per core this process may use, so checks scale with the machine (the serving
 * thread mostly waits on I/O); at most 16, since each worker holds its own copy of the models.
 */
export function defaultWorkThreads(): number {
  return Math.max(1, Math.min(16, os.availableParallelism()));
}

const WHAT: Readonly<Record<TextWorkName, string>> = { check: 'check', checkJson: 'check', validate: 'validation', validateJson: 'validation' };

/** A task waiting for a thread: `start` hands it one, `refuse` answers it without running it. */
interface WaitingTask {
  start: () => void;
  refuse: (error: unknown) => void;
}

export class TextWorkPool {
  private readonly pool: Piscina;
  private readonly threads: number;
  /** Settles once every thread has loaded the checker; budgets start after it. */
  private readonly started: Promise<void>;
  /** Threads that have warmed up and not been stopped; a replacement joins once it has warmed up. */
  private readonly readyThreads = new Set<unknown>();
  private waitingForThread = 0;
  /** Tasks waiting for a thread, oldest first. */
  private readonly waiting: WaitingTask[] = [];
  /** Tasks handed to piscina and not yet settled: never more than there are threads. */
  private running = 0;
  private closing = false;

  constructor(private readonly options: TextWorkPoolOptions) {
    this.threads = options.threads ?? defaultWorkThreads();
    this.pool = new Piscina({
      filename: WORKER_FILE,
      minThreads: this.threads,
      maxThreads: this.threads,
      maxQueue: options.queue,
      // The worker registers its own TypeScript loader; inheriting the parent's flags would load it twice.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    });
    // Without a listener, a worker failing between tasks would be an uncaught 'error' event.
    this.pool.on('error', (error: unknown) => options.onError?.(error));
    this.pool.on('workerCreate', (thread: unknown) => this.readyThreads.add(thread));
    this.pool.on('workerDestroy', (thread: unknown) => this.readyThreads.delete(thread));
    this.pool.setMaxListeners(options.queue + 10);
    this.started = this.warmUp().catch((error: unknown) => {
      if (!this.closing) options.onError?.(error);
    });
  }

  check(task: CheckTask): Promise<CheckReport> {
    return this.run<CheckReport>('check', task);
  }

  /** The report as JSON text of the documented shape, validated and serialised on the worker thread. */
  checkJson(task: CheckTask): Promise<string> {
    return this.run<string>('checkJson', task);
  }

  validate(task: ValidateTask): Promise<ValidateResult> {
    return this.run<ValidateResult>('validate', task);
  }

  /** The validation result as JSON text, serialised on the worker thread. */
  validateJson(task: ValidateTask): Promise<string> {
    return this.run<string>('validateJson', task);
  }

  /** Resolves once every thread has started (a thread warms up before it takes work). */
  ready(): Promise<void> {
    return this.started;
  }

  private async warmUp(): Promise<void> {
    await Promise.all(Array.from({ length: this.threads }, () => this.pool.run({ text: WARM_UP_TEXT }, { name: 'check' })));
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const task of this.waiting.splice(0)) task.refuse(this.shuttingDown());
    await this.pool.destroy();
  }

  private async run<T>(name: TextWorkName, task: CheckTask | ValidateTask): Promise<T> {
    if (this.closing) throw this.shuttingDown();
    if (this.waiting.length + this.waitingForThread >= this.options.queue) throw this.overloaded(name);
    this.waitingForThread += 1;
    try {
      await this.untilAThreadIsReady();
    } finally {
      this.waitingForThread -= 1;
    }
    const signal = AbortSignal.timeout(this.options.timeBudgetMs);
    await this.turnFor(name, signal);
    try {
      return valueOf((await this.pool.run(task, { name, signal })) as TaskOutcome<T>);
    } catch (error) {
      throw this.failure(error, name, signal);
    } finally {
      // piscina has freed the thread before it settles the task, so the next one finds it free.
      this.running -= 1;
      this.startWaiting();
    }
  }

  /** Resolves when the task may have a thread; rejects if its budget ends or the pool closes first. */
  private turnFor(name: TextWorkName, signal: AbortSignal): Promise<void> {
    if (this.closing) return Promise.reject(this.shuttingDown());
    if (this.running < this.threads && this.waiting.length === 0) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onBudgetEnd = () => {
        this.waiting.splice(this.waiting.indexOf(waitingTask), 1);
        reject(this.overBudget(name, signal.reason));
      };
      const waitingTask: WaitingTask = {
        start: () => {
          signal.removeEventListener('abort', onBudgetEnd);
          this.running += 1;
          resolve();
        },
        refuse: (error) => {
          signal.removeEventListener('abort', onBudgetEnd);
          reject(error);
        },
      };
      signal.addEventListener('abort', onBudgetEnd, { once: true });
      this.waiting.push(waitingTask);
    });
  }

  private startWaiting(): void {
    while (!this.closing && this.running < this.threads && this.waiting.length > 0) this.waiting.shift()!.start();
  }

  /** A thread's start-up is not the task's fault, so the budget starts once one can take work. */
  private async untilAThreadIsReady(): Promise<void> {
    await this.started;
    if (this.readyThreads.size > 0) return;
    try {
      await once(this.pool, 'workerCreate', { signal: AbortSignal.timeout(THREAD_START_WAIT_MS) });
    } catch (error) {
      throw new AppError('OVERLOADED', `No worker thread started within ${THREAD_START_WAIT_MS / 1000} s to take this work; try again shortly.`, {
        details: { retryAfterSeconds: Math.ceil(this.options.timeBudgetMs / 1000) },
        cause: error,
      });
    }
  }

  private overloaded(name: TextWorkName): AppError {
    const retryAfterSeconds = Math.ceil(this.options.timeBudgetMs / 1000);
    return new AppError('OVERLOADED', `The server is busy: the queue for checks and validations is full (${this.options.queue} waiting), so this ${WHAT[name]} was not started. Try again in ${retryAfterSeconds} s.`, {
      details: { retryAfterSeconds },
    });
  }

  private shuttingDown(cause?: unknown): AppError {
    return new AppError('OVERLOADED', 'The server is shutting down; try again shortly.', { details: { retryAfterSeconds: 1 }, cause });
  }

  private overBudget(name: TextWorkName, cause: unknown): AppError {
    const seconds = this.options.timeBudgetMs / 1000;
    return new AppError('WORK_LIMIT', `The ${WHAT[name]} did not finish within its ${seconds} s budget and was stopped. Send a shorter text, or try again when the server is less busy.`, {
      cause,
    });
  }

  private failure(error: unknown, name: TextWorkName, signal: AbortSignal): unknown {
    if (isAppError(error)) return error;
    // Closing terminates the threads, and piscina fails their tasks with its own message.
    if (this.closing) return this.shuttingDown(error);
    if (error instanceof Error && error.name === 'AbortError') return signal.aborted ? this.overBudget(name, error) : this.shuttingDown(error);
    if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new AppError('WORK_LIMIT', `The ${WHAT[name]} needed more than its ${this.options.memoryMb} MB of memory and was stopped. Send a shorter text.`, { cause: error });
    }
    // Piscina's own check of the queue, should a task slip past ours.
    if (error instanceof Error && /queue is at limit|no task queue available/i.test(error.message)) return this.overloaded(name);
    return error;
  }
}
