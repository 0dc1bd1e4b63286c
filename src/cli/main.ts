/**
 * `assured <command>`: finds the command module, runs it, maps input errors to exit code 2 and
 * every other failure to exit code 3 with one line; the stack trace only with --debug.
 */
import { isAppError, type AppErrorCode } from '../shared/app-error.js';
import { EXIT_FAILURE, EXIT_USAGE, type CliCommand, type CliIO } from './command.js';
import { commands } from './registry.js';

function helpText(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'assured: dated, sourced involvement evidence for UK social care tenders',
    '',
    'usage: assured <command> [options]     (also: npm run --silent cli -- <command>)',
    '',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `assured <command> --help` for a command\'s options; add --debug to any command to see stack traces.',
    'Exit codes: 0 ok, 1 findings, 2 usage or input error, 3 failure not caused by the input (database or internal).',
  ].join('\n');
}

function findCommand(argv: string[]): { command: CliCommand; rest: string[] } | undefined {
  const twoWords = argv.slice(0, 2).join(' ');
  const byTwo = commands.find((command) => command.name === twoWords);
  if (byTwo) return { command: byTwo, rest: argv.slice(2) };
  const byOne = commands.find((command) => command.name === argv[0]);
  return byOne ? { command: byOne, rest: argv.slice(1) } : undefined;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Codes that are not the user's input to fix: the database, the model service, or a fault here. */
const FAILURE_CODES: ReadonlySet<AppErrorCode> = new Set(['DATABASE', 'MODEL', 'INTERNAL']);

const DEBUG_FLAG = '--debug';
const DEBUG_HINT = `Run again with ${DEBUG_FLAG} for details.`;

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

export async function main(rawArgv: string[], io: CliIO = processIO()): Promise<number> {
  const { argv, debug } = takeDebugFlag(rawArgv);
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(helpText());
    return argv.length === 0 ? EXIT_USAGE : 0;
  }
  const found = findCommand(argv);
  if (!found) {
    io.stderr(`assured: unknown command "${argv.slice(0, 2).join(' ')}"\n\n${helpText()}`);
    return EXIT_USAGE;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    io.stdout(`${found.command.summary}\n\nusage: ${found.command.usage}`);
    return 0;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (error) {
    const debugDetails = debug ? `\n\n${describeForDebug(error)}` : '';
    if (isAppError(error) && !FAILURE_CODES.has(error.code)) {
      io.stderr(`assured ${found.command.name}: ${error.message}${debugDetails}`);
      return EXIT_USAGE;
    }
    if (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`assured ${found.command.name}: ${error.message}\nusage: ${found.command.usage}${debugDetails}`);
      return EXIT_USAGE;
    }
    io.stderr(formatFailure(error, { command: found.command.name, debug }));
    return EXIT_FAILURE;
  }
}
