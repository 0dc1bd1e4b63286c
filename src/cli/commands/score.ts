import { parseArgs } from 'node:util';
import { scoreSelfAssessment, type ScoreGrid } from '../../evidence/score-self-assessment.js';
import { AppError } from '../../shared/app-error.js';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { formatTable } from '../format-table.js';
import { withDatabase } from '../with-database.js';

export function formatScoreGrid(grid: ScoreGrid): string {
  const rows = grid.dimensions.map((dimension) => [dimension.label, dimension.score, dimension.basis, dimension.reason]);
  return [
    `${grid.organisation.name}: self-score grid, ${grid.place}, ${grid.period.human}`,
    '',
    formatTable(['dimension', 'score', 'basis', 'why'], rows),
    '',
    `Total: ${grid.total} of ${grid.max} (target ${grid.target}) — ${grid.meetsTarget ? 'target met' : `${grid.target - grid.total} short of the target`}`,
    '',
    'Thresholds:',
    ...grid.dimensions.map((dimension) => `  ${dimension.label}: ${dimension.thresholds}`),
    ...(grid.nextSteps.length > 0 ? ['', 'Next steps:', ...grid.nextSteps.map((step) => `  - ${step}`)] : []),
  ].join('\n');
}

export const scoreCommand: CliCommand = {
  name: 'score',
  summary: 'The 0–2 self-score grid (target 17 of 20) with reasons and next steps',
  usage: 'assured score --period 2026-Q2 [--service NAME...] [--org SLUG] [--format json|table]',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { period: { type: 'string' }, service: { type: 'string', multiple: true }, org: { type: 'string' }, format: { type: 'string', default: 'table' } },
    });
    if (!values.period) {
      io.stderr(`assured score: --period is required\nusage: ${this.usage}`);
      return EXIT_USAGE;
    }
    if (values.format !== 'json' && values.format !== 'table') throw new AppError('INVALID_INPUT', `--format must be json or table (got "${values.format}")`);
    const grid = await withDatabase(io, (db) => scoreSelfAssessment({ db, period: values.period!, services: values.service, organisation: values.org }));
    io.stdout(values.format === 'json' ? JSON.stringify(grid, null, 2) : formatScoreGrid(grid));
    return EXIT_OK;
  },
};
