import { api, apiBlob, ApiError } from './api';
import { chartWithTable, destroyCharts, percentAxis, tableOf, type TableData } from './analytics-charts';
import { dayName, weekLabel, weekSpoken } from './dates';
import { h } from './dom';
import { currentLanguage, t } from './i18n';
import { announce, errorText, loadPanel } from './load';
import { openInNewTab } from './open-link';

interface Choice {
  id: string;
  label: string;
}
interface Choices {
  mentors: Choice[];
  roles: Choice[];
  languages: Choice[];
  periods: Choice[];
  minCohort: number;
}
interface Report {
  cohortSize: number | null;
  minCohort: number;
  /** The last day (UTC) whose learning is counted: figures move on a week at a time, never live. */
  countedUntil: string;
  items: { itemId: string; stem: string; suppressed: boolean; flags?: string[] }[];
  calibration: { topic: string; topicName: string; suppressed: boolean; points?: { confidence: string; accuracy?: number | null }[] }[];
  engagement: { suppressed: boolean; weeklyActive?: { week: string; learners: number | null }[]; funnel?: { steps: { step: string; count?: number }[] } | null };
  retention: { topic: string; topicName: string; intervalDays: number; suppressed: boolean; rate?: number }[];
  questions: unknown[] | null;
  tables: TableData[];
}

const FILTERS = ['mentor', 'period', 'role', 'language'] as const;
type FilterName = (typeof FILTERS)[number];
const chosen: Record<FilterName, string> = { mentor: '', period: 'all', role: 'all', language: 'all' };
let choices: Choices | undefined;

const query = (extra: Record<string, string> = {}) => new URLSearchParams({ ...chosen, lang: currentLanguage(), ...extra }).toString();

/** Cohort analytics and the evaluation report: filters, charts with their tables, and downloads. */
export async function renderAnalytics(panel: HTMLElement): Promise<boolean> {
  destroyCharts();
  const load = async () => {
    choices = await api<Choices>(`analytics/filters?lang=${currentLanguage()}`);
    chosen.mentor ||= choices.mentors[0]?.id ?? '';
    return { choices, report: await api<Report>(`analytics/report?${query()}`) };
  };
  return loadPanel(panel, load, ({ choices, report }) => {
    const tables = Object.fromEntries(report.tables.map((table) => [table.name, table]));
    return [
      h('h2', {}, t('analytics.title')),
      filterBar(panel, choices),
      h('p', { id: 'cohort' }, report.cohortSize === null ? t('analytics.tooFew', { min: report.minCohort }) : t('analytics.cohortSize', { count: report.cohortSize })),
      h('p', { id: 'counted-until' }, t('analytics.countedUntil', { date: dayName(report.countedUntil) })),
      downloads(report),
      h('section', { id: 'analytics-items' }, h('h3', {}, t('analytics.items')), tableOf(tables.items), flagged(report)),
      h('section', { id: 'analytics-misconceptions' }, h('h3', {}, t('analytics.misconceptions')), tableOf(tables.misconceptions)),
      h('section', { id: 'analytics-calibration' }, h('h3', {}, t('analytics.calibration')), calibrationChart(report, tables.calibration)),
      h('section', { id: 'analytics-engagement' }, h('h3', {}, t('analytics.engagement')), tableOf(tables.engagement), ...engagementCharts(report, tables), h('h4', {}, t('analytics.byRole')), tableOf(tables['by-role'])),
      h('section', { id: 'analytics-retention' }, h('h3', {}, t('analytics.retention')), retentionChart(report, tables.retention)),
      h('section', { id: 'analytics-questions' }, h('h3', {}, t('analytics.questions')), report.questions !== null && report.questions.length === 0 ? h('p', {}, t('analytics.noQuestions')) : tableOf(tables.questions)),
      h('section', { id: 'analytics-method' },
        h('h3', {}, t('analytics.method')),
        h('p', {}, t('analytics.methodText', { min: report.minCohort })),
        h('p', { id: 'analytics-release' }, t('analytics.releaseText', { min: report.minCohort, below: report.minCohort - 1 })),
      ),
    ];
  });
}

function filterBar(panel: HTMLElement, c: Choices): HTMLElement {
  const options: Record<FilterName, Choice[]> = {
    mentor: c.mentors,
    period: [{ id: 'all', label: t('analytics.allTime') }, ...c.periods],
    role: [{ id: 'all', label: t('analytics.allRoles') }, ...c.roles],
    language: [{ id: 'all', label: t('analytics.allLanguages') }, ...c.languages],
  };
  const labels: Record<FilterName, string> = { mentor: 'filter.mentor', period: 'analytics.filterPeriod', role: 'analytics.filterRole', language: 'analytics.filterLanguage' };
  return h('div', { class: 'filters', role: 'group', 'aria-label': t('analytics.title') }, ...FILTERS.map((name) => {
    const select = h('select', { id: `analytics-${name}`, onchange: async () => {
      chosen[name] = select.value;
      // The focus stays on this filter; what the cohort now is, is said aloud.
      if (await renderAnalytics(panel)) announce(panel.querySelector('#cohort')?.textContent ?? '');
    } }, ...options[name].map((o) => h('option', { value: o.id, selected: o.id === chosen[name] }, o.label)));
    return h('label', { class: 'filter', for: `analytics-${name}` }, t(labels[name]), select);
  }));
}

/**
 * The evaluation report to read in a tab of its own, and downloads. A plain link would carry no sign-in token, so the
 * report opens from a short-lived link the server makes for this educator (through Teams when the page is in Teams);
 * downloads are fetched with the token.
 */
function downloads(report: Report): HTMLElement {
  const message = h('p', { role: 'alert', id: 'download-message' });
  const failed = (error: unknown) => (error instanceof ApiError && (error.status === 401 || error.status === 403) ? errorText(error) : t('error.download'));
  const openReport = async () => {
    message.textContent = '';
    try {
      const { url } = await api<{ url: string }>('analytics/report-link', { ...chosen, lang: currentLanguage() });
      await openInNewTab(url);
    } catch (error) {
      message.textContent = failed(error);
    }
  };
  const save = async (path: string, file: string) => {
    message.textContent = '';
    let blob: Blob;
    try {
      blob = await apiBlob(path);
    } catch (error) {
      message.textContent = failed(error);
      return;
    }
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: file });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const stem = `hali-${chosen.mentor}-${chosen.period}`;
  return h('div', { class: 'downloads' },
    h('fluent-button', { id: 'open-report', appearance: 'primary', onclick: () => void openReport() }, `${t('analytics.openReport')} ${t('analytics.opensNewTab')}`),
    h('fluent-button', { id: 'download-report', onclick: () => void save(`analytics/report.html?${query()}`, `${stem}-report.html`) }, t('analytics.downloadReport')),
    ...report.tables.map((table) => h('fluent-button', { 'data-csv': table.name, onclick: () => void save(`analytics/report.csv?${query({ table: table.name })}`, `${stem}-${table.name}.csv`) }, t('analytics.downloadCsv', { table: table.title }))),
    message,
  );
}

function flagged(report: Report): HTMLElement | false {
  const rows = report.items.filter((r) => !r.suppressed && (r.flags ?? []).length > 0);
  return rows.length > 0 && h('div', { id: 'flagged' }, h('h4', {}, t('analytics.flagged')), h('ul', {}, ...rows.map((r) =>
    h('li', { 'data-item': r.itemId }, `${r.stem} `, ...(r.flags ?? []).map((f) => h('fluent-badge', { appearance: 'tint', color: 'warning' }, t(`analytics.flag.${f}`)))))));
}

const pct = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 1000) / 10);

function calibrationChart(report: Report, table: TableData): HTMLElement {
  const shown = report.calibration.filter((c) => !c.suppressed);
  const levels = ['unsure', 'fairly', 'sure'];
  const datasets = shown.map((c) => ({ type: 'line' as const, label: c.topicName, data: levels.map((l) => pct(c.points?.find((p) => p.confidence === l)?.accuracy)) }));
  return chartWithTable('calibration', t('analytics.calibration'), { type: 'line', data: { labels: levels.map((l) => t(`analytics.confidence.${l}`)), datasets }, options: { scales: percentAxis } }, table);
}

function engagementCharts(report: Report, tables: Record<string, TableData>): HTMLElement[] {
  const e = report.engagement;
  const weeks = e.weeklyActive ?? [];
  const weeklyTable = { ...tables.weekly, rows: tables.weekly.rows.map(([week, ...rest]) => [weekCell(String(week)), ...rest]) };
  const chart = { type: 'bar' as const, data: { labels: weeks.map((w) => weekLabel(w.week)), datasets: [{ label: t('analytics.colLearners'), data: weeks.map((w) => w.learners) }] } };
  const weekly = chartWithTable('weekly', t('analytics.weekly'), chart, weeklyTable, weeks.map((w) => weekSpoken(w.week)));
  const steps = e.funnel?.steps ?? [];
  const funnel = chartWithTable('funnel', t('analytics.funnel'), { type: 'bar', data: { labels: steps.map((s) => t(`analytics.step.${s.step}`)), datasets: [{ label: t('analytics.colCount'), data: steps.map((s) => s.count ?? null) }] }, options: { indexAxis: 'y' } }, tables.funnel);
  return [weekly, funnel];
}

/** A week as people see it ("w/c 2 Nov 2026") and, in its place for a screen reader, as it is said ("week commencing 2 November 2026"). */
function weekCell(week: string): HTMLElement {
  return h('span', {}, h('span', { 'aria-hidden': 'true' }, weekLabel(week)), h('span', { class: 'visually-hidden' }, weekSpoken(week)));
}

function retentionChart(report: Report, table: TableData): HTMLElement {
  const shown = report.retention.filter((r) => !r.suppressed);
  if (report.retention.length === 0) return h('p', {}, t('analytics.noProbes'));
  const labels = shown.map((r) => `${r.topicName} (${r.intervalDays})`);
  return chartWithTable('retention', t('analytics.retention'), { type: 'bar', data: { labels, datasets: [{ label: t('analytics.colRetained'), data: shown.map((r) => pct(r.rate)) }] }, options: { scales: percentAxis } }, table);
}
