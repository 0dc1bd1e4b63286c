import { scoreSelfAssessment, type ScoreGrid } from '../../evidence/score-self-assessment.js';
import { EXIT_OK } from '../command.js';
import { ORG_FLAG, PERIOD_FLAG, SERVICE_FLAG, TABLE_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { InputError } from '../read-input.js';
import { formatTable } from '../format-table.js';
import { withDatabase } from '../with-database.js';

export function formatScoreGrid(grid: ScoreGrid, width?: number): string {
  const rows = grid.dimensions.map((dimension) => [dimension.label, dimension.score, dimension.basis, dimension.reason]);
  return [
    `${grid.organisation.name}: self-score grid, ${grid.place}, ${grid.period.human}`,
    '',
    formatTable(['dimension', 'score', 'basis', 'why'], rows, width),
    '',
    `Total: ${grid.total} of ${grid.max} (target ${grid.target}) — ${grid.meetsTarget ? 'target met' : `${grid.target - grid.total} short of the target`}`,
    '',
    'Thresholds:',
    ...grid.dimensions.map((dimension) => `  ${dimension.label}: ${dimension.thresholds}`),
    ...(grid.nextSteps.length > 0 ? ['', 'Next steps:', ...grid.nextSteps.map((step) => `  - ${step}`)] : []),
  ].join('\n');
}

export const scoreCommand = defineCommand({
  name: 'score',
  summary: 'The 0–2 self-score grid (target 17 of 20) with reasons and next steps',
  usage: 'assured score --period 2026-Q2 [--service NAME...] [--org SLUG] [--format json|table]',
  flags: { period: PERIOD_FLAG, service: SERVICE_FLAG, org: ORG_FLAG, format: TABLE_FORMAT_FLAG },
  examples: ['assured score --period 2026-Q2', 'assured score --period FY2025-26 --service Northgate --format json'],
  async run({ values }, io) {
    if (!values.period) throw new InputError('--period is required');
    if (values.format !== 'json' && values.format !== 'table') throw new InputError(`--format must be json or table (got "${values.format}")`);
    const period = values.period;
    const grid = await withDatabase(io, (db) =>
      scoreSelfAssessment({ db, period, ...(values.service !== undefined ? { services: values.service } : {}), ...(values.org !== undefined ? { organisation: values.org } : {}) }),
    );
    io.stdout(values.format === 'json' ? JSON.stringify(grid, null, 2) : formatScoreGrid(grid, io.columns));
    return EXIT_OK;
  },
});
