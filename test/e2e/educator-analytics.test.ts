import { expect } from 'chai';
import { TestAdapter, type Activity } from 'botbuilder';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { realFaculty } from '../helpers/app';
import { runScriptedCohort } from '../helpers/cohort';
import { startEntraIssuer, TEST_TENANT } from '../helpers/entra';
import { chromiumInstalled, launchChromium } from '../helpers/playground';
import { startTestServer } from '../helpers/server';
import { axeViolations, describeViolations } from '../helpers/axe';
import { changeTheme, openInTeamsHost } from '../helpers/teams-host';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
/** The tenant of test/helpers/activities.ts's learners. */
const LEARNER_TENANT = '72f988bf-0000-4000-8000-000000000001';

/**
 * A scripted cohort of 40 learners (38 in the figures: the two pharmacists are a group under 10) answers quizzes and, a week later, retention probes through the
 * real app; then an educator opens the Teams tab in Chromium (a stand-in Teams host, tokens from a
 * local Entra ID issuer) and reads the cohort analytics.
 */
describe('e2e: an educator reads cohort analytics in the Teams tab', function () {
  this.timeout(180_000);
  let issuer: Awaited<ReturnType<typeof startEntraIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const tab = (): Frame => page.frames().find((f) => f.url().startsWith('https://hali.test/'))!;

  before(async function () {
    if (!chromiumInstalled()) this.skip();
    let now = new Date('2026-11-02T09:00:00Z');
    const clock = { now: () => now, advanceDays: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)) };
    issuer = await startEntraIssuer();
    bot = await startTestServer({ now: clock.now, env: issuer.env({ ALLOWED_TENANTS: `${TEST_TENANT},${LEARNER_TENANT}` }) });
    const send = async (activity: Partial<Activity>) => {
      const adapter = new TestAdapter(bot.handleTurn);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    };
    const run = await runScriptedCohort(send, clock);
    expect(run.probesAnswered).to.be.greaterThan(10);
    await bot.stores.aggregates.flush();
    // Figures count learning to the end of the last full week: the educator looks once the probes' week is over.
    clock.advanceDays(7);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });

  after(async function () {
    if (page) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'educator-analytics.png'), fullPage: true }).catch(() => undefined);
    }
    await browser?.close();
    await bot?.close();
    await issuer?.close();
  });

  it('shows the item table, a flagged item, the misconception ranking and a drawn chart, and "too few learners" for a small filter', async () => {
    await openInTeamsHost(page, bot.base, { token: issuer.token(['Educator'], { name: 'Dr Rhian Evans' }) });
    await tab().getByText('Signed in as Dr Rhian Evans').waitFor({ timeout: 30_000 });
    await tab().locator('#tab-analytics').click();
    await tab().locator('#cohort').getByText('Cohort: 38 learners').waitFor({ timeout: 30_000 });

    // The item table: one row per question, with attempts and proportion correct.
    const itemRows = tab().locator('#table-items tbody tr');
    expect(await itemRows.count()).to.be.greaterThan(5);
    expect(await tab().locator('#table-items tbody').innerText()).to.include('100.0%');
    // A flagged item: the question everyone got right.
    await tab().locator('#flagged li').filter({ hasText: 'Too easy' }).first().waitFor();
    // The misconception ranking, most common first.
    const misconceptions = tab().locator('#table-misconceptions tbody tr');
    expect(await misconceptions.count()).to.be.greaterThan(0);
    // Those resting on too few learners come last, without figures.
    const shares = await tab().locator('#table-misconceptions tbody tr td:nth-child(2)').allInnerTexts();
    const prevalences = shares.filter((p) => p.endsWith('%')).map((p) => Number.parseFloat(p));
    expect(prevalences.length).to.be.greaterThan(0);
    expect(prevalences).to.deep.equal([...prevalences].sort((a, b) => b - a));
    expect(shares.slice(prevalences.length).every((p) => p.startsWith('Too few learners'))).to.equal(true);
    // A chart drawn by Chart.js on a canvas, with its table beside it.
    const drawn = await tab().locator('#chart-calibration').evaluate((canvas: any) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
      return { painted, width: canvas.width };
    });
    expect(drawn.width).to.be.greaterThan(100);
    expect(drawn.painted).to.be.greaterThan(500);
    expect(await tab().locator('#chart-calibration').getAttribute('role')).to.equal('img');
    expect(await tab().locator('figure[data-chart="calibration"] table tbody tr').count()).to.be.greaterThan(0);
    await expectTopicNames('en');
    // Retention from the probes: how many, and the rate with its interval unless too few forgot (or kept) to show it.
    expect(Number(await tab().locator('#table-retention tbody tr td:nth-child(3)').first().innerText())).to.be.at.least(10);
    expect(await tab().locator('#table-retention tbody tr td:nth-child(4)').first().innerText()).to.match(/^\d+\.\d%$|^Too few learners/);
    // When the figures were counted to, and why they never move live.
    expect(await tab().locator('#counted-until').innerText()).to.include('Sunday, 15 November 2026 (UTC)');
    expect(await tab().locator('#analytics-release').innerText()).to.include('at least 10 of its learners were active');

    // Two pharmacists: the role filter would single them out.
    await tab().locator('#analytics-role').selectOption('pharmacist');
    await tab().locator('#cohort').getByText('Too few learners to show (fewer than 10)').waitFor();
    expect(await tab().locator('#table-items tbody').innerText()).to.include('Too few learners');
    expect(await tab().locator('#flagged').count()).to.equal(0);
  });

  it('names the topics in Welsh in the charts and their tables when Teams is in Welsh', async () => {
    await openInTeamsHost(page, bot.base, { token: issuer.token(['Educator'], { name: 'Dr Rhian Evans' }), locale: 'cy-gb' });
    await tab().locator('#tab-analytics').click();
    await tab().locator('#cohort').getByText('Carfan: 38 o ddysgwyr').waitFor({ timeout: 30_000 });
    await expectTopicNames('cy');
    // The day counted to is written in Welsh even where the browser has no Welsh date data ("sunday, November 15" before).
    expect(await tab().locator('#counted-until').innerText()).to.include('hyd at ddiwedd dydd Sul, 15 Tachwedd 2026 (UTC)');
  });

  it('has no WCAG 2.2 A or AA failure axe-core can find, in every section, an open item, English and Welsh, light, dark and high contrast', async () => {
    const scan = async (where: string) => {
      const violations = await axeViolations(tab());
      expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
    };
    for (const [locale, theme, signedIn] of [['en-gb', 'default', 'Signed in as'], ['cy-gb', 'dark', 'Wedi mewngofnodi']] as const) {
      await openInTeamsHost(page, bot.base, { token: issuer.token(['Educator', 'WelshReviewer'], { name: 'Dr Rhian Evans' }), locale, theme });
      await tab().getByText(signedIn).first().waitFor({ timeout: 30_000 });
      await tab().locator('fluent-button.open').first().waitFor({ timeout: 30_000 });
      await scan(`${locale} ${theme} queue`);
      await tab().locator('fluent-button.open').first().click();
      await tab().locator('#approve-educator').waitFor();
      await scan(`${locale} ${theme} item`);
      await tab().locator('#tab-feedback').click();
      await tab().locator('#panel').waitFor();
      await scan(`${locale} ${theme} feedback`);
      await tab().locator('#tab-analytics').click();
      await tab().locator('#table-items tbody tr').first().waitFor({ timeout: 30_000 });
      await scan(`${locale} ${theme} analytics`);
    }
    await changeTheme(page, 'contrast');
    await tab().locator('html[data-theme="contrast"]').waitFor();
    await scan('cy-gb contrast analytics');
  });

  /** The calibration and retention tables, and the charts' labels, carry the mentor's topic names in `lang`. */
  async function expectTopicNames(lang: 'en' | 'cy') {
    const hali = realFaculty().get('hali')!;
    const names = Object.values(hali.topicNames).map((n) => n[lang]);
    for (const table of ['calibration', 'retention']) {
      const topics = await tab().locator(`#table-${table} tbody tr td:first-child`).allInnerTexts();
      expect(topics.length, table).to.be.greaterThan(0);
      for (const topic of topics) expect(names, `${lang} ${table}`).to.include(topic.replace(/ \(\d+\)$/, ''));
    }
    for (const chart of ['calibration', 'retention']) {
      // A chart with no figure to draw (every retention rate resting on too few learners) is a note, not empty axes.
      if (chart === 'retention' && (await tab().locator('#chart-retention').count()) === 0) {
        expect(await tab().locator('figure[data-chart="retention"] .no-chart').count(), 'retention: no chart and no note').to.equal(1);
        continue;
      }
      const label = (await tab().locator(`#chart-${chart}`).getAttribute('aria-label')) ?? '';
      expect(names.some((name) => label.includes(name)), `${lang} ${chart}: ${label}`).to.equal(true);
    }
  }
});
