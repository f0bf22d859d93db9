import { api } from './api';
import { clear, h } from './dom';
import { currentLanguage, t } from './i18n';
import { showItem } from './item';

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
export async function renderQueue(panel: HTMLElement): Promise<void> {
  clear(panel, h('fluent-spinner', { 'aria-label': t('loading') }));
  const query = new URLSearchParams([...Object.entries(filters).filter(([, v]) => v), ...(offset ? [['offset', String(offset)]] : [])]).toString();
  const queue = await api<Queue>(`queue${query ? `?${query}` : ''}`);
  const bar = h('div', { class: 'filters', role: 'group', 'aria-label': t('queue.filters') });
  for (const name of FILTERS) {
    const select = h('select', { id: `filter-${name}`, onchange: () => {
      filters[name] = select.value;
      offset = 0;
      void renderQueue(panel);
    } }, h('option', { value: '' }, t('queue.any')));
    for (const [value, count] of Object.entries(queue.counts[name] ?? {})) {
      select.append(h('option', { value, selected: filters[name] === value }, `${label(name, value)} (${count})`));
    }
    bar.append(h('label', { class: 'filter', for: `filter-${name}` }, h('span', {}, t(`filter.${name}`)), select));
  }
  const rows = queue.items.map((row) =>
    h('tr', {},
      h('td', {}, h('fluent-button', { appearance: 'transparent', class: 'open', 'data-key': row.key, onclick: () => void showItem(panel, row.key, () => renderQueue(panel)) }, row.title[currentLanguage()] || row.title.en)),
      h('td', {}, label('kind', row.kind)),
      h('td', {}, row.mentorId),
      h('td', {}, h('fluent-badge', { appearance: 'tint', color: row.status === 'approved' ? 'success' : row.status === 'changes-requested' ? 'danger' : 'warning' }, label('status', row.status))),
      h('td', {}, t(`verdict.${row.clinical}`)),
      h('td', {}, t(`verdict.${row.welsh}`)),
    ),
  );
  clear(panel,
    h('h2', {}, t('queue.title')),
    bar,
    h('p', { role: 'status', id: 'queue-total' }, t('queue.total', { count: queue.total }), queue.total > PAGE ? ` · ${t('queue.showing', { from: offset + 1, to: offset + queue.items.length })}` : ''),
    h('table', { class: 'queue' },
      h('caption', { class: 'visually-hidden' }, t('queue.title')),
      h('thead', {}, h('tr', {}, ...['item', 'kind', 'mentor', 'status', 'clinical', 'welsh'].map((c) => h('th', { scope: 'col' }, t(`column.${c}`))))),
      h('tbody', {}, ...rows),
    ),
    queue.total > PAGE && h('div', { class: 'decision', role: 'group', 'aria-label': t('queue.pages') },
      h('fluent-button', { id: 'queue-previous', disabled: offset === 0, onclick: () => void turnPage(panel, -PAGE) }, t('queue.previous')),
      h('fluent-button', { id: 'queue-next', disabled: offset + PAGE >= queue.total, onclick: () => void turnPage(panel, PAGE) }, t('queue.next')),
    ),
  );
}

function turnPage(panel: HTMLElement, by: number): Promise<void> {
  offset = Math.max(0, offset + by);
  return renderQueue(panel);
}

/** A filter value as people read it: kinds, statuses, levels and languages are translated; ids stay as they are. */
export function label(filter: string, value: string): string {
  return ['kind', 'status', 'level', 'language', 'role'].includes(filter) ? t(`${filter}.${value}`) : value;
}
