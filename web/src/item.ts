import { api } from './api';
import { dateLabel } from './dates';
import { h } from './dom';
import { currentLanguage, t } from './i18n';
import { announce, errorText, loadPanel, refocus } from './load';
import { label } from './queue';
import { identity, mentorName } from './session';
import { scrolling } from './table-scroll';

interface RoleState { verdict: string; by?: string; at?: string; comment?: string }
interface Detail {
  key: string;
  kind: string;
  mentorId: string;
  title: { en: string; cy: string };
  hash: string;
  status: string;
  served: boolean;
  fields: { name: string; en: string; cy: string }[];
  sources: { title: string; url: string; lastChecked: string | null }[];
  usedIn: { type: string; key?: string; position?: number; total?: number }[];
  findings: string[];
  clinical: RoleState;
  welsh: RoleState;
  requeued: { at: string; by: string } | null;
  changes: { since: string; by: string; fields: { field: string; language: string; parts: { text: string; change: string }[] }[] } | null;
  history: { decision: string; role: string; by: string; at: string; comment: string; current: boolean }[];
}

const day = (iso: string | null | undefined) => dateLabel(iso);

/** A field's name as the reader reads it: "option B (correct)" becomes "Option B (correct)" or "Dewis B (cywir)", "example:nurse" "Example for a nurse". */
export function fieldLabel(name: string): string {
  const option = /^option ([A-D])( \(correct\))?$/.exec(name);
  if (option) return `${t('field.option', { letter: option[1] })}${option[2] ? ` ${t('field.correct')}` : ''}`;
  const example = /^example:(.+)$/.exec(name);
  if (example) return t('field.example', { role: t(`role.${example[1]}`) });
  return t(`field.${name}`);
}

/**
 * One item: English and Welsh side by side, sources, use, findings, changes, history, and the decision form.
 * Its heading takes the focus, or the control named by `focusId` (the decision button just used) when given.
 */
export async function showItem(panel: HTMLElement, key: string, back: () => Promise<void>, focusId?: string): Promise<Detail | undefined> {
  let shown: Detail | undefined;
  const backButton = () => h('fluent-button', { id: 'back', onclick: () => void back() }, t('item.back'));
  const loaded = await loadPanel(panel, () => api<Detail>(`item?key=${encodeURIComponent(key)}`), (item) => {
    shown = item;
    return [backButton(), ...itemView(item, panel, back)];
  }, () => [backButton()]);
  if (loaded) refocus(panel, focusId ?? '');
  return shown;
}

function itemView(item: Detail, panel: HTMLElement, back: () => Promise<void>) {
  const own = item.title[currentLanguage()];
  return [
    h('h2', { tabindex: '-1', lang: own ? undefined : 'en' }, own || item.title.en),
    h('p', { id: 'item-status' }, `${label('kind', item.kind)} · ${mentorName(item.mentorId)} · ${label('status', item.status)}${item.served ? ` · ${t('item.served')}` : ''}`),
    item.requeued && h('fluent-message-bar', { intent: 'warning', id: 'requeued' }, t('item.requeued', { date: day(item.requeued.at), by: item.requeued.by })),
    scrolling(h('table', { class: 'side-by-side' },
      h('caption', { class: 'visually-hidden' }, t('item.text')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('column.field')), h('th', { scope: 'col', lang: 'en' }, 'English'), h('th', { scope: 'col', lang: 'cy' }, 'Cymraeg'))),
      h('tbody', {}, ...item.fields.map((f) => h('tr', {}, h('th', { scope: 'row' }, fieldLabel(f.name)), h('td', { lang: 'en' }, f.en), h('td', { lang: 'cy' }, f.cy)))),
    ), t('item.text')),
    h('h3', {}, t('item.sources')),
    h('ul', {}, ...item.sources.map((s) => h('li', {}, h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title), ` · ${s.lastChecked ? t('item.lastChecked', { date: day(s.lastChecked) }) : t('item.notChecked')}`))),
    h('h3', {}, t('item.usedIn')),
    h('ul', {}, ...item.usedIn.map((u) => h('li', {}, t(`usage.${u.type}`, { key: u.key ?? '', position: u.position ?? 0, total: u.total ?? 0 })))),
    h('h3', {}, t('item.findings')),
    item.findings.length ? h('ul', { class: 'findings' }, ...item.findings.map((f) => h('li', {}, f))) : h('p', {}, t('item.noFindings')),
    item.changes && changesView(item.changes),
    decisionForm(item, panel, back),
    historyView(item.history),
  ];
}

function changesView(changes: NonNullable<Detail['changes']>): HTMLElement {
  return h('section', { id: 'changes', 'aria-labelledby': 'changes-title' },
    h('h3', { id: 'changes-title' }, t('item.changes', { date: day(changes.since), by: changes.by })),
    ...changes.fields.map((f) => h('p', { lang: f.language },
      h('strong', {}, `${fieldLabel(f.field)} (${f.language === 'cy' ? 'Cymraeg' : 'English'}): `),
      ...f.parts.map((p) => (p.change === 'added' ? h('ins', {}, p.text) : p.change === 'removed' ? h('del', {}, p.text) : p.text)))),
  );
}

function historyView(history: Detail['history']): HTMLElement {
  return h('section', {}, h('h3', {}, t('item.history')),
    history.length === 0 ? h('p', {}, t('item.noHistory')) : h('ul', {}, ...history.map((d) => h('li', {}, `${day(d.at)} · ${d.by} · ${t(`role.${d.role}`)} · ${t(`decision.${d.decision}`)}${d.current ? '' : ` (${t('item.olderVersion')})`}${d.comment ? `: ${d.comment}` : ''}`))));
}

/** Approve or request changes, in each role the reviewer holds; the hash shown is the one decided on. */
function decisionForm(item: Detail, panel: HTMLElement, back: () => Promise<void>): HTMLElement {
  const comment = h('textarea', { id: 'decision-comment', rows: '3' });
  const message = h('p', { role: 'alert', id: 'decision-message' });
  const stateText = (role: string, state: RoleState) => `${t(`role.${role}`)}: ${t(`verdict.${state.verdict}`)}${state.by ? ` · ${state.by} · ${day(state.at)}` : ''}`;
  const decide = async (role: 'educator' | 'welsh-reviewer', decision: string, button: string) => {
    try {
      await api('decision', { key: item.key, role, decision, hash: item.hash, comment: comment.value });
    } catch (error) {
      message.textContent = errorText(error);
      return;
    }
    // The redrawn item keeps the focus on the button just used, and the outcome is said aloud.
    const saved = await showItem(panel, item.key, back, button);
    if (saved) announce(t('item.saved', { state: stateText(role, role === 'educator' ? saved.clinical : saved.welsh) }));
  };
  const rows = (['educator', 'welsh-reviewer'] as const).filter((role) => identity().roles.includes(role)).map((role) => {
    const state = role === 'educator' ? item.clinical : item.welsh;
    return h('div', { class: 'decision', role: 'group', 'aria-label': t(`role.${role}`) },
      h('p', {}, stateText(role, state)),
      h('fluent-button', { appearance: 'primary', id: `approve-${role}`, onclick: () => void decide(role, 'approve', `approve-${role}`) }, t(`approve.${role}`)),
      h('fluent-button', { id: `changes-${role}`, onclick: () => void decide(role, 'request-changes', `changes-${role}`) }, t('requestChanges')),
    );
  });
  return h('section', { id: 'decide' }, h('h3', {}, t('item.decide')), h('label', { for: 'decision-comment' }, t('item.comment')), comment, ...rows, message);
}
