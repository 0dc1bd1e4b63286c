import { parseArgs } from 'node:util';
import { computeFigures } from '../../evidence/compute-figures.js';
import type { FiguresResult } from '../../evidence/figures-schema.js';
import { formatFigureValue, formatFraction, formatStandard } from '../../evidence/format-figure.js';
import { AppError } from '../../shared/app-error.js';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { formatTable } from '../format-table.js';
import { withDatabase } from '../with-database.js';

export function formatFiguresTable(result: FiguresResult): string {
  const rows = result.figures.map((figure) => [
    figure.id,
    figure.value === null ? 'unavailable' : formatFigureValue(figure, figure.value),
    formatFraction(figure) ?? '',
    figure.previous === undefined || figure.previous === null ? '' : `${formatFigureValue(figure, figure.previous)} → ${formatFigureValue(figure, figure.value)}`,
    [figure.smallSample ? 'small sample' : '', figure.unavailableReason ? 'no data' : ''].filter(Boolean).join(', '),
  ]);
  const lines = [
    `${result.organisation.name}: ${result.place}, ${result.period.human} (previous: ${result.previousPeriod.human})`,
    '',
    formatTable(['figure', 'value', 'of', 'trend', 'note'], rows),
    '',
    'Sources:',
    ...result.figures.map((figure) => `  ${figure.id}: ${figure.unavailableReason ?? figure.source}`),
    '',
    'Standards:',
    ...result.standards.map((standard) => `  ${standard.id}: ${standard.label} ${formatStandard(standard)}`),
  ];
  if (result.caseExamples) {
    lines.push('', 'Case examples (consented, verified):');
    for (const example of result.caseExamples) {
      lines.push(`  ${example.service}, ${example.domain}: ${example.measure} ${example.before} → ${example.after} in ${example.weeksTaken} weeks (verified ${example.verifiedOn} by ${example.verifiedBy})`);
    }
  }
  return lines.join('\n');
}

export const figuresCommand: CliCommand = {
  name: 'figures',
  summary: 'Dated, sourced figures with place anchors for a period',
  usage: 'assured figures --period 2026-Q2 [--service NAME...] [--org SLUG] [--cases N] [--format json|table]',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        period: { type: 'string' },
        service: { type: 'string', multiple: true },
        org: { type: 'string' },
        cases: { type: 'string' },
        format: { type: 'string', default: 'table' },
      },
    });
    if (!values.period) {
      io.stderr(`assured figures: --period is required (e.g. 2026-Q2, 2026-05, FY2025-26, 2026-04-01..2026-06-30)\nusage: ${this.usage}`);
      return EXIT_USAGE;
    }
    if (values.format !== 'json' && values.format !== 'table') throw new AppError('INVALID_INPUT', `--format must be json or table (got "${values.format}")`);
    const cases = values.cases === undefined ? undefined : Number(values.cases);
    if (cases !== undefined && (!Number.isInteger(cases) || cases < 0 || cases > 20)) throw new AppError('INVALID_INPUT', `--cases must be a whole number from 0 to 20 (got "${values.cases}")`);
    const result = await withDatabase(io, (db) => computeFigures({ db, period: values.period!, services: values.service, organisation: values.org, cases }));
    io.stdout(values.format === 'json' ? JSON.stringify(result, null, 2) : formatFiguresTable(result));
    return EXIT_OK;
  },
};
