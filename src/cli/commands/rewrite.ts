import { parseArgs } from 'node:util';
import { rewriteDraft } from '../../drafting/rewrite-draft.js';
import type { Rewrite } from '../../section/section-schema.js';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { withDatabase } from '../with-database.js';
import { InputError, readText } from '../read-input.js';

export function formatRewritesText(draftName: string, rewrites: readonly Rewrite[]): string {
  if (rewrites.length === 0) return `${draftName}: no vague or tokenistic sentences to rewrite`;
  return rewrites
    .map((rewrite) => [`${draftName}:${rewrite.line}:${rewrite.column} [${rewrite.category}/${rewrite.ruleId}]`, `  before: ${rewrite.before}`, `  after:  ${rewrite.after}`].join('\n'))
    .join('\n\n');
}

export const rewriteCommand: CliCommand = {
  name: 'rewrite',
  summary: "Before/after rewrites of a draft's vague or tokenistic sentences, from the organisation's figures",
  usage: 'assured rewrite DRAFT.md --period 2026-Q2 [--service NAME...] [--org SLUG] [--format json|text]',
  async run(argv, io) {
    try {
      let parsed;
      try {
        parsed = parseArgs({
          args: argv,
          allowPositionals: true,
          options: { period: { type: 'string' }, service: { type: 'string', multiple: true }, org: { type: 'string' }, format: { type: 'string', default: 'text' } },
        });
      } catch (error) {
        throw new InputError((error as Error).message);
      }
      const { values, positionals } = parsed;
      if (positionals.length !== 1) throw new InputError(positionals.length === 0 ? 'missing DRAFT.md' : `expected one draft, got ${positionals.length}`);
      if (!values.period) throw new InputError('--period is required (e.g. 2026-Q2)');
      if (values.format !== 'text' && values.format !== 'json') throw new InputError(`--format must be json or text, got "${values.format}"`);
      const text = await readText(io, positionals[0]!);
      const rewrites = await withDatabase(io, (db) =>
        rewriteDraft({ db, period: values.period!, text, ...(values.org ? { organisation: values.org } : {}), ...(values.service ? { services: values.service } : {}) }),
      );
      io.stdout(values.format === 'json' ? JSON.stringify({ rewrites }, null, 2) : formatRewritesText(positionals[0]!, rewrites));
      return EXIT_OK;
    } catch (error) {
      if (error instanceof InputError) {
        io.stderr(`assured rewrite: ${error.message}\nusage: ${rewriteCommand.usage}`);
        return EXIT_USAGE;
      }
      throw error;
    }
  },
};
