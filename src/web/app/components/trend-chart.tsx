/**
 * Trend of three headline figures over recent quarters, drawn with Chart.js (only the line
 * controller and the parts it needs are registered, to keep the bundle small). Lines differ
 * by dash pattern and point shape as well as colour, and the same numbers follow as a table.
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { humanQuarter } from '../../periods.js';
import { formatValue } from '../format.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

export interface TrendSeries {
  id: string;
  label: string;
  /** One value per quarter; null where the figure is not available. */
  values: (number | null)[];
}

const STYLES = [
  { color: '#0b4f8a', dash: [], point: 'circle' },
  { color: '#a34700', dash: [8, 4], point: 'triangle' },
  { color: '#1e6b34', dash: [2, 3], point: 'rect' },
] as const;

export function TrendChart({ quarters, series, place }: { quarters: string[]; series: TrendSeries[]; place: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: quarters.map(humanQuarter),
        datasets: series.map((line, index) => {
          const style = STYLES[index % STYLES.length]!;
          return {
            label: line.label,
            data: line.values,
            borderColor: style.color,
            backgroundColor: style.color,
            borderDash: [...style.dash],
            pointStyle: style.point,
            pointRadius: 5,
            borderWidth: 2.5,
            spanGaps: false,
          };
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { min: 0, max: 100, title: { display: true, text: 'Per cent', color: '#1b1b1b' }, ticks: { color: '#1b1b1b' } },
          x: { ticks: { color: '#1b1b1b' } },
        },
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, color: '#1b1b1b' } } },
      },
    });
    return () => chart.destroy();
  }, [quarters.join(), JSON.stringify(series)]);

  const summary = series
    .map((line) => `${line.label}: ${line.values.map((value, index) => `${humanQuarter(quarters[index] ?? '')} ${value === null ? 'not available' : formatValue(value, 'percent')}`).join(', ')}`)
    .join('. ');

  return (
    <figure class="chart-figure">
      <figcaption id="trend-caption">
        Trend over the last {quarters.length} quarters, {place}
      </figcaption>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={`Line chart. ${summary}.`} aria-describedby="trend-caption" />
      </div>
      <details class="chart-table">
        <summary>Show the chart's numbers as a table</summary>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Trend figures by quarter (scrolls sideways)">
          <table>
            <caption class="visually-hidden">Trend figures by quarter</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                {quarters.map((quarter) => (
                  <th scope="col" class="num" key={quarter}>
                    {humanQuarter(quarter)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((line) => (
                <tr key={line.id}>
                  <th scope="row">{line.label}</th>
                  {line.values.map((value, index) => (
                    <td class="num" key={quarters[index]}>
                      {value === null ? 'n/a' : formatValue(value, 'percent')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
