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
  /** Text, or a node where what is shown and what a screen reader says differ (a week: "w/c 2 Nov 2026"). */
  readonly rows: readonly (readonly (string | Node)[])[];
}

/** One of the report's tables, with column headers a screen reader announces, in a box that scrolls when it is wide. */
export function tableOf(table: TableData): HTMLElement {
  return scrolling(h('table', { id: `table-${table.name}`, 'data-table': table.name },
    h('caption', { class: 'visually-hidden' }, table.title),
    h('thead', {}, h('tr', {}, ...table.head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...table.rows.map((row) => h('tr', {}, ...row.map((c) => h('td', {}, c))))),
  ), table.title);
}

/**
 * Series colours for each Teams theme (WCAG 1.4.11): every one at 3:1 or more against the theme's backgrounds
 * (colorNeutralBackground1 and 2), and each at 3:1 or more from the next, so that neighbouring lines are told apart
 * by lightness as well as hue (a darker or middle tone, then a lighter or paler one). The brand blue #0f6cbd was
 * 2.9:1 on the dark theme's background, and the old palette's neighbours 1.0 to 1.2:1 apart.
 */
const PALETTES: Readonly<Record<string, readonly string[]>> = {
  light: ['#1f7ad0', '#2a0a40', '#d0600d', '#0b3b18', '#9470d0', '#4a1010'],
  dark: ['#3779bd', '#ffd66b', '#cf4750', '#9ef0a0', '#8a62c4', '#a8e6ff'],
  contrast: ['#2278c4', '#ffff00', '#b455c8', '#7dff7d', '#c85a2c', '#8ce8ff'],
};
/** Lines also differ by dash and point shape (in forced colours, where every series is drawn in the system's colours, only by them). */
const DASHES = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [1, 6]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;

/**
 * A canvas takes no colour from the page: Chart.js wrote its text in grey (#666, 2.9:1 on Teams' dark background) and
 * Windows forced colours (high contrast) never reaches it. The charts' text and grid follow the page's own colours
 * (the Teams theme's tokens), and in forced colours the system's.
 */
const forcedColours = window.matchMedia('(forced-colors: active)');

/** What a CSS colour (a system colour such as CanvasText, or a theme token) is now, as the canvas needs it. */
function systemColour(name: string): string {
  const probe = h('span', { hidden: true });
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Colours `config`'s series and text for the colours the user has now. */
function paint(config: ChartConfiguration): void {
  const forced = forcedColours.matches;
  const text = systemColour(forced ? 'CanvasText' : 'var(--colorNeutralForeground1, #242424)');
  const mark = forced ? systemColour('Highlight') : undefined;
  Object.assign(Chart.defaults, { color: text, borderColor: systemColour(forced ? 'GrayText' : 'var(--colorNeutralStroke2, #e0e0e0)') });
  const palette = PALETTES[document.documentElement.dataset.theme ?? 'light'] ?? PALETTES.light;
  config.data.datasets.forEach((dataset, i) => {
    const colour = mark ?? palette[i % palette.length];
    const line = (dataset.type ?? config.type) === 'line';
    Object.assign(dataset, { backgroundColor: colour, borderColor: line || !forced ? colour : text, borderWidth: forced && !line ? 1 : line ? 3 : 0 });
    if (line) Object.assign(dataset, { borderDash: DASHES[i % DASHES.length], pointStyle: POINTS[i % POINTS.length], pointRadius: 4 });
  });
}

/** Redraws the charts on show in the colours the user has now (after a Teams theme change or forced colours turned on or off). */
export function repaintCharts(): void {
  for (const chart of live) {
    paint(chart.config as ChartConfiguration);
    chart.update();
  }
}

forcedColours.addEventListener('change', repaintCharts);

/** Whether a chart would show anything: all its figures missing or zero (too few learners) leaves only empty axes. */
function hasFigures(config: ChartConfiguration): boolean {
  return config.data.datasets.some((d) => (d.data as unknown[]).some((v) => typeof v === 'number' && v > 0));
}

/**
 * A chart drawn with Chart.js, followed by the table behind it. The canvas is an image labelled with
 * its title that points to the table; the table holds the same figures for screen readers and keyboard users.
 */
export function chartWithTable(id: string, title: string, config: ChartConfiguration, table: TableData, spokenLabels?: readonly string[]): HTMLElement {
  if (!hasFigures(config)) return h('figure', { class: 'chart', 'data-chart': id }, h('figcaption', {}, title), h('p', { class: 'no-chart' }, t('analytics.noChart')), tableOf(table));
  const canvas = h('canvas', { id: `chart-${id}`, role: 'img', 'aria-label': `${title}${seriesNames(config, spokenLabels)}. ${t('analytics.chartTable')}` }) as HTMLCanvasElement;
  const figure = h('figure', { class: 'chart', 'data-chart': id },
    h('figcaption', {}, title),
    h('div', { class: 'chart-box' }, canvas),
    h('p', { class: 'hint' }, t('analytics.chartTable')),
    tableOf(table),
  );
  paint(config);
  config.options = { responsive: true, maintainAspectRatio: false, animation: false, ...config.options };
  // Drawn once the figure is in the page, so Chart.js can measure its box.
  queueMicrotask(() => live.add(new Chart(canvas, config)));
  return figure;
}

/** What the chart plots (its series, and its categories when few), named for the canvas's label as they are said. */
function seriesNames(config: ChartConfiguration, spokenLabels?: readonly string[]): string {
  const labels = spokenLabels ?? (config.data.labels ?? []).map(String);
  const names = [...config.data.datasets.map((d) => d.label ?? ''), ...(labels.length <= 12 ? labels : [])].filter((n) => n !== '');
  return names.length > 0 ? `: ${names.join(', ')}` : '';
}

/** A percentage axis from 0 to 100. */
export const percentAxis = { y: { min: 0, max: 100, ticks: { callback: (value: string | number) => `${value}%` } } };
