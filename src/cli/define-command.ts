/**
 * A command declares its arguments and flags once, as data; commander parses the command line
 * from that declaration (with "did you mean" for a mistyped flag) and writes `--help` from it,
 * listing every flag with its meaning, default and an example.
 */
import { Command, CommanderError, Option } from 'commander';
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIO } from './command.js';
import { InputError } from './read-input.js';
import { reportInputError, wantsJson } from './report-error.js';

interface FlagBase {
  /** What the flag does, as a phrase. */
  description: string;
  /** One example of the flag in use, e.g. "--period 2026-Q2". */
  example: string;
  /** What happens without the flag, when that is not simply a default value ("every service"). */
  defaultText?: string;
  short?: string;
}
export interface TextFlag extends FlagBase {
  type: 'string';
  /** The placeholder for the value in help, e.g. "PERIOD". */
  value: string;
  default?: string;
  multiple?: false;
}
export interface ListFlag extends FlagBase {
  type: 'string';
  value: string;
  /** The flag may be repeated; each value is kept. */
  multiple: true;
}
export interface SwitchFlag extends FlagBase {
  type: 'boolean';
}
export type FlagSpec = TextFlag | ListFlag | SwitchFlag;
export type FlagSpecs = Record<string, FlagSpec>;

/** Values keyed by the flag's long name, as typed as the declaration allows. */
export type FlagValues<F extends FlagSpecs> = {
  [K in keyof F]: F[K] extends SwitchFlag ? boolean : F[K] extends ListFlag ? string[] | undefined : F[K] extends { default: string } ? string : string | undefined;
};

export interface ArgumentSpec {
  name: string;
  description: string;
  /** More than one may be given. */
  variadic?: boolean;
}

export interface ParsedCommandLine<F extends FlagSpecs> {
  values: FlagValues<F>;
  /** Every argument that is not a flag, in order; the command checks how many it needs. */
  positionals: string[];
}

export interface CommandSpec<F extends FlagSpecs> {
  /** e.g. "validate", or "db migrate" for a two-word command. */
  name: string;
  summary: string;
  /** One line: `assured <name> ARGS [--flag VALUE]…`. */
  usage: string;
  arguments?: readonly ArgumentSpec[];
  flags: F;
  /** Whole command lines, shown under "Examples:". */
  examples: readonly string[];
  /** Further lines for the help (environment variables, what is written where). */
  notes?: readonly string[];
  run: (input: ParsedCommandLine<F>, io: CliIO) => Promise<number>;
}

const DEFAULT_HELP_WIDTH = 100;

/** Thrown by the parser when --help was asked for: the help is the answer, exit 0. */
class HelpRequested extends Error {
  constructor(readonly text: string) {
    super('help requested');
  }
}

function flagsText(name: string, flag: FlagSpec): string {
  const long = `--${name}${flag.type === 'string' ? ` <${flag.value}>` : ''}`;
  return flag.short ? `-${flag.short}, ${long}` : long;
}

/** "meaning (default: X; e.g. --flag value)": the help line of one flag. */
function describeFlag(flag: FlagSpec): string {
  const fallback = flag.defaultText ?? (flag.type === 'boolean' ? 'off' : flag.multiple ? undefined : flag.default);
  return `${flag.description} (${fallback !== undefined ? `default: ${fallback}; ` : ''}e.g. ${flag.example})`;
}

function buildParser(spec: CommandSpec<FlagSpecs>, io: CliIO | undefined): { command: Command; options: Map<string, Option> } {
  const command = new Command(`assured ${spec.name}`)
    .description(spec.summary)
    .usage(spec.usage.replace(`assured ${spec.name}`, '').trim() || '[options]')
    .exitOverride()
    .showSuggestionAfterError(true)
    .allowExcessArguments((spec.arguments?.length ?? 0) > 0)
    .configureOutput({
      writeOut: () => undefined,
      writeErr: () => undefined,
      outputError: () => undefined,
      getOutHelpWidth: () => io?.columns ?? DEFAULT_HELP_WIDTH,
      getErrHelpWidth: () => io?.columns ?? DEFAULT_HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .helpOption('-h, --help', 'show this help')
    // Defaults are part of each flag's description (describeFlag), so commander does not add its own.
    .configureHelp({ optionDescription: (option) => option.description });
  for (const argument of spec.arguments ?? []) command.argument(`[${argument.name}${argument.variadic ? '...' : ''}]`, argument.description);
  const options = new Map<string, Option>();
  for (const [name, flag] of Object.entries(spec.flags)) {
    const option = new Option(flagsText(name, flag), describeFlag(flag));
    if (flag.type === 'string' && flag.multiple) {
      option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
    } else if (flag.type === 'string' && flag.default !== undefined) {
      option.default(flag.default);
    } else if (flag.type === 'boolean') {
      option.default(false);
    }
    command.addOption(option);
    options.set(name, option);
  }
  // Every command accepts --debug (main.ts takes it off before the command runs).
  command.addOption(new Option('--debug', 'print the stack trace when something fails (any command)'));
  const examples = spec.examples.map((example) => `  ${example}`);
  command.addHelpText('after', ['', 'Examples:', ...examples, ...(spec.notes?.length ? ['', ...spec.notes] : [])].join('\n'));
  return { command, options };
}

/** "error: unknown option '--dryrun'\n(Did you mean --dry-run?)" → "unknown option '--dryrun'; did you mean `--dry-run`?" */
export function commanderMessage(message: string): string {
  return message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (one of )?(.+)\?\)$/, (_match, oneOf: string | undefined, names: string) =>
      `; did you mean ${oneOf ?? ''}${names.split(', ').map((name) => `\`${name}\``).join(', ')}?`,
    );
}

export function parseCommandLine<F extends FlagSpecs>(spec: CommandSpec<F>, argv: readonly string[], io?: CliIO): ParsedCommandLine<F> {
  const { command, options } = buildParser(spec as unknown as CommandSpec<FlagSpecs>, io);
  let helpText = '';
  command.configureOutput({ writeOut: (text) => (helpText += text) });
  try {
    command.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed') throw new HelpRequested(helpText);
      throw new InputError(commanderMessage(error.message));
    }
    throw error;
  }
  const values: Record<string, unknown> = {};
  for (const [name, option] of options) values[name] = command.getOptionValue(option.attributeName());
  return { values: values as FlagValues<F>, positionals: [...command.args] };
}

/** The help `assured <command> --help` prints. */
export function commandHelp(spec: CommandSpec<FlagSpecs>, io?: CliIO): string {
  return buildParser(spec, io).command.helpInformation().trimEnd();
}

export function defineCommand<const F extends FlagSpecs>(spec: CommandSpec<F>): CliCommand {
  const report = (io: CliIO, error: InputError, json: boolean): number => {
    reportInputError(io, { command: spec.name, usage: spec.usage, message: error.message, json });
    return EXIT_USAGE;
  };
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    help: () => commandHelp(spec as unknown as CommandSpec<FlagSpecs>),
    async run(argv, io) {
      let parsed: ParsedCommandLine<F>;
      try {
        parsed = parseCommandLine(spec, argv, io);
      } catch (error) {
        if (error instanceof HelpRequested) {
          io.stdout(error.text.trimEnd());
          return EXIT_OK;
        }
        if (error instanceof InputError) return report(io, error, wantsJson(argv));
        throw error;
      }
      try {
        return await spec.run(parsed, io);
      } catch (error) {
        if (error instanceof InputError) return report(io, error, (parsed.values as { format?: unknown }).format === 'json');
        throw error;
      }
    },
  };
}
