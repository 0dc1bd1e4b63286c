/**
 * Domain error with a stable code. The API maps codes to HTTP status in one place;
 * the CLI maps them to exit code 2 (usage or input error).
 */
export type AppErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHORIZED'
  /** The caller is known but their role does not allow this, or a CSRF token is missing. */
  | 'FORBIDDEN'
  | 'IMPORT_REJECTED'
  | 'CALENDAR_OUT_OF_RANGE'
  | 'EXPORT_BLOCKED'
  /** A bid's answers disagree with each other and no one has allowed it with a reason. */
  | 'BID_INCONSISTENT'
  /** An Idempotency-Key already used with a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** An answer renders over the page limit per answer. */
  | 'PAGE_LIMIT_EXCEEDED'
  /** A page count needs LibreOffice, which is not installed or failed. */
  | 'RENDERER_UNAVAILABLE'
  | 'DATABASE'
  | 'MODEL'
  /** Too much work waiting already; the caller may retry later. */
  | 'OVERLOADED'
  /** Work exceeded its time or memory budget and was stopped. */
  | 'WORK_LIMIT'
  | 'INTERNAL';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: unknown;

  constructor(code: AppErrorCode, message: string, options: { details?: unknown; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
