/**
 * Every CLI command is a module under src/cli/commands/ exporting a `CliCommand`.
 * Commands parse their own flags (node:util parseArgs), call one domain function
 * and format its result. Exit codes: 0 ok, 1 findings, 2 usage or input error (including a
 * database folder another process holds), 3 failure not caused by the input (the database,
 * or a fault in Assured itself).
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Working directory for relative paths. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  /** e.g. "validate", or "db migrate" for a two-word command. */
  name: string;
  summary: string;
  usage: string;
  run: (argv: string[], io: CliIO) => Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 3;
