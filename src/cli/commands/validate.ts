import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import type { ClaimsReport, ValidatedClaim } from '../../claims/claims-schema.js';
import { validateClaims } from '../../claims/validate-claims.js';
import type { EvidencePack } from '../../evidence/evidence-pack-schema.js';
import { InputError, readEvidencePack, readText } from '../read-input.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIO } from '../command.js';

const STATUS_ORDER = ['supported', 'standard', 'mismatch', 'unsupported'] as const;


function reference(claim: ValidatedClaim): string {
  const id = claim.figureId ?? claim.standardId;
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
  const counts = STATUS_ORDER.map((status) => `${report.claims.filter((claim) => claim.status === status).length} ${status}`);
  const total = report.claims.length;
  const verdict = report.ok ? 'every number is backed' : 'fix or remove the flagged numbers';
  lines.push(`${lines.length > 0 ? '\n' : ''}${total} claim${total === 1 ? '' : 's'}: ${counts.join(', ')} — ${verdict}`);
  return lines.join('\n');
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check every number in a draft against the evidence pack',
  usage: 'assured validate DRAFT.md --figures FIGURES.json [--format json|text]',
  async run(argv, io) {
    const usageError = (problem: string): number => {
      io.stderr(`assured validate: ${problem}\nusage: ${this.usage}`);
      return EXIT_USAGE;
    };
    let values: { figures?: string; format?: string };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { figures: { type: 'string' }, format: { type: 'string', default: 'text' } },
      }));
    } catch (error) {
      return usageError((error as Error).message);
    }
    if (positionals.length !== 1) return usageError('give exactly one draft file');
    if (!values.figures) return usageError('--figures FIGURES.json is required');
    if (values.format !== 'json' && values.format !== 'text') return usageError(`--format must be json or text (got "${values.format}")`);

    const draftName = positionals[0] ?? '';
    let text: string;
    let pack: EvidencePack;
    try {
      text = await readText(io, draftName);
      pack = await readEvidencePack(io, values.figures);
    } catch (error) {
      if (error instanceof InputError) {
        io.stderr(`assured validate: ${error.message}`);
        return EXIT_USAGE;
      }
      throw error;
    }

    const report = validateClaims({ text, pack, file: new VFile({ path: draftName, value: text }) });
    if (values.format === 'json') io.stdout(JSON.stringify({ claims: report.claims }, null, 2));
    else io.stdout(formatClaimsText(draftName, report));
    return report.ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
