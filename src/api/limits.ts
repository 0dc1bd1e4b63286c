import { z } from 'zod';

/** Most worker threads one server may be given for checks and validations. */
export const MAX_WORK_THREADS = 64;

/** Request limits of the API; every field can be overridden (tests and `serve` set some). */
export const ZApiLimitsSchema = z.object({
  /** Largest JSON body, in bytes (imports have their own, larger limit). */
  bodyBytes: z.number().int().positive().default(1024 * 1024),
  /** Largest uploaded file, in bytes; also the limit of a JSON import body. */
  uploadBytes: z.number().int().positive().default(10 * 1024 * 1024),
  /** Largest `mapping` field of a multipart import, in bytes (a saved mapping with its value lists runs to tens of kilobytes). */
  mappingBytes: z.number().int().positive().default(256 * 1024),
  /** Most files per import. */
  maxFiles: z.number().int().positive().default(20),
  /** Most data rows per imported file. */
  maxRows: z.number().int().positive().default(50_000),
  /** Uploads larger than this (bytes, all files together) run as an import job: 202 and a status to poll. */
  syncImportBytes: z.number().int().nonnegative().default(2 * 1024 * 1024),
  /** A running import job whose instance has not reported for this long is reported failed (nothing of it was committed). */
  importJobAbandonedAfterMs: z.number().int().positive().default(60_000),
  /** Longest draft text, in characters. */
  maxTextCharacters: z.number().int().positive().default(100_000),
  /** Requests per key per window. */
  rateLimitMax: z.number().int().positive().default(600),
  /**
   * Requests without a valid key per client address per window; past it, that address is refused
   * before its key is looked up, until the window passes (default: rateLimitMax).
   */
  rateLimitPerAddressMax: z.number().int().positive().optional(),
  rateLimitWindowMs: z.number().int().positive().default(60_000),
  /** Time allowed to receive a whole request (slow clients are cut off). */
  requestTimeoutMs: z.number().int().positive().default(30_000),
  /** Idle socket timeout. */
  connectionTimeoutMs: z.number().int().positive().default(120_000),
  /** Worker threads for checks and validations (default: the CPUs available, at most 16). */
  workThreads: z.number().int().positive().max(MAX_WORK_THREADS).optional(),
  /** Checks and validations waiting for a thread before more are answered 503 with Retry-After. */
  workQueue: z.number().int().positive().default(64),
  /** Longest one check or validation may take, waiting included; past it the work is stopped (503). */
  workTimeBudgetMs: z.number().int().positive().default(10_000),
  /** Heap limit of each worker thread, in megabytes. */
  workMemoryMb: z.number().int().min(64).default(512),
});
export type ApiLimits = z.infer<typeof ZApiLimitsSchema>;
export type ApiLimitsInput = z.input<typeof ZApiLimitsSchema>;
