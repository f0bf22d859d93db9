import { h } from './dom';
import { t } from './i18n';

/**
 * The workspace's sections, shown as tabs. A section renders into the panel it is given; more
 * sections (analytics) register here without touching the others.
 */
export interface Section {
  readonly id: string;
  /** Message key (without "educator.") of the tab's label. */
  readonly label: string;
  render(panel: HTMLElement): Promise<unknown>;
}

const sections: Section[] = [];

export function registerSection(section: Section): void {
  sections.push(section);
}

let current: string | undefined;

/** The section on show, so a redraw of the whole page (the language switch) opens the same one. */
export function currentSection(): string | undefined {
  return current;
}

/** Fluent tabs over the sections; the selected one renders into the panel below. */
export function renderSections(root: HTMLElement, initial = current ?? sections[0]?.id): void {
  const panel = h('div', { id: 'panel', role: 'tabpanel', tabindex: '0' });
  const tabs = h('fluent-tablist', { 'aria-label': t('nav.label') });
  for (const section of sections) tabs.append(h('fluent-tab', { id: `tab-${section.id}`, 'data-section': section.id }, t(section.label)));
  let shown: string | undefined;
  const show = async (id: string | undefined) => {
    const section = sections.find((s) => s.id === id) ?? sections[0];
    // Setting the first tab fires "change" too: the section is drawn (and its data fetched) once, not twice.
    if (section.id === shown) return;
    shown = current = section.id;
    panel.setAttribute('aria-labelledby', `tab-${section.id}`);
    await section.render(panel);
  };
  tabs.addEventListener('change', () => void show((tabs as unknown as { activeid?: string }).activeid?.replace(/^tab-/, '')));
  root.append(tabs, panel);
  if (initial) (tabs as unknown as { activeid?: string }).activeid = `tab-${initial}`;
  void show(initial);
}
