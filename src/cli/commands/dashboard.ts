import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { computeDashboard } from '../../evidence/dashboard/compute-dashboard.js';
import type { Dashboard } from '../../evidence/dashboard/dashboard-schema.js';
import { formatFigureValue } from '../../evidence/format-figure.js';
import { renderDashboardCsv, renderDashboardDocx } from '../../export/dashboard/render-dashboard.js';
import { EXIT_OK } from '../command.js';
import { ORG_FLAG, PERIOD_FLAG, SERVICE_FLAG, TABLE_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { formatTable } from '../format-table.js';
import { InputError } from '../read-input.js';
import { withDatabase } from '../with-database.js';

const WRITERS = { '.docx': renderDashboardDocx, '.csv': async (dashboard: Dashboard) => renderDashboardCsv(dashboard) } as const;

/** The dashboard as a table: headline figures first, each with its status and why. */
export function formatDashboardTable(dashboard: Dashboard, width?: number): string {
  const rows = dashboard.figures
    .filter((figure) => !figure.detail)
    .map((figure) => [
      `${figure.headline ? '' : '  '}${figure.label}`,
      formatFigureValue(figure, figure.value),
      figure.change ? `${figure.change.direction === 'same' ? '=' : figure.change.direction === 'up' ? '+' : '-'}${Math.abs(figure.change.delta)}${figure.change.tone === 'neutral' ? '' : ` (${figure.change.tone})`}` : '',
      `${figure.weak ? '! ' : ''}${figure.status}`,
      figure.statusText,
    ]);
  return [
    `${dashboard.organisation.name}: ${dashboard.place}, ${dashboard.period.human} (changes on ${dashboard.previousPeriod.human}; threshold ${dashboard.threshold}%)`,
    '',
    formatTable(['figure', 'value', 'change', 'status', 'why'], rows, width),
  ].join('\n');
}

export const dashboardCommand = defineCommand({
  name: 'dashboard',
  summary: 'The figures for a decision: status against the threshold, change, trend; as a table, Word or CSV',
  usage: 'assured dashboard --period 2026-Q2 [--service NAME...] [--org SLUG] [--out FILE.docx|FILE.csv] [--format json|table]',
  flags: {
    period: PERIOD_FLAG,
    service: SERVICE_FLAG,
    org: ORG_FLAG,
    out: { type: 'string', value: 'FILE', short: 'o', description: 'write the dashboard to FILE: .docx (Word) or .csv', defaultText: 'print it', example: '--out dashboard.docx' },
    format: TABLE_FORMAT_FLAG,
  },
  examples: ['assured dashboard --period 2026-Q2', 'assured dashboard --period 2026-Q2 --out dashboard.docx', 'assured dashboard --period 2026-Q2 --out figures.csv'],
  notes: ['Headline figures come first. A figure held to a service standard is met when the share of cases meeting it reaches the threshold; weak ones (below, small sample, no data) are marked with !.'],
  async run({ values }, io) {
    if (!values.period) throw new InputError('--period is required (e.g. 2026-Q2, 2026-05, FY2025-26, 2026-04-01..2026-06-30)');
    if (values.format !== 'json' && values.format !== 'table') throw new InputError(`--format must be json or table (got "${values.format}")`);
    const write = values.out === undefined ? undefined : WRITERS[path.extname(values.out).toLowerCase() as keyof typeof WRITERS];
    if (values.out !== undefined && !write) throw new InputError(`--out must end in .docx or .csv (got "${values.out}")`);
    const period = values.period;
    const dashboard = await withDatabase(io, (db) =>
      computeDashboard({ db, period, ...(values.service !== undefined ? { services: values.service } : {}), ...(values.org !== undefined ? { organisation: values.org } : {}) }),
    );
    if (values.out !== undefined && write) {
      const target = path.resolve(io.cwd, values.out);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, await write(dashboard));
      io.stdout(values.format === 'json' ? JSON.stringify({ written: values.out }, null, 2) : `Wrote ${values.out} (${dashboard.period.human}, ${dashboard.figures.length} figures).`);
      return EXIT_OK;
    }
    io.stdout(values.format === 'json' ? JSON.stringify(dashboard, null, 2) : formatDashboardTable(dashboard, io.columns));
    return EXIT_OK;
  },
});
