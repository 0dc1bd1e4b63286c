import { z } from 'zod';

/** Request limits of the API; every field can be overridden (tests and `serve` set some). */
export const ZApiLimitsSchema = z.object({
  /** Largest JSON body, in bytes (imports have their own, larger limit). */
  bodyBytes: z.number().int().positive().default(1024 * 1024),
  /** Largest uploaded file, in bytes; also the limit of a JSON import body. */
  uploadBytes: z.number().int().positive().default(10 * 1024 * 1024),
  /** Most files per import. */
  maxFiles: z.number().int().positive().default(20),
  /** Most data rows per imported file. */
  maxRows: z.number().int().positive().default(50_000),
  /** Longest draft text, in characters. */
  maxTextCharacters: z.number().int().positive().default(100_000),
  /** Requests per key (or per address, before authentication) per window. */
  rateLimitMax: z.number().int().positive().default(600),
  rateLimitWindowMs: z.number().int().positive().default(60_000),
  /** Time allowed to receive a whole request (slow clients are cut off). */
  requestTimeoutMs: z.number().int().positive().default(30_000),
  /** Idle socket timeout. */
  connectionTimeoutMs: z.number().int().positive().default(120_000),
});
export type ApiLimits = z.infer<typeof ZApiLimitsSchema>;
export type ApiLimitsInput = z.input<typeof ZApiLimitsSchema>;
