/**
 * `assured <command>`: commander finds the command (suggesting the nearest name for a mistyped
 * one) and answers --help and --version; the command parses its own flags. Input errors exit 2,
 * every other failure exits 3 with one line; the stack trace only with --debug.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIO } from './command.js';
import { commanderMessage } from './define-command.js';
import { reportInputError, reportThrown, takeDebugFlag, wantsJson } from './report-error.js';

export { describeForDebug, formatFailure, oneLineReason, takeDebugFlag } from './report-error.js';

/** Tables and help wrap to this width when stdout is not a terminal. */
export const DEFAULT_COLUMNS = 100;

export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'assured: dated, sourced involvement evidence for UK social care tenders',
    '',
    'usage: assured <command> [options]     (also: npm run --silent cli -- <command>)',
    '',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `assured <command> --help` for a command\'s options; add --debug to any command to see stack traces.',
    '`assured --version` prints the version. With --format json, errors are a JSON problem object on stderr.',
    'Exit codes: 0 ok, 1 findings, 2 usage or input error, 3 failure not caused by the input (database or internal).',
  ].join('\n');
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    cwd: process.cwd(),
    env: process.env,
    columns: process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : DEFAULT_COLUMNS,
  };
}

/**
 * Resolves once everything written to stdout and stderr has reached the pipe, file or terminal,
 * so an explicit process.exit afterwards cuts nothing off (a pipe takes 64 KiB at a time; the
 * rest waits in Node's buffer). A reader that went away (EPIPE) ends the wait too.
 */
export async function flushStandardStreams(): Promise<void> {
  const flush = (stream: NodeJS.WriteStream) =>
    new Promise<void>((resolve) => {
      if (stream.destroyed || stream.writableLength === 0) return resolve();
      const done = () => {
        stream.off('error', done);
        resolve();
      };
      stream.once('error', done);
      stream.write('', done);
    });
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
}

/** Command groups ("db", "org", "key") and single commands as commander commands that only pick the command. */
function dispatcher(commands: readonly CliCommand[], onPick: (command: CliCommand, rest: string[]) => void): Command {
  const program = new Command('assured')
    .exitOverride()
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .helpOption(false)
    .helpCommand(false)
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined });
  const groups = new Map<string, Command>();
  for (const command of commands) {
    const words = command.name.split(' ');
    let parent = program;
    if (words.length === 2) {
      const group = groups.get(words[0]!) ?? program.command(words[0]!).exitOverride().helpOption(false).helpCommand(false);
      group.configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined });
      groups.set(words[0]!, group);
      parent = group;
    }
    parent
      .command(words.at(-1)!)
      .description(command.summary)
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .passThroughOptions()
      .argument('[arguments...]')
      .action((rest: string[]) => onPick(command, rest));
  }
  return program;
}

/**
 * Runs one command line. `known` is every command (the registry, loaded here) unless the caller
 * names fewer: the capped import child (import-main.ts) loads only the import command's modules.
 */
export async function main(rawArgv: string[], io: CliIO = processIO(), known?: readonly CliCommand[]): Promise<number> {
  const commands = known ?? (await import('./registry.js')).commands;
  const { argv, debug } = takeDebugFlag(rawArgv);
  const json = wantsJson(argv);
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || (argv[0] === 'help' && argv.length === 1)) {
    io.stdout(helpText(commands));
    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  if (argv[0] === '--version' || argv[0] === '-V') {
    io.stdout(version());
    return EXIT_OK;
  }
  // `assured help check` is `assured check --help`.
  const words = argv[0] === 'help' ? [...argv.slice(1), '--help'] : argv;

  let picked: { command: CliCommand; rest: string[] } | undefined;
  try {
    dispatcher(commands, (command, rest) => (picked = { command, rest })).parse(words, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    const group = commands.some((command) => command.name.startsWith(`${words[0]} `)) ? words[0] : undefined;
    const inGroup = (name: string) => `${group} ${name}`;
    let message = commanderMessage(error.message);
    if (group && error.code === 'commander.help') {
      message = `"${group}" needs one of: ${commands.filter((command) => command.name.startsWith(`${group} `)).map((command) => command.name).join(', ')}`;
    } else if (group && error.code === 'commander.unknownCommand') {
      // "unknown command 'lst'; did you mean `list`?" names the whole command: `org list`.
      message = message.replace(/'([^']*)'/, (_match, name: string) => `'${inGroup(name)}'`).replace(/`([^`]*)`/g, (_match, name: string) => `\`${inGroup(name)}\``);
    }
    return reportInputError(io, { message, json, hint: 'Run `assured --help` to list the commands.' });
  }
  if (!picked) return reportInputError(io, { message: `unknown command "${words.join(' ')}"`, json, hint: 'Run `assured --help` to list the commands.' });

  const { command, rest } = picked;
  try {
    return await command.run(rest, { ...io, debug });
  } catch (error) {
    return reportThrown(io, error, { command: command.name, debug, json });
  }
}
