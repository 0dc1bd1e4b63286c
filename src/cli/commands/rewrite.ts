import { rewriteDraft } from '../../drafting/rewrite-draft.js';
import type { Rewrite } from '../../section/section-schema.js';
import { EXIT_OK } from '../command.js';
import { ORG_FLAG, PERIOD_FLAG, SERVICE_FLAG, TEXT_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { withDatabase } from '../with-database.js';
import { InputError, readText } from '../read-input.js';

export function formatRewritesText(draftName: string, rewrites: readonly Rewrite[]): string {
  if (rewrites.length === 0) return `${draftName}: no vague or tokenistic sentences to rewrite`;
  return rewrites
    .map((rewrite) => [`${draftName}:${rewrite.line}:${rewrite.column} [${rewrite.category}/${rewrite.ruleId}]`, `  before: ${rewrite.before}`, `  after:  ${rewrite.after}`].join('\n'))
    .join('\n\n');
}

export const rewriteCommand = defineCommand({
  name: 'rewrite',
  summary: "Before/after rewrites of a draft's vague or tokenistic sentences, from the organisation's figures",
  usage: 'assured rewrite DRAFT.md --period 2026-Q2 [--service NAME...] [--org SLUG] [--format json|text]',
  arguments: [{ name: 'DRAFT.md', description: 'the draft answer, as UTF-8 text or Markdown' }],
  flags: {
    period: PERIOD_FLAG,
    service: SERVICE_FLAG,
    org: ORG_FLAG,
    format: TEXT_FORMAT_FLAG,
  },
  examples: ['assured rewrite answer.md --period 2026-Q2'],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError(positionals.length === 0 ? 'missing DRAFT.md' : `expected one draft, got ${positionals.length}`);
    if (!values.period) throw new InputError('--period is required (e.g. 2026-Q2)');
    if (values.format !== 'text' && values.format !== 'json') throw new InputError(`--format must be json or text, got "${values.format}"`);
    const period = values.period;
    const text = await readText(io, positionals[0]!);
    const rewrites = await withDatabase(io, (db) =>
      rewriteDraft({ db, period, text, ...(values.org ? { organisation: values.org } : {}), ...(values.service ? { services: values.service } : {}) }),
    );
    io.stdout(values.format === 'json' ? JSON.stringify({ rewrites }, null, 2) : formatRewritesText(positionals[0]!, rewrites));
    return EXIT_OK;
  },
});
