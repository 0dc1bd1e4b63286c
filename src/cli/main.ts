/**
 * `assured <command>`: finds the command module, runs it, maps domain errors to exit code 2.
 */
import { isAppError } from '../shared/app-error.js';
import { EXIT_USAGE, type CliCommand, type CliIO } from './command.js';
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
    'Run `assured <command> --help` for a command\'s options. Exit codes: 0 ok, 1 findings, 2 usage or input error.',
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

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
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
    if (isAppError(error) && error.code !== 'INTERNAL') {
      io.stderr(`assured ${found.command.name}: ${error.message}`);
      return EXIT_USAGE;
    }
    if (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`assured ${found.command.name}: ${error.message}\nusage: ${found.command.usage}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
