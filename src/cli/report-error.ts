/**
 * How the CLI tells a user something went wrong: one line on stderr saying what and where (the
 * stack trace only with --debug), or, with `--format json`, one problem object on stderr shaped
 * like the API's problem details (type, title, detail, code) plus the exit code. stdout carries
 * only a command's result, so a pipe into a JSON reader never receives an error in its place.
 */
import { PROBLEM_FOR_CODE, PROBLEM_TYPE_BASE, PROBLEMS } from '../api/problems.js';
import { isAppError, type AppErrorCode } from '../shared/app-error.js';
import { EXIT_FAILURE, EXIT_USAGE, type CliIO } from './command.js';

/** Codes that are not the user's input to fix: the database, the model service, or a fault here. */
const FAILURE_CODES: ReadonlySet<AppErrorCode> = new Set(['DATABASE', 'MODEL', 'INTERNAL']);

const DEBUG_FLAG = '--debug';
const DEBUG_HINT = `Run again with ${DEBUG_FLAG} for details.`;

export interface CliProblem {
  type: string;
  title: string;
  detail: string;
  code: AppErrorCode;
  /** The command that failed, e.g. "check" or "db migrate"; absent before a command was found. */
  command?: string;
  exitCode: number;
  usage?: string;
  /** The stack with its causes, only with --debug. */
  debug?: string;
}

/** `--format json` (or `--format=json`) appears among the flags, before any `--`. */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  return options.some((arg, index) => arg === '--format=json' || (arg === '--format' && options[index + 1] === 'json'));
}

/** Removes --debug (before any `--`), which every command accepts. */
export function takeDebugFlag(argv: string[]): { argv: string[]; debug: boolean } {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  const rest = end === -1 ? [] : argv.slice(end);
  const kept = options.filter((arg) => arg !== DEBUG_FLAG);
  return { argv: [...kept, ...rest], debug: kept.length !== options.length };
}

/** The stack with every `cause` below it, for --debug. */
export function describeForDebug(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth += 1) {
    parts.push(current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : safeString(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join('\nCaused by: ');
}

/**
 * One line saying what went wrong. Prisma puts the code location first and the reason last
 * ("Invalid `prisma.x.create()` invocation in …"), so its reason line is used.
 */
export function oneLineReason(error: unknown): string {
  const message = error instanceof Error ? error.message : safeString(error);
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  const line = (/^Invalid `.*` invocation/.test(lines[0] ?? '') ? lines.at(-1) : lines[0]) ?? '';
  const name = error instanceof Error ? error.name : '';
  const shown = !line ? name || 'unknown error' : name && name !== 'Error' && !line.startsWith(name) ? `${name}: ${line}` : line;
  return shown.length > 500 ? `${shown.slice(0, 500)}…` : shown;
}

function safeString(value: unknown): string {
  try {
    if (typeof value === 'object' && value !== null) {
      const json = JSON.stringify(value);
      const name = value.constructor?.name;
      return name && name !== 'Object' ? `${name} ${json}` : json;
    }
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** What a user sees for a failure that is not their input's fault; the stack only with --debug. */
export function formatFailure(error: unknown, options: { command?: string; debug: boolean }): string {
  const who = options.command ? `assured ${options.command}` : 'assured';
  const message = isAppError(error) ? error.message : `failed unexpectedly: ${oneLineReason(error)}`;
  return options.debug ? `${who}: ${message}\n\n${describeForDebug(error)}` : `${who}: ${message}\n${DEBUG_HINT}`;
}

function problem(code: AppErrorCode, detail: string, exitCode: number, extra: Partial<CliProblem>): CliProblem {
  const slug = PROBLEM_FOR_CODE[code];
  return { type: `${PROBLEM_TYPE_BASE}${slug}`, title: PROBLEMS[slug].title, detail, code, exitCode, ...extra };
}

function writeProblem(io: CliIO, value: CliProblem): void {
  io.stderr(JSON.stringify(value, null, 2));
}

/** A mistake in the arguments or an input file: the message, then the usage line. Exit code 2. */
export function reportInputError(io: CliIO, report: { command?: string; usage?: string; message: string; json: boolean; hint?: string }): number {
  const who = report.command ? `assured ${report.command}` : 'assured';
  if (report.json) {
    writeProblem(io, problem('INVALID_INPUT', report.message, EXIT_USAGE, { ...(report.command ? { command: report.command } : {}), ...(report.usage ? { usage: report.usage } : {}) }));
  } else {
    const next = report.usage ? `usage: ${report.usage}` : report.hint;
    io.stderr(`${who}: ${report.message}${next ? `\n${next}` : ''}`);
  }
  return EXIT_USAGE;
}

/**
 * An error a command threw: a domain error about the input is exit 2 with its message; the
 * database, the model service or a fault here is exit 3 with one line (stack with --debug).
 */
export function reportThrown(io: CliIO, error: unknown, options: { command: string; debug: boolean; json: boolean }): number {
  const byInput = isAppError(error) && !FAILURE_CODES.has(error.code);
  const exitCode = byInput ? EXIT_USAGE : EXIT_FAILURE;
  if (options.json) {
    const code: AppErrorCode = isAppError(error) ? error.code : 'INTERNAL';
    const detail = isAppError(error) ? error.message : `failed unexpectedly: ${oneLineReason(error)}`;
    writeProblem(io, problem(code, detail, exitCode, { command: options.command, ...(options.debug ? { debug: describeForDebug(error) } : {}) }));
  } else if (byInput) {
    io.stderr(`assured ${options.command}: ${error.message}${options.debug ? `\n\n${describeForDebug(error)}` : ''}`);
  } else {
    io.stderr(formatFailure(error, { command: options.command, debug: options.debug }));
  }
  return exitCode;
}
