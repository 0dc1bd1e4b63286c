import { computeFigures } from '../../evidence/compute-figures.js';
import type { FiguresResult } from '../../evidence/figures-schema.js';
import { formatFigureValue, formatFraction, formatStandard } from '../../evidence/format-figure.js';
import { EXIT_OK } from '../command.js';
import { ORG_FLAG, PERIOD_FLAG, SERVICE_FLAG, TABLE_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { InputError } from '../read-input.js';
import { formatTable } from '../format-table.js';
import { withDatabase } from '../with-database.js';

/** Readable figures: labels, not ids (ids are in --format json, which validate reads). */
export function formatFiguresTable(result: FiguresResult, width?: number): string {
  const rows = result.figures.map((figure) => [
    figure.label,
    figure.value === null ? 'unavailable' : formatFigureValue(figure, figure.value),
    formatFraction(figure) ?? '',
    figure.previous === undefined || figure.previous === null ? '' : `${formatFigureValue(figure, figure.previous)} → ${formatFigureValue(figure, figure.value)}`,
    [figure.smallSample ? 'small sample' : '', figure.unavailableReason ? 'no data' : ''].filter(Boolean).join(', '),
  ]);
  const lines = [
    `${result.organisation.name}: ${result.place}, ${result.period.human} (previous: ${result.previousPeriod.human})`,
    '',
    formatTable(['figure', 'value', 'of', 'trend', 'note'], rows, width),
    '',
    'Sources:',
    ...result.figures.map((figure) => `  ${figure.label}: ${figure.unavailableReason ?? figure.source}`),
    '',
    'Standards:',
    ...result.standards.map((standard) => `  ${standard.label} ${formatStandard(standard)}`),
  ];
  const declared = result.declaredPractices ?? [];
  if (declared.length > 0) {
    lines.push('', `Practice library (in place for ${result.period.human}):`);
    for (const entry of declared) {
      const measure = entry.measure ? `; ${entry.measure.count} of ${entry.measure.of} ${entry.measure.label} (${entry.measure.share}%) on ${entry.measure.asOf}` : '';
      const stale = entry.stale ? ' (stale: check it again before quoting it)' : '';
      lines.push(`  ${entry.id} ${entry.topic}: ${entry.text.replace(/[.\s]+$/u, '')}. Owner: ${entry.owner}, ${entry.cadenceText}; recorded in ${entry.source}; last checked ${entry.lastCheckedOn}${stale}${measure}`);
    }
  }
  if (result.caseExamples) {
    lines.push('', 'Case examples (consented, verified):');
    for (const example of result.caseExamples) {
      lines.push(`  ${example.service}, ${example.domain}: ${example.measure} ${example.before} → ${example.after} in ${example.weeksTaken} weeks (verified ${example.verifiedOn} by ${example.verifiedBy})`);
    }
  }
  return lines.join('\n');
}

export const figuresCommand = defineCommand({
  name: 'figures',
  summary: 'Dated, sourced figures with place anchors for a period',
  usage: 'assured figures --period 2026-Q2 [--service NAME...] [--org SLUG] [--cases N] [--format json|table]',
  flags: {
    period: PERIOD_FLAG,
    service: SERVICE_FLAG,
    org: ORG_FLAG,
    cases: { type: 'string', value: 'N', description: 'also list up to N consented, verified case examples, 0 to 20', defaultText: 'none', example: '--cases 2' },
    format: TABLE_FORMAT_FLAG,
  },
  examples: ['assured figures --period 2026-Q2', 'assured figures --period 2026-Q2 --format json > figures.json'],
  notes: ['Periods: 2026-Q2, 2026-05, FY2025-26, 2026-04-01..2026-06-30. The JSON is the evidence pack that validate --figures reads.'],
  async run({ values }, io) {
    if (!values.period) throw new InputError('--period is required (e.g. 2026-Q2, 2026-05, FY2025-26, 2026-04-01..2026-06-30)');
    if (values.format !== 'json' && values.format !== 'table') throw new InputError(`--format must be json or table (got "${values.format}")`);
    const cases = values.cases === undefined ? undefined : Number(values.cases);
    if (cases !== undefined && (!Number.isInteger(cases) || cases < 0 || cases > 20)) throw new InputError(`--cases must be a whole number from 0 to 20 (got "${values.cases}")`);
    const period = values.period;
    const result = await withDatabase(io, (db) =>
      computeFigures({
        db,
        period,
        ...(values.service !== undefined ? { services: values.service } : {}),
        ...(values.org !== undefined ? { organisation: values.org } : {}),
        ...(cases !== undefined ? { cases } : {}),
      }),
    );
    io.stdout(values.format === 'json' ? JSON.stringify(result, null, 2) : formatFiguresTable(result, io.columns));
    return EXIT_OK;
  },
});
