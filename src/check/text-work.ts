/**
 * The CPU-bound text work a request may ask for, as plain data in and out so it can run on a
 * worker thread (see run-check-isolated.ts). A domain error crosses the thread boundary as its
 * code, message and details; anything else is rethrown as is.
 */
import type { ClaimsReport } from '../claims/claims-schema.js';
import { validateClaims } from '../claims/validate-claims.js';
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';
import { AppError, isAppError, type AppErrorCode } from '../shared/app-error.js';
import { checkDraft, type CheckDraftOptions } from './check-draft.js';
import { ZCheckReportSchema, type CheckReport } from './check-schema.js';

export type CheckTask = Omit<CheckDraftOptions, 'file'>;
export interface ValidateTask {
  text: string;
  pack: EvidencePack;
}
export type ValidateResult = Pick<ClaimsReport, 'claims' | 'ok'>;

/** What a task answers: its value, or the domain error it raised. */
export type TaskOutcome<T> = { value: T } | { appError: { code: AppErrorCode; message: string; details?: unknown } };

async function outcomeOf<T>(work: () => Promise<T> | T): Promise<TaskOutcome<T>> {
  try {
    return { value: await work() };
  } catch (error) {
    if (isAppError(error)) return { appError: { code: error.code, message: error.message, details: error.details } };
    throw error;
  }
}

/** The checker's report without its VFile, which is not needed outside this thread. */
export async function checkReport(options: CheckTask): Promise<CheckReport> {
  const { messages, summary } = await checkDraft(options);
  return { messages, summary };
}

/**
 * The report as JSON text of the API's documented shape: validated against its schema (which
 * drops anything it does not list), as the API's serializer would, but once per draft and off the
 * serving thread.
 */
export async function checkReportJson(options: CheckTask): Promise<string> {
  return JSON.stringify(ZCheckReportSchema.parse(await checkReport(options)));
}

export function validationResult(options: ValidateTask): ValidateResult {
  const { claims, ok } = validateClaims(options);
  return { claims, ok };
}

export function valueOf<T>(outcome: TaskOutcome<T>): T {
  if ('appError' in outcome) throw new AppError(outcome.appError.code, outcome.appError.message, { details: outcome.appError.details });
  return outcome.value;
}

/** Loads and compiles the checker and the validator (the first call of each is slow). */
export async function warmUpTextWork(): Promise<void> {
  const text = '## Reviews\n\nWe involve families in reviews: 5 of 6 said they felt heard.';
  await checkReport({ text });
  validationResult({ text, pack: { figures: [], standards: [] } });
}

/** Entry points of the worker thread (text-work-worker.cjs exports these by name). */
export const textWorkTasks = {
  check: (options: CheckTask): Promise<TaskOutcome<CheckReport>> => outcomeOf(() => checkReport(options)),
  checkJson: (options: CheckTask): Promise<TaskOutcome<string>> => outcomeOf(() => checkReportJson(options)),
  validate: (options: ValidateTask): Promise<TaskOutcome<ValidateResult>> => outcomeOf(() => validationResult(options)),
  /** The result as JSON text: a draft full of numbers has tens of thousands of claims, too many to serialise on the serving thread. */
  validateJson: (options: ValidateTask): Promise<TaskOutcome<string>> => outcomeOf(() => JSON.stringify(validationResult(options))),
};
export type TextWorkName = keyof typeof textWorkTasks;
