import { VFile } from 'vfile';
import type { ClaimsReport, ValidatedClaim } from '../../claims/claims-schema.js';
import { validateClaims } from '../../claims/validate-claims.js';
import { InputError, readEvidencePack, readText } from '../read-input.js';
import { EXIT_FINDINGS, EXIT_OK } from '../command.js';
import { defineCommand } from '../define-command.js';

const STATUS_ORDER = ['supported', 'standard', 'mismatch', 'unsupported', 'overstated', 'practised', 'partly', 'not-recorded', 'contradicted', 'declared', 'stale-declared'] as const;


function reference(claim: ValidatedClaim): string {
  const id = claim.figureId ?? claim.standardId ?? claim.declaredPracticeId;
  return id ? ` [${id}]` : '';
}

/** Linter-style lines, "draft.md:3:17  mismatch  … [figure-id]", then a summary line. */
export function formatClaimsText(draftName: string, report: ClaimsReport): string {
  const rows = report.claims.map((claim) => ({
    place: `${draftName}:${claim.line}:${claim.column}`,
    status: claim.status,
    text: `${claim.message}${reference(claim)}`,
  }));
  const placeWidth = Math.max(0, ...rows.map((row) => row.place.length));
  const statusWidth = Math.max(0, ...rows.map((row) => row.status.length));
  const lines = rows.map((row) => `${row.place.padEnd(placeWidth)}  ${row.status.padEnd(statusWidth)}  ${row.text}`);
  // The four number statuses always show; the others only when a claim has them.
  const counts = STATUS_ORDER.map((status, index) => ({ status, count: report.claims.filter((claim) => claim.status === status).length, always: index < 4 }))
    .filter((entry) => entry.always || entry.count > 0)
    .map((entry) => `${entry.count} ${entry.status}`);
  const total = report.claims.length;
  const verdict = report.ok ? 'every number is backed' : 'fix or remove the flagged numbers';
  lines.push(`${lines.length > 0 ? '\n' : ''}${total} claim${total === 1 ? '' : 's'}: ${counts.join(', ')} — ${verdict}`);
  return lines.join('\n');
}

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'Check every number in a draft against the evidence pack',
  usage: 'assured validate DRAFT.md --figures FIGURES.json [--format json|text]',
  arguments: [{ name: 'DRAFT.md', description: 'the draft answer, as UTF-8 text or Markdown' }],
  flags: {
    figures: { type: 'string', value: 'FIGURES.json', description: 'evidence pack written by figures --format json (required)', example: '--figures figures.json' },
    format: { type: 'string', value: 'FORMAT', default: 'text', description: 'text (linter-style lines) or json (the claims contract)', example: '--format json' },
  },
  examples: ['assured validate answer.md --figures figures.json', 'assured validate answer.md --figures figures.json --format json > claims.json'],
  notes: ['Exit codes: 0 every number is backed, 1 a number is mismatched or unsupported, 2 usage or input error.'],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError('give exactly one draft file');
    if (!values.figures) throw new InputError('--figures FIGURES.json is required');
    if (values.format !== 'json' && values.format !== 'text') throw new InputError(`--format must be json or text (got "${values.format}")`);

    const draftName = positionals[0]!;
    const text = await readText(io, draftName);
    const pack = await readEvidencePack(io, values.figures);
    const report = validateClaims({ text, pack, file: new VFile({ path: draftName, value: text }) });
    if (values.format === 'json') io.stdout(JSON.stringify({ claims: report.claims }, null, 2));
    else io.stdout(formatClaimsText(draftName, report));
    return report.ok ? EXIT_OK : EXIT_FINDINGS;
  },
});
