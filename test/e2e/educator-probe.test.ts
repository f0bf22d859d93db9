import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page, Route } from 'playwright-core';
import { axeViolations, describeViolations } from '../helpers/axe';
import { startEntraIssuer, TEST_TENANT } from '../helpers/entra';
import { chromiumInstalled, launchChromium } from '../helpers/playground';
import { startTestServer } from '../helpers/server';
import { openInTeamsHost, TAB_ORIGIN } from '../helpers/teams-host';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');

/**
 * The educator tab as someone outside the team would try it: the keyboard alone, a screen reader's live region,
 * a phone-width window, the page in Welsh, and the workspace's APIs failing. Chromium, framed by the stand-in
 * Teams host, against the real server signed in by a local Entra ID issuer; no cohort (the empty workspace).
 */
describe('e2e: the educator tab by keyboard, in Welsh, at phone width and with its APIs failing', function () {
  this.timeout(120_000);
  let issuer: Awaited<ReturnType<typeof startEntraIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const tab = (): Frame => page.frames().find((f) => f.url().startsWith(`${TAB_ORIGIN}/`))!;
  const open = async (locale = 'en-gb') => {
    await openInTeamsHost(page, bot.base, { token: issuer.token(['Educator', 'WelshReviewer'], { name: 'Dr Rhian Evans' }), locale });
    await tab().locator('#panel').waitFor({ timeout: 30_000 });
  };
  /** What the tab has focused, named by its id (a text for an element without one). */
  const focused = () => tab().evaluate<string>("document.activeElement?.id || document.activeElement?.tagName.toLowerCase() || ''");
  /** Waits for the page's live region to say `words`. */
  const announced = (words: string | RegExp) => tab().locator('#announcer').filter({ hasText: words }).waitFor();

  before(async function () {
    if (!chromiumInstalled()) this.skip();
    issuer = await startEntraIssuer();
    bot = await startTestServer({ env: issuer.env({ ALLOWED_TENANTS: TEST_TENANT }) });
    const at = new Date('2026-11-20T10:00:00Z').toISOString();
    await bot.stores.feedback.record({ mentorId: 'hali', at, language: 'en', question: 'What is a large language model?', answer: 'A model of text.', sources: [], comment: 'too vague' });
    browser = await launchChromium();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterEach(async () => {
    await page.close();
  });

  after(async () => {
    await browser?.close();
    await bot?.close();
    await issuer?.close();
  });

  it('loads every section with no CSP violation or failed request, fetching the queue once and nothing from another host', async () => {
    const logged: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    page.on('request', (request) => requests.push(request.url()));
    await open();
    await tab().locator('fluent-button.open').first().waitFor();
    await tab().locator('#tab-feedback').click();
    await tab().locator('#panel li.card').waitFor();
    await tab().locator('#tab-analytics').click();
    await tab().locator('#cohort').waitFor();
    // The Teams library's host list was fetched from a Microsoft CDN, which the CSP refused on every load.
    expect(logged.filter((text) => /Content Security Policy|Failed to load resource/.test(text)), 'console').to.deep.equal([]);
    const tabRequests = requests.filter((url) => !url.startsWith('https://teams.microsoft.com/_hali-test/'));
    expect(tabRequests.filter((url) => !url.startsWith(`${TAB_ORIGIN}/`)), 'other hosts').to.deep.equal([]);
    expect(tabRequests.filter((url) => url.includes('/api/educator/queue')), 'the queue is drawn once at start').to.have.length(1);
  });

  /** A route that fails as `how` the first time and passes the request on after. */
  const failOnce = (how: 500 | 401 | 'timeout') => {
    let failed = false;
    return async (route: Route) => {
      if (failed) return route.fallback();
      failed = true;
      if (how === 'timeout') return route.abort('timedout');
      return route.fulfill({ status: how, contentType: 'application/json', body: JSON.stringify({ error: how === 401 ? 'unauthorized' : 'internal', message: 'The token was refused (ERR_JWT_EXPIRED).' }) });
    };
  };

  for (const { api, how, locale, message, view } of [
    { api: 'queue', how: 500, locale: 'en-gb', message: 'Something went wrong. Please try again.', view: 'fluent-button.open' },
    { api: 'feedback', how: 'timeout', locale: 'cy-gb', message: 'Doedd dim modd cyrraedd HALI. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni.', view: 'li.card' },
    { api: 'analytics/report', how: 500, locale: 'cy-gb', message: 'Aeth rhywbeth o’i le. Rhowch gynnig arall arni.', view: '#cohort' },
    { api: 'item', how: 401, locale: 'en-gb', message: 'Your session has expired. Select “Try again” to sign in again; if that does not work, close the tab and open it again.', view: '#decide' },
  ] as const) {
    it(`says so in the page's language when ${api} fails (${how}, ${locale}), and Try again by keyboard draws the view`, async () => {
      // The queue, feedback and item views spun forever, and analytics showed the server's English, with no way to retry.
      await open(locale);
      // Once the first load is done (its queue call too), a failing route: routes run newest first, so it answers
      // before the host's, and the reload asks again.
      await tab().locator('fluent-button.open').first().waitFor();
      await page.route(new RegExp(`/api/educator/${api.replace('/', '\\/')}(\\?|$)`), failOnce(how));
      await page.reload();
      await tab().locator('#panel').waitFor();
      if (api === 'feedback') await tab().locator('#tab-feedback').click();
      if (api === 'analytics/report') await tab().locator('#tab-analytics').click();
      if (api === 'item') {
        await tab().locator('fluent-button.open').first().focus();
        await page.keyboard.press('Enter');
      }
      await tab().locator('#panel [role="alert"]').getByText(message).waitFor();
      expect(await tab().locator('#panel fluent-spinner').count(), 'no spinner left turning').to.equal(0);
      if (api === 'item') expect(await tab().locator('#panel #back').count(), 'a way back to the queue').to.equal(1);
      const violations = await axeViolations(tab());
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      // Opened from the queue by keyboard, the failed item leaves the focus on Try again; elsewhere it stays on the tab.
      if (api === 'item') expect(await focused(), 'the keyboard user is on Try again').to.equal('retry');
      else await tab().locator('#retry').focus();
      await page.keyboard.press('Enter');
      await tab().locator(`#panel ${view}`).first().waitFor();
      expect(await tab().locator('#panel [role="alert"]').filter({ hasText: message }).count()).to.equal(0);
    });
  }

  it('offers Try again when signing in fails for a reason that may pass', async () => {
    await open('cy-gb');
    await tab().locator('fluent-button.open').first().waitFor();
    await page.route(/\/api\/educator\/me$/, failOnce(500));
    await page.reload();
    await tab().getByText('Aeth rhywbeth o’i le. Rhowch gynnig arall arni.').waitFor();
    await tab().locator('#retry').click();
    await tab().locator('fluent-button.open').first().waitFor();
  });

  it('keeps the focus where the educator is: on a filter, the decision button, the item reopened, the language switch', async () => {
    await open();
    await tab().locator('fluent-button.open').first().waitFor();
    // A filter chosen with the arrow keys: the queue redraws, the focus stays on the filter and the count is said.
    await tab().locator('#filter-kind').focus();
    await page.keyboard.press('ArrowDown');
    await announced(/^Items matching: \d+/);
    expect(await tab().locator('#filter-kind').inputValue()).to.not.equal('');
    expect(await focused(), 'was dropped to the page body').to.equal('filter-kind');
    await tab().locator('#filter-kind').selectOption('');
    await tab().locator('fluent-button.open').first().waitFor();

    const key = await tab().locator('fluent-button.open').nth(2).getAttribute('data-key');
    await tab().locator('fluent-button.open').nth(2).focus();
    await page.keyboard.press('Enter');
    await tab().locator('#approve-educator').waitFor();
    // Request changes with no comment: the reason is in the page's words, and the focus stays on the button.
    await tab().locator('#changes-educator').focus();
    await page.keyboard.press('Space');
    await tab().locator('#decision-message').getByText('Say what should change: write a comment, then request changes.').waitFor();
    expect(await focused()).to.equal('changes-educator');
    await tab().locator('#decision-comment').fill('The second example needs a source.');
    await tab().locator('#changes-educator').focus();
    await page.keyboard.press('Enter');
    await tab().locator('#decide').getByText('Clinical educator: changes requested').waitFor();
    await announced('Decision saved. Clinical educator: changes requested');
    expect(await focused(), 'the focus jumped to the top of the item').to.equal('changes-educator');
    // Back to the queue: the focus returns to the item just reviewed, not to the top of the page.
    await tab().locator('#back').focus();
    await page.keyboard.press('Enter');
    await tab().locator('#queue-total').waitFor();
    expect(await focused()).to.equal(`open-${key}`);

    // The analytics filters and the language switch: the section stays, the focus stays.
    await tab().locator('#tab-analytics').click();
    await tab().locator('#cohort').waitFor();
    await tab().locator('#analytics-role').focus();
    await page.keyboard.press('ArrowDown');
    await announced('Too few learners to show (fewer than 10)');
    expect(await tab().locator('#analytics-role').inputValue()).to.equal('nurse');
    expect(await focused()).to.equal('analytics-role');
    await tab().locator('#language').focus();
    await page.keyboard.press('Enter');
    await tab().locator('#cohort').getByText('Rhy ychydig o ddysgwyr').waitFor();
    expect(await tab().locator('fluent-tab[aria-selected="true"]').innerText(), 'the switch went back to the queue').to.equal('Dadansoddeg y garfan');
    expect(await focused()).to.equal('language');
    // Months read in Welsh too ("2026-11" before).
    expect(await tab().locator('#analytics-period option').nth(1).innerText()).to.match(/^(Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}$/);
  });

  it('marks learner feedback with the language it was written in, and keeps live announcements to one region', async () => {
    await open('cy-gb');
    await tab().locator('#tab-feedback').click();
    await tab().locator('#panel li.card').waitFor();
    // An English question on the Welsh page was read out with Welsh pronunciation.
    expect(await tab().getByText('What is a large language model?').getAttribute('lang')).to.equal('en');
    // The whole workspace was one polite live region: every redraw was read out in full.
    expect(await tab().locator('#app').getAttribute('aria-live')).to.equal(null);
    expect(await tab().locator('[aria-live], [role="status"]').evaluateAll((all) => all.map((el) => el.id))).to.deep.equal(['announcer']);
    // Marking an answer keeps the focus on the mark chosen.
    const fine = tab().locator('#panel li.card fluent-button[data-verdict="fine"]');
    await fine.focus();
    await page.keyboard.press('Enter');
    await tab().locator('#panel li.card fluent-button[data-verdict="fine"][appearance="primary"]').waitFor();
    expect(await focused()).to.match(/^triage-.*-fine$/);
  });

  for (const [width, height, scale] of [[320, 700, 1], [640, 450, 2]] as const) {
    it(`reflows at ${width} CSS px${scale > 1 ? ' (1,280 px at 200% zoom)' : ''}: the page never scrolls sideways, a wide table scrolls in its own box`, async () => {
      await page.close();
      page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
      await open('cy-gb');
      const pageFits = () => tab().evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth');
      await tab().locator('fluent-button.open').first().waitFor();
      expect(await pageFits(), 'queue').to.equal(true);
      if (width === 320) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, 'educator-probe-320-queue.png') });
        // The queue's table is wider than a phone: its box scrolls, takes a Tab stop and is named.
        const box = tab().locator('.table-scroll').filter({ has: tab().locator('table.queue') });
        expect(await box.getAttribute('tabindex')).to.equal('0');
        expect(await box.getAttribute('aria-label')).to.equal('Cynnwys i’w adolygu');
      }
      await tab().locator('fluent-button.open').first().click();
      await tab().locator('#decide').waitFor();
      expect(await pageFits(), 'item').to.equal(true);
      await tab().locator('#tab-analytics').click();
      await tab().locator('#cohort').waitFor();
      expect(await pageFits(), 'analytics').to.equal(true);
    });
  }
});
