import { ApiError } from './api';
import { clear, h, type Child } from './dom';
import { t } from './i18n';
import { signedIn } from './session';

/** What to tell the educator when a call failed, in the page's language: the server's own messages are English. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return t('error');
  if (error.status === 0) return t('offline');
  // A session that lapsed in use can often be renewed (Teams hands the page a fresh token on Try again); a first sign-in refused cannot.
  if (error.status === 401) return t(signedIn() ? 'sessionExpired' : 'unauthorized');
  if (error.status === 403) return t('forbidden.body');
  const known: Record<string, string> = { changed: 'error.changed', comment_required: 'error.commentRequired', not_found: 'error.notFound', not_a_gap: 'error.notAGap' };
  return known[error.code] ? t(known[error.code]) : t('error');
}

/** Says `text` through the page's one polite live region (main.ts puts it outside the panels, so it outlives a redraw). */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Emptied first, so the same words said twice are announced twice.
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 50);
}

/**
 * Loads a view into `panel`: a spinner while it loads, then the view; if the call fails, a message in the page's
 * language with a Try again button (after what `failed` gives, such as a way back), never a half-drawn view. A later load of the same panel wins over an earlier
 * one still in flight. The control that had the focus (a filter, a page button) has it again after the redraw;
 * when it is gone, the view's heading takes it, so the focus is never dropped to the top of the page.
 */
export async function loadPanel<T>(panel: HTMLElement, load: () => Promise<T>, view: (data: T) => Child[], failed: () => Child[] = () => []): Promise<boolean> {
  const focused = panel.contains(document.activeElement) ? document.activeElement : null;
  const generation = String(Number(panel.dataset.generation ?? '0') + 1);
  panel.dataset.generation = generation;
  clear(panel, h('fluent-spinner', { 'aria-label': t('loading') }));
  let data: T;
  try {
    data = await load();
  } catch (error) {
    if (panel.dataset.generation !== generation) return false;
    const retry = h('fluent-button', { id: 'retry', appearance: 'primary', onclick: () => void loadPanel(panel, load, view, failed) }, t('retry'));
    clear(panel, ...failed(), h('div', { class: 'failure', role: 'alert' }, h('p', { id: 'failure-message' }, errorText(error))), retry);
    if (focused) retry.focus();
    return false;
  }
  if (panel.dataset.generation !== generation) return false;
  clear(panel, ...view(data));
  if (focused) refocus(panel, focused.id);
  return true;
}

/** The element with `id` in `panel` if the redraw kept one, else the panel's first heading. */
export function refocus(panel: HTMLElement, id: string): void {
  const again = id ? panel.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`) : null;
  if (again && !again.hasAttribute('disabled')) {
    again.focus();
    return;
  }
  const heading = panel.querySelector<HTMLElement>('h2');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}
