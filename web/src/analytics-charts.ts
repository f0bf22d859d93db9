import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { h } from './dom';
import { t } from './i18n';
import { scrolling } from './table-scroll';

// Only the parts the workspace draws, so the bundle carries no more of Chart.js than it needs.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Chart.js keeps one chart per canvas: charts of a panel being redrawn are destroyed first. */
const live = new Set<Chart>();

export function destroyCharts(): void {
  for (const chart of live) chart.destroy();
  live.clear();
}

export interface TableData {
  readonly name: string;
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** One of the report's tables, with column headers a screen reader announces, in a box that scrolls when it is wide. */
export function tableOf(table: TableData): HTMLElement {
  return scrolling(h('table', { id: `table-${table.name}`, 'data-table': table.name },
    h('caption', { class: 'visually-hidden' }, table.title),
    h('thead', {}, h('tr', {}, ...table.head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...table.rows.map((row) => h('tr', {}, ...row.map((c) => h('td', {}, c))))),
  ), table.title);
}

const PALETTE = ['#0f6cbd', '#c50f1f', '#107c10', '#8764b8', '#ca5010', '#038387'];

/**
 * A chart drawn with Chart.js, followed by the table behind it. The canvas is an image labelled with
 * its title that points to the table; the table holds the same figures for screen readers and keyboard users.
 */
export function chartWithTable(id: string, title: string, config: ChartConfiguration, table: TableData): HTMLElement {
  const canvas = h('canvas', { id: `chart-${id}`, role: 'img', 'aria-label': `${title}${seriesNames(config)}. ${t('analytics.chartTable')}` }) as HTMLCanvasElement;
  const figure = h('figure', { class: 'chart', 'data-chart': id },
    h('figcaption', {}, title),
    h('div', { class: 'chart-box' }, canvas),
    h('p', { class: 'hint' }, t('analytics.chartTable')),
    tableOf(table),
  );
  config.data.datasets.forEach((dataset, i) => {
    const colour = PALETTE[i % PALETTE.length];
    Object.assign(dataset, { backgroundColor: colour, borderColor: colour });
  });
  config.options = { responsive: true, maintainAspectRatio: false, animation: false, ...config.options };
  // Drawn once the figure is in the page, so Chart.js can measure its box.
  queueMicrotask(() => live.add(new Chart(canvas, config)));
  return figure;
}

/** What the chart plots (its series, and its categories when few), named for the canvas's label. */
function seriesNames(config: ChartConfiguration): string {
  const labels = (config.data.labels ?? []).map(String);
  const names = [...config.data.datasets.map((d) => d.label ?? ''), ...(labels.length <= 12 ? labels : [])].filter((n) => n !== '');
  return names.length > 0 ? `: ${names.join(', ')}` : '';
}

/** A percentage axis from 0 to 100. */
export const percentAxis = { y: { min: 0, max: 100, ticks: { callback: (value: string | number) => `${value}%` } } };
