import { expect } from 'chai';
import { TestAdapter } from 'botbuilder';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { personalMessage } from '../helpers/activities';
import { cardTexts, firstCard } from '../helpers/app';
import { startEntraIssuer, TEST_TENANT } from '../helpers/entra';
import { chromiumInstalled, launchChromium } from '../helpers/playground';
import { startTestServer } from '../helpers/server';
import { changeTheme, openInTeamsHost, routeTab, TAB_ORIGIN } from '../helpers/teams-host';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
const LESSON = 'lesson:hali-what-is-ai';
/** The tenant of test/helpers/activities.ts's learners. */
const LEARNER_TENANT = '72f988bf-0000-4000-8000-000000000001';

/**
 * The educator tab in Chromium, framed by a stand-in Teams host that answers the Teams JavaScript
 * library's calls, against the real server in production mode, signed in with tokens from a local
 * Entra ID issuer. A learner's turns go through botbuilder's TestAdapter on the same app.
 */
describe('e2e: an educator approves a lesson in the Teams tab and learners are served it', function () {
  this.timeout(120_000);
  let issuer: Awaited<ReturnType<typeof startEntraIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;

  before(async function () {
    if (!chromiumInstalled()) this.skip();
    issuer = await startEntraIssuer();
    bot = await startTestServer({
      env: { NODE_ENV: 'production', BOT_ID: '00000000-0000-4000-8000-0000000000b0', BOT_PASSWORD: 'test-only-not-a-secret', ...issuer.env({ ALLOWED_TENANTS: `${TEST_TENANT},${LEARNER_TENANT}` }) },
    });
    browser = await launchChromium();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });

  afterEach(async function () {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `educator-${this.currentTest?.title.slice(0, 40).replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => undefined);
    await page.close();
  });

  after(async () => {
    await browser?.close();
    await bot?.close();
    await issuer?.close();
  });

  const tab = (): Frame => page.frames().find((f) => f.url().startsWith('https://hali.test/'))!;

  /** What a learner in personal chat gets for "lesson HALI". */
  async function learnerLessonTexts(): Promise<string[]> {
    const adapter = new TestAdapter(bot.handleTurn);
    await adapter.processActivity(personalMessage('lesson HALI', { userId: '29:learner-e2e' }));
    const sent = adapter.activeQueue.splice(0);
    return [...sent.map((a) => a.text ?? ''), ...cardTexts(firstCard(sent))];
  }

  it('signs in with Teams SSO, approves a lesson clinically and in Welsh, and the lesson then reaches a learner', async () => {
    expect((await learnerLessonTexts()).join('\n')).to.include('HALI has no lessons yet.');
    await openInTeamsHost(page, bot.base, { token: issuer.token(['Educator', 'WelshReviewer'], { name: 'Dr Rhian Evans' }) });
    await tab().getByText('Signed in as Dr Rhian Evans').waitFor({ timeout: 30_000 });
    expect(await tab().locator('#local-banner').count(), 'no local-mode banner in Teams').to.equal(0);

    await tab().locator('#filter-mentor').selectOption('hali');
    await tab().locator('#filter-kind').selectOption('lesson');
    await tab().locator(`fluent-button[data-key="${LESSON}"]`).click();
    await tab().getByRole('cell', { name: /Deallusrwydd artiffisial|AI/ }).first().waitFor();
    await tab().locator('#approve-educator').click();
    await tab().locator('#decide').getByText('Clinical educator: approved').waitFor();
    expect(await learnerLessonTexts(), 'one approval is not enough').to.satisfy((texts: string[]) => texts.join('\n').includes('HALI has no lessons yet.'));

    await tab().locator('#approve-welsh-reviewer').click();
    await tab().locator('#decide').getByText('Welsh-language reviewer: approved').waitFor();
    await tab().getByText('shown to learners in the live service').waitFor();
    const served = (await learnerLessonTexts()).join('\n');
    const lesson = bot.governance.item(LESSON)!;
    expect(served).to.include(lesson.title.en);
    expect(served, 'approved content carries no draft label').to.not.include('Draft content');
  });

  it('shows a learner whose token has no workspace role the "ask your education team" page, and the API refuses them', async () => {
    const learnerToken = issuer.token([], { name: 'A Learner' });
    await openInTeamsHost(page, bot.base, { token: learnerToken, locale: 'cy-gb' });
    await tab().getByText('Mae’r gweithle hwn ar gyfer addysgwyr').waitFor({ timeout: 30_000 });
    expect(await tab().getByText('gofynnwch i’ch tîm addysg').count()).to.equal(1);
    const response = await fetch(`${bot.base}/api/educator/queue`, { headers: { authorization: `Bearer ${learnerToken}` } });
    expect(response.status).to.equal(403);
  });

  it('follows the Teams theme and language: dark and Welsh from the Teams context, then high contrast when Teams switches', async () => {
    await openInTeamsHost(page, bot.base, { token: issuer.token(['WelshReviewer']), theme: 'dark', locale: 'cy-gb' });
    await tab().getByText('Ciw adolygu').waitFor({ timeout: 30_000 });
    expect(await tab().locator('html').getAttribute('data-theme')).to.equal('dark');
    expect(await tab().locator('html').getAttribute('lang')).to.equal('cy');
    // The title screen readers announce is Welsh too (it stayed "HALI for educators").
    expect(await tab().locator('title').textContent()).to.equal('HALI i addysgwyr');
    // The user switches Teams to high contrast: the page follows.
    await changeTheme(page, 'contrast');
    await tab().locator('html[data-theme="contrast"]').waitFor();
    // By keyboard: an item opens with Enter and its heading takes the focus for screen readers.
    await tab().locator('fluent-button.open').first().focus();
    await page.keyboard.press('Enter');
    await tab().locator('#approve-welsh-reviewer').waitFor();
    expect(await tab().locator('h2:focus').count(), 'the item heading has the focus').to.equal(1);
    // A Welsh reviewer is offered the Welsh approval only.
    expect(await tab().locator('#approve-educator').count()).to.equal(0);
  });

  it('serves the page with a CSP that allows framing only by Teams and Microsoft 365, and loads nothing from elsewhere', async () => {
    const response = await fetch(`${bot.base}/educator`);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).to.include("script-src 'self'").and.include("connect-src 'self'").and.include('frame-ancestors').and.include('https://teams.microsoft.com');
    expect(csp).to.not.include('*;').and.not.include("'unsafe-inline'");
    expect(response.headers.get('x-frame-options')).to.equal(null);
    const html = await response.text();
    expect([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).every((url) => url.startsWith('/educator/assets/'))).to.equal(true);
    // Framed by a host that is not Teams, Chromium refuses to show it.
    const blocked: string[] = [];
    page.on('console', (m) => blocked.push(m.text()));
    await routeTab(page, bot.base);
    await page.route('https://evil.example/host.html', (route) => route.fulfill({ contentType: 'text/html', body: `<iframe src="${TAB_ORIGIN}/educator"></iframe>` }));
    await page.goto('https://evil.example/host.html');
    await expectSoon(() => blocked.some((text) => text.includes('frame-ancestors')));
  });
});

async function expectSoon(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
