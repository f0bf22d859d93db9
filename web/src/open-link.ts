import { app } from '@microsoft/teams-js';
import { h } from './dom';

/**
 * Opens a page of this site in a new browser tab. Inside Teams a tab's own window.open can be blocked, or open inside
 * Teams' webview with no address bar, so when the page runs in Teams (the Teams library initialised) Teams opens it,
 * as Teams documents for a tab (app.openLink). Outside Teams, or if Teams refuses, a plain link opens it in a new tab
 * with no way back to this page (rel=noopener).
 */
export async function openInNewTab(url: string): Promise<void> {
  const address = new URL(url, location.href).href;
  if (app.isInitialized()) {
    try {
      await app.openLink(address);
      return;
    } catch {
      // Teams would not open it (an older client, a host that does not open links): a plain link still can.
    }
  }
  const link = h('a', { href: address, target: '_blank', rel: 'noopener' });
  document.body.append(link);
  link.click();
  link.remove();
}
