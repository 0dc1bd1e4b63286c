/**
 * The dashboard as files to take to a meeting: CSV (one row per figure, the trend after it as
 * rows of its own kind) and Word (headline figures table, other figures, breakdowns, and the
 * trend as a table of quarters). Both are written from the one dashboard the page shows.
 */
import { stringify } from 'csv-stringify/sync';
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatLongDate } from '../../evidence/calendar/iso-date.js';
import type { Dashboard, DashboardFigure } from '../../evidence/dashboard/dashboard-schema.js';
import { formatFigureValue } from '../../evidence/format-figure.js';

export const DASHBOARD_CSV_COLUMNS = ['kind', 'id', 'label', 'value', 'unit', 'previous', 'change', 'status', 'status_text', 'numerator', 'denominator', 'period', 'place', 'source'] as const;

const STATUS_WORDS: Record<DashboardFigure['status'], string> = {
  met: 'Met',
  below: 'Below threshold',
  'small-sample': 'Small sample',
  'no-data': 'No data',
  'not-held': 'No threshold',
};

const cell = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

function changeWords(figure: DashboardFigure, previousPeriod: string): string {
  if (!figure.change) return '';
  const { direction, tone, delta } = figure.change;
  if (direction === 'same') return `No change on ${previousPeriod}`;
  const size = figure.unit === 'percent' ? `${Math.abs(delta)} points` : `${Math.abs(delta)} ${figure.unit}`;
  return `${direction === 'up' ? 'Up' : 'Down'} ${size} on ${previousPeriod}${tone === 'neutral' ? '' : ` (${tone})`}`;
}

/**
 * One row per figure, in the dashboard's order (kind `figure`), then one row per trend line and
 * quarter (kind `trend`). Values are the figures' own numbers, unrounded; periods are written as
 * people read them ("Q2 2026").
 */
export function renderDashboardCsv(dashboard: Dashboard): string {
  const rows: string[][] = dashboard.figures.map((figure) => [
    'figure',
    figure.id,
    figure.label,
    cell(figure.value),
    figure.unit,
    cell(figure.previous),
    figure.change ? String(figure.change.delta) : '',
    figure.status,
    figure.statusText,
    cell(figure.numerator),
    cell(figure.denominator),
    dashboard.period.human,
    dashboard.place,
    figure.source,
  ]);
  for (const series of dashboard.trend?.series ?? []) {
    series.values.forEach((value, index) => {
      rows.push(['trend', series.id, series.label, cell(value), series.unit, '', '', '', '', '', '', dashboard.trend!.periods[index]!.human, dashboard.place, '']);
    });
  }
  return stringify([[...DASHBOARD_CSV_COLUMNS], ...rows]);
}

const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;
const HEADER_FILL = 'D9E2F3';
const WEAK_FILL = 'FDECEA';

function table(headers: readonly string[], rows: readonly string[][], shares: readonly number[], weak: readonly boolean[] = []): Table {
  const widths = shares.map((share) => Math.round(share * TEXT_WIDTH));
  const row = (cells: readonly string[], header: boolean, flagged: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, column) =>
          new TableCell({
            width: { size: widths[column] ?? 0, type: WidthType.DXA },
            ...(header || flagged ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: header ? HEADER_FILL : WEAK_FILL } } : {}),
            children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, size: 18, ...(header ? { bold: true } : {}) })] })],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    rows: [row(headers, true, false), ...rows.map((cells, index) => row(cells, false, weak[index] ?? false))],
  });
}

const FIGURE_HEADERS = ['Figure', 'Value', 'Count', 'Change', 'Status', 'Source'];
const FIGURE_SHARES = [0.3, 0.08, 0.09, 0.18, 0.2, 0.15];

function figureTable(figures: readonly DashboardFigure[], previousPeriod: string): Table {
  return table(
    FIGURE_HEADERS,
    figures.map((figure) => [
      figure.label,
      formatFigureValue(figure, figure.value),
      figure.numerator !== undefined && figure.denominator !== undefined ? `${figure.numerator} of ${figure.denominator}` : '',
      changeWords(figure, previousPeriod),
      `${figure.weak ? '⚠ ' : ''}${STATUS_WORDS[figure.status]}: ${figure.statusText}`,
      figure.shortSource,
    ]),
    FIGURE_SHARES,
    figures.map((figure) => figure.weak),
  );
}

export async function renderDashboardDocx(dashboard: Dashboard): Promise<Buffer> {
  const previous = dashboard.previousPeriod.human;
  const groups = [
    { heading: 'Headline figures', figures: dashboard.figures.filter((figure) => figure.headline) },
    { heading: 'Other figures', figures: dashboard.figures.filter((figure) => !figure.headline && !figure.detail) },
    { heading: 'Breakdowns', figures: dashboard.figures.filter((figure) => figure.detail) },
  ].filter((group) => group.figures.length > 0);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`${dashboard.organisation.name}: figures for ${dashboard.period.human}`)] }),
    new Paragraph(`${dashboard.place}. Changes compare with ${previous}. A figure held to a service standard is met when at least ${dashboard.threshold}% of cases meet it; weak figures are marked ⚠ and shaded.`),
    new Paragraph({ children: [new TextRun({ text: `Computed ${formatLongDate(dashboard.generatedAt.slice(0, 10))} from the organisation's imported records.`, italics: true })] }),
  ];
  for (const group of groups) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(group.heading)] }), figureTable(group.figures, previous));
  }
  if (dashboard.trend) {
    const { periods, series } = dashboard.trend;
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Trend, ${periods[0]!.human} to ${periods.at(-1)!.human}`)] }),
      table(
        ['Figure', ...periods.map((period) => period.human)],
        series.map((line) => [line.label, ...line.values.map((value) => formatFigureValue({ unit: line.unit as DashboardFigure['unit'] }, value))]),
        [0.4, ...periods.map(() => 0.6 / periods.length)],
      ),
    );
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sources')] }));
  for (const figure of dashboard.figures.filter((item) => !item.detail)) children.push(new Paragraph({ children: [new TextRun({ text: `${figure.label}: `, bold: true }), new TextRun(figure.source)] }));
  const document = new Document({
    title: `${dashboard.organisation.name} – Dashboard – ${dashboard.period.human}`,
    creator: dashboard.organisation.name,
    description: 'Dashboard exported by Assured',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 20, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font: 'Arial', size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 200 } } },
        heading1: { run: { font: 'Arial', size: 26, bold: true, color: '1F3864' }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE }, margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
