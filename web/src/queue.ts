import { api } from './api';
import { h } from './dom';
import { currentLanguage, t } from './i18n';
import { showItem } from './item';
import { announce, loadPanel } from './load';
import { mentorName } from './session';
import { scrolling } from './table-scroll';

interface QueueRow {
  key: string;
  kind: string;
  mentorId: string;
  title: { en: string; cy: string };
  level: string | null;
  status: string;
  clinical: string;
  welsh: string;
  requeued: { at: string; by: string } | null;
}
interface Queue {
  total: number;
  counts: Record<string, Record<string, number>>;
  items: QueueRow[];
}

const FILTERS = ['mentor', 'kind', 'status', 'role', 'level', 'language'] as const;
const filters: Record<string, string> = {};
/** The server sends at most this many rows per page. */
const PAGE = 200;
let offset = 0;

/** The review queue: filters with counts, then the matching items; choosing one opens it. */
export async function renderQueue(panel: HTMLElement): Promise<boolean> {
  const query = new URLSearchParams([...Object.entries(filters).filter(([, v]) => v), ...(offset ? [['offset', String(offset)]] : [])]).toString();
  return loadPanel(panel, () => api<Queue>(`queue${query ? `?${query}` : ''}`), (queue) => queueView(panel, queue));
}

/** After a filter or page change: the new view, and the count said aloud (the focus stays on the control). */
async function redraw(panel: HTMLElement): Promise<void> {
  if (await renderQueue(panel)) announce(panel.querySelector('#queue-total')?.textContent ?? '');
}

function queueView(panel: HTMLElement, queue: Queue) {
  const bar = h('div', { class: 'filters', role: 'group', 'aria-label': t('queue.filters') });
  for (const name of FILTERS) {
    const select = h('select', { id: `filter-${name}`, onchange: () => {
      filters[name] = select.value;
      offset = 0;
      void redraw(panel);
    } }, h('option', { value: '' }, t('queue.any')));
    for (const [value, count] of Object.entries(queue.counts[name] ?? {})) {
      select.append(h('option', { value, selected: filters[name] === value }, `${label(name, value)} (${count})`));
    }
    bar.append(h('label', { class: 'filter', for: `filter-${name}` }, h('span', {}, t(`filter.${name}`)), select));
  }
  const back = async (key: string) => {
    if (await renderQueue(panel)) panel.querySelector<HTMLElement>(`[id="${CSS.escape(`open-${key}`)}"]`)?.focus();
  };
  const rows = queue.items.map((row) =>
    h('tr', {},
      h('td', {}, h('fluent-button', { appearance: 'transparent', class: 'open', id: `open-${row.key}`, 'data-key': row.key, lang: row.title[currentLanguage()] ? undefined : 'en', onclick: () => void showItem(panel, row.key, () => back(row.key)) }, row.title[currentLanguage()] || row.title.en)),
      h('td', {}, label('kind', row.kind)),
      h('td', {}, mentorName(row.mentorId)),
      h('td', {}, h('fluent-badge', { appearance: 'tint', color: row.status === 'approved' ? 'success' : row.status === 'changes-requested' ? 'danger' : 'warning' }, label('status', row.status))),
      h('td', {}, t(`verdict.${row.clinical}`)),
      h('td', {}, t(`verdict.${row.welsh}`)),
    ),
  );
  return [
    h('h2', {}, t('queue.title')),
    bar,
    h('p', { id: 'queue-total' }, t('queue.total', { count: queue.total }), queue.total > PAGE ? ` · ${t('queue.showing', { from: offset + 1, to: offset + queue.items.length })}` : ''),
    scrolling(h('table', { class: 'queue' },
      h('caption', { class: 'visually-hidden' }, t('queue.title')),
      h('thead', {}, h('tr', {}, ...['item', 'kind', 'mentor', 'status', 'clinical', 'welsh'].map((c) => h('th', { scope: 'col' }, t(`column.${c}`))))),
      h('tbody', {}, ...rows),
    ), t('queue.title')),
    queue.total > PAGE && h('div', { class: 'decision', role: 'group', 'aria-label': t('queue.pages') },
      h('fluent-button', { id: 'queue-previous', disabled: offset === 0, onclick: () => void turnPage(panel, -PAGE) }, t('queue.previous')),
      h('fluent-button', { id: 'queue-next', disabled: offset + PAGE >= queue.total, onclick: () => void turnPage(panel, PAGE) }, t('queue.next')),
    ),
  ];
}

function turnPage(panel: HTMLElement, by: number): Promise<void> {
  offset = Math.max(0, offset + by);
  return redraw(panel);
}

/** A filter value as people read it: kinds, statuses, levels, languages and roles translated, mentors named. */
export function label(filter: string, value: string): string {
  if (filter === 'mentor') return mentorName(value);
  return ['kind', 'status', 'level', 'language', 'role'].includes(filter) ? t(`${filter}.${value}`) : value;
}
