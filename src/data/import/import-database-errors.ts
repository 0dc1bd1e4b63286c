/**
 * Turns a database failure during an import into a coded error with a plain message. A raw
 * Prisma error would reach the user as a stack trace or a 500; these say what happened and
 * what to do, and keep the original as `cause` for the logs.
 */
import { Prisma } from '../../generated/prisma/client.js';
import { AppError } from '../../shared/app-error.js';

/** Prisma and PostgreSQL codes meaning "another import got there first or is still running". */
const CONFLICT_CODES: Readonly<Record<string, string>> = {
  // Prisma: unique constraint failed.
  P2002: 'another import wrote the same rows at the same time',
  // Prisma: foreign key constraint failed.
  P2003: 'a row it refers to changed while it was being imported',
  // Prisma: the transaction could not start or ran out of time (waiting behind another import).
  P2028: 'another import for this organisation is still running',
  // Prisma: write conflict or deadlock; retrying succeeds.
  P2034: 'another import for this organisation changed the same rows',
  // PostgreSQL: lock_not_available (lock_timeout while waiting for another import).
  '55P03': 'another import for this organisation is still running',
  // PostgreSQL: serialization_failure, deadlock_detected, unique_violation, foreign_key_violation.
  '40001': 'another import for this organisation changed the same rows',
  '40P01': 'another import for this organisation changed the same rows',
  '23505': 'another import wrote the same rows at the same time',
  '23503': 'a row it refers to changed while it was being imported',
};

/** Codes meaning "a value in the files does not fit the database": the input's fault, not the server's. */
const REFUSED_VALUE_CODES: ReadonlySet<string> = new Set([
  'P2000', // value too long for the column
  'P2004', // a constraint on the database failed
  'P2011', // null constraint violation
  'P2020', // value out of range for the type
  '22001', // string_data_right_truncation
  '22003', // numeric_value_out_of_range
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22P02', // invalid_text_representation
  '23502', // not_null_violation
  '23514', // check_violation
]);

/** PostgreSQL's SQLSTATE when Prisma passes it through (raw queries report it in meta). */
function sqlStateOf(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
  const candidates = [meta?.code, meta?.driverAdapterError?.cause?.originalCode];
  return candidates.find((code): code is string => typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code));
}

export function importDatabaseError(error: unknown, organisation: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const expired = expiredTransactionLimit(error);
    if (expired) {
      return new AppError(
        'DATABASE',
        `The import for ${organisation} was not applied: writing it took longer than the ${expired} one import may take. Nothing from this import was written; import the files in smaller parts, or when the server is less busy.`,
        { cause: error },
      );
    }
    const reason = CONFLICT_CODES[error.code] ?? CONFLICT_CODES[sqlStateOf(error) ?? ''];
    if (reason) {
      return new AppError('CONFLICT', `The import for ${organisation} was not applied: ${reason}. Nothing from this import was written; send it again.`, {
        cause: error,
      });
    }
    if (REFUSED_VALUE_CODES.has(error.code) || REFUSED_VALUE_CODES.has(sqlStateOf(error) ?? '')) {
      return new AppError('INVALID_INPUT', `The import for ${organisation} was not applied: the database refused a value (${databaseReason(error)}). Nothing from this import was written.`, {
        cause: error,
      });
    }
  }
  return new AppError('DATABASE', `The import for ${organisation} was not applied: the database could not complete it (${databaseReason(error)}). Nothing from this import was written.`, {
    cause: error,
  });
}

/**
 * The time allowed, when the transaction expired while the import was writing (P2028 with the
 * time it took). P2028 without it is a transaction that could not start: waiting behind another import.
 */
function expiredTransactionLimit(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const meta = error.meta as { timeout?: unknown; timeTaken?: unknown } | undefined;
  if (error.code !== 'P2028' || typeof meta?.timeout !== 'number' || typeof meta.timeTaken !== 'number' || !/expired transaction/i.test(error.message)) return undefined;
  const seconds = meta.timeout / 1000;
  return seconds >= 60 ? `${Math.round(seconds / 60)} minute${Math.round(seconds / 60) === 1 ? '' : 's'}` : `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** A short reason without query text or stack: the first line of the database's message. */
function databaseReason(error: unknown): string {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return `${error.code}: ${firstLine(error.message)}`;
  if (error instanceof Error) return firstLine(error.message);
  return 'unknown error';
}

function firstLine(message: string): string {
  const lines = message.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/^Invalid `.*` invocation/.test(line));
  return (lines[lines.length - 1] ?? 'unknown error').slice(0, 200);
}
