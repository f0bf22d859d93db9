import type { Page } from 'playwright-core';

/** Where the fake Teams host and the framed tab appear to live (Playwright serves both; nothing leaves the machine). */
export const HOST_URL = 'https://teams.microsoft.com/_hali-test/host.html';
export const TAB_ORIGIN = 'https://hali.test';

export interface HostOptions {
  /** The SSO token the host hands to authentication.getAuthToken. */
  token: string;
  theme?: 'default' | 'dark' | 'contrast';
  locale?: string;
}

/** Serves https://hali.test/* from the bot under test. */
export async function routeTab(page: Page, botBase: string): Promise<void> {
  await page.route(`${TAB_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${botBase}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
}

/** Tells the framed tab that the user switched Teams' theme, as Teams does. */
export async function changeTheme(page: Page, theme: 'default' | 'dark' | 'contrast'): Promise<void> {
  await page.evaluate(`window.changeTheme(${JSON.stringify(theme)})`);
}

/**
 * A stand-in for the Teams client at its protocol: a page on a Teams origin that frames the tab and
 * answers the Teams JavaScript library's postMessage calls (initialize, getContext,
 * authentication.getAuthToken), as Teams does. The tab is served by the bot under test, reached
 * through `https://hali.test/` (routed to `botBase`), so frame-ancestors and the page's CSP apply.
 */
export async function openInTeamsHost(page: Page, botBase: string, options: HostOptions): Promise<void> {
  const script = `
    const token = ${JSON.stringify(options.token)};
    const context = { theme: ${JSON.stringify(options.theme ?? 'default')}, locale: ${JSON.stringify(options.locale ?? 'en-gb')}, frameContext: 'content', hostClientType: 'web', tid: 'test', entityId: 'hali-educators' };
    const runtime = JSON.stringify({ apiVersion: 4, isLegacyTeams: false, hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } }, supports: { app: {}, appEntity: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teamsCore: {} } });
    window.hostCalls = [];
    window.hostLinks = [];
    // As Teams does when the user changes theme: tell the tab.
    window.changeTheme = (theme) => document.getElementById('tab').contentWindow.postMessage({ func: 'themeChange', args: [theme] }, ${JSON.stringify(TAB_ORIGIN)});
    window.addEventListener('message', (event) => {
      const message = event.data;
      if (!message || typeof message.func !== 'string') return;
      window.hostCalls.push(message.func);
      const reply = (args) => event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, event.origin);
      if (message.func === 'initialize') reply(['content', 'web', runtime, '2.0.0']);
      else if (message.func === 'getContext') reply([context]);
      else if (message.func === 'authentication.getAuthToken') reply([true, token]);
      // app.openLink: Teams opens a web address in the user's browser (here, a new tab); a host may refuse.
      else if (message.func === 'executeDeepLink') {
        if (window.refuseLinks) return reply([false, 'This link cannot be opened here.']);
        window.hostLinks.push(message.args[0]);
        window.open(message.args[0], '_blank', 'noopener');
        reply([true]);
      }
    });`;
  await page.route(`${HOST_URL}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body style="margin:0"><script>${script}</script><iframe id="tab" title="HALI for educators" src="${TAB_ORIGIN}/educator" style="width:100vw;height:100vh;border:0"></iframe></body></html>`,
    }),
  );
  await routeTab(page, botBase);
  // Teams' JavaScript library asks a CDN for its list of Teams origins; offline it uses its built-in list.
  await page.route('https://res.cdn.office.net/**', (route) => route.abort());
  await page.goto(HOST_URL);
}
