import { h } from './dom';

/** Only boxes whose table is wider than they are take a Tab stop (a keyboard user scrolls them with the arrow keys). */
const watcher = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    const box = target as HTMLElement;
    if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  }
});

/**
 * A wide table in a box of its own that scrolls sideways, so at 320 px or 400% zoom the page itself never does
 * (WCAG 1.4.10 lets a data table scroll in two directions; the page around it must reflow).
 */
export function scrolling(table: HTMLElement, label: string): HTMLElement {
  const box = h('div', { class: 'table-scroll', role: 'region', 'aria-label': label }, table);
  watcher.observe(box);
  return box;
}
