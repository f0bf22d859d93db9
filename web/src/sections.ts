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
  render(panel: HTMLElement): Promise<void>;
}

const sections: Section[] = [];

export function registerSection(section: Section): void {
  sections.push(section);
}

/** Fluent tabs over the sections; the selected one renders into the panel below. */
export function renderSections(root: HTMLElement, initial = sections[0]?.id): void {
  const panel = h('div', { id: 'panel', role: 'tabpanel', tabindex: '0' });
  const tabs = h('fluent-tablist', { 'aria-label': t('nav.label') });
  for (const section of sections) tabs.append(h('fluent-tab', { id: `tab-${section.id}`, 'data-section': section.id }, t(section.label)));
  const show = async (id: string | undefined) => {
    const section = sections.find((s) => s.id === id) ?? sections[0];
    panel.setAttribute('aria-labelledby', `tab-${section.id}`);
    await section.render(panel);
  };
  tabs.addEventListener('change', () => void show((tabs as unknown as { activeid?: string }).activeid?.replace(/^tab-/, '')));
  root.append(tabs, panel);
  if (initial) (tabs as unknown as { activeid?: string }).activeid = `tab-${initial}`;
  void show(initial);
}
