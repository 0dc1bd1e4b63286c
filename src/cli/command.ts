/**
 * Every CLI command is a module under src/cli/commands/ exporting a `CliCommand`, made with
 * `defineCommand` (define-command.ts) from a declaration of its arguments and flags: the same
 * declaration parses the command line and writes `--help`. A command calls one domain function
 * and formats its result. Exit codes: 0 ok, 1 findings, 2 usage or input error (including a
 * database folder another process holds), 3 failure not caused by the input (the database,
 * or a fault in Assured itself).
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Working directory for relative paths. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Width tables must fit in; the terminal's width, or a default when output is not a terminal. */
  columns?: number;
  /** --debug was given: failures show their stack trace. */
  debug?: boolean;
}

export interface CliCommand {
  /** e.g. "validate", or "db migrate" for a two-word command. */
  name: string;
  summary: string;
  usage: string;
  /** The text `assured <command> --help` prints. */
  help: () => string;
  run: (argv: string[], io: CliIO) => Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 3;
