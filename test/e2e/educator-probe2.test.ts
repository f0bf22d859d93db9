import { expect } from 'chai';
import { TestAdapter, type Activity } from 'botbuilder';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { midSentence } from '../../bot/i18n';
import { realFaculty } from '../helpers/app';
import { axeViolations, describeViolations } from '../helpers/axe';
import { runScriptedCohort } from '../helpers/cohort';
import { startEntraIssuer, TEST_TENANT } from '../helpers/entra';
import { chromiumInstalled, launchChromium } from '../helpers/playground';
import { startTestServer } from '../helpers/server';
import { changeTheme, openInTeamsHost, TAB_ORIGIN } from '../helpers/teams-host';

/* eslint-disable @typescript-eslint/no-explicit-any */
// The page's globals, in functions run inside the browser (this project's Node typings have no DOM).
declare const document: any, getComputedStyle: any, requestAnimationFrame: any;

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
/** The tenant of test/helpers/activities.ts's learners. */
const LEARNER_TENANT = '72f988bf-0000-4000-8000-000000000001';
const LOCALES = ['en-gb', 'cy-gb'] as const;
const langOf = (locale: string) => (locale.startsWith('cy') ? 'cy' : 'en');

/** A mentor as the bot introduces it ("Gwen (genomics mentor)", "Gwen (mentor genomeg)"), from the mentors' own data. */
const mentorLabels = (lang: 'en' | 'cy') => new Map(realFaculty().mentors.map((m) => [m.id, `${m.name} (${midSentence(m.role[lang])})`]));

/** The Monday an ISO week ("2026-W45") begins, worked out here independently of the page. */
function mondayOf(week: string): Date {
  const [, year, number] = /^(\d{4})-W(\d{2})$/.exec(week)!.map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  return new Date(firstMonday + (number - 1) * 7 * 86_400_000);
}
/** "16 Nov 2026" / "16 Tach 2026" (Node has full ICU data, Welsh included; the tab's Chromium has none). */
const dayAsRead = (iso: string, lang: 'en' | 'cy') => new Intl.DateTimeFormat(lang === 'cy' ? 'cy' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
/** A date written for machines: "2026-11-16", "2026-11", "2026-W45". */
const ISO_DATE = /\b\d{4}-(\d{2}(-\d{2})?|W\d{2})\b/;
/** "w/c 2 Nov 2026" / "w/d 2 Tach 2026" (Node has full ICU data, Welsh included). */
const weekAsRead = (week: string, lang: 'en' | 'cy') =>
  `${lang === 'cy' ? 'w/d' : 'w/c'} ${new Intl.DateTimeFormat(lang === 'cy' ? 'cy' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(mondayOf(week))}`;

/**
 * The educator tab probed as a real browser finds it, with a cohort's figures in it: reduced motion, mentors named
 * as people read them, weeks as dates, the evaluation report opened to read, Windows forced colours, keyboard only
 * and 400% zoom. Chromium, framed by the stand-in Teams host, against the real server and a scripted cohort.
 */
describe('e2e: the educator tab probed again (motion, names, weeks, the report, forced colours, zoom)', function () {
  this.timeout(180_000);
  let issuer: Awaited<ReturnType<typeof startEntraIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let token: string;
  let clock: { now: () => Date; advanceDays: (days: number) => void };
  const tab = (): Frame => page.frames().find((f) => f.url().startsWith(`${TAB_ORIGIN}/`))!;
  const open = async (locale: string, theme: 'default' | 'dark' | 'contrast' = 'default') => {
    // A tab the page opens (the report) is a page of its own: the stand-in host's address reaches the server there too.
    await page.context().route(`${TAB_ORIGIN}/educator/report/**`, async (route) => {
      const url = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${bot.base}${url.pathname}` }) });
    });
    await openInTeamsHost(page, bot.base, { token, locale, theme });
    await tab().locator('#panel').waitFor({ timeout: 30_000 });
  };
  const openAnalytics = async (locale: string) => {
    await open(locale);
    await tab().locator('#tab-analytics').click();
    await tab().locator('#table-weekly tbody tr').first().waitFor({ timeout: 30_000 });
  };
  const shot = async (name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `educator2-${name}.png`) });
  };
  /** The JSON the analytics view is drawn from, asked for as the page asks. */
  const reportJson = async (lang: 'en' | 'cy') => {
    const response = await fetch(`${bot.base}/api/educator/analytics/report?mentor=hali&period=all&role=all&language=all&lang=${lang}`, { headers: { authorization: `Bearer ${token}` } });
    return (await response.json()) as { engagement: { weeklyActive: { week: string }[] } };
  };

  before(async function () {
    if (!chromiumInstalled()) this.skip();
    let now = new Date('2026-11-02T09:00:00Z');
    clock = { now: () => now, advanceDays: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)) };
    issuer = await startEntraIssuer();
    bot = await startTestServer({ now: clock.now, env: issuer.env({ ALLOWED_TENANTS: `${TEST_TENANT},${LEARNER_TENANT}` }) });
    const send = async (activity: Partial<Activity>) => {
      const adapter = new TestAdapter(bot.handleTurn);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    };
    await runScriptedCohort(send, clock);
    await bot.stores.aggregates.flush();
    clock.advanceDays(7);
    for (const mentorId of ['hali', 'gwen']) {
      await bot.stores.feedback.record({ mentorId, at: clock.now().toISOString(), language: 'en', question: `A question for ${mentorId}`, answer: 'An answer.', sources: [], comment: 'too vague' });
    }
    token = issuer.token(['Educator', 'WelshReviewer'], { name: 'Dr Rhian Evans' });
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

  /** Holds every call to `api` until `release` is called: a slow server, with no timing in the test. */
  const holdApi = async (api: string) => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(new RegExp(`/api/educator/${api}(\\?|$)`), async (route) => {
      await gate;
      await route.fallback();
    });
    return release;
  };
  /** The spinner's animations that are running now (inside its shadow root). */
  const spinnerAnimations = () =>
    tab().locator('#panel fluent-spinner').evaluate((spinner) => (spinner.shadowRoot?.getAnimations() ?? []).filter((a: any) => a.playState === 'running').length);

  for (const [motion, turning] of [['reduce', false], ['no-preference', true]] as const) {
    it(`${turning ? 'turns' : 'holds still'} the loading spinner when the system asks for ${motion === 'reduce' ? 'reduced motion' : 'no motion preference'}, then draws the view in its place`, async () => {
      await page.emulateMedia({ reducedMotion: motion });
      await open('en-gb');
      await tab().locator('fluent-button.open').first().waitFor();
      const release = await holdApi('queue');
      await page.reload();
      await tab().locator('#panel fluent-spinner').waitFor();
      // With reduced motion the Fluent spinner still spun: its shadow parts run a CSS animation forever.
      if (turning) expect(await spinnerAnimations()).to.be.greaterThan(0);
      else expect(await spinnerAnimations()).to.equal(0);
      const headingBefore = await tab().locator('h1').boundingBox();
      release();
      await tab().locator('fluent-button.open').first().waitFor();
      // The content takes the spinner's place: nothing above it moved.
      expect(await tab().locator('h1').boundingBox()).to.deep.equal(headingBefore);
      expect(await tab().locator('#panel fluent-spinner').count()).to.equal(0);
    });
  }

  for (const locale of LOCALES) {
    it(`names mentors as the bot does, in the page's language, in the queue, feedback and analytics (${locale})`, async () => {
      const lang = langOf(locale);
      const labels = mentorLabels(lang);
      const ids = [...labels.keys()];
      await open(locale);
      await tab().locator('fluent-button.open').first().waitFor();
      // The queue's mentor column said "hali" and "gwen".
      const cells = await tab().locator('table.queue tbody tr td:nth-child(3)').allInnerTexts();
      expect(cells.length).to.be.greaterThan(10);
      for (const cell of new Set(cells)) expect([...labels.values()], cell).to.include(cell);
      expect(new Set(cells).size, 'both mentors have items').to.equal(labels.size);
      // Each option names its mentor; the value sent to the server stays the id.
      const options = await tab().locator('#filter-mentor option').evaluateAll((all) => all.slice(1).map((o: any) => [o.value, o.textContent]));
      expect(options.map(([id]) => id).sort()).to.deep.equal([...ids].sort());
      for (const [id, text] of options) expect(text.replace(/ \(\d+\)$/, ''), id).to.equal(labels.get(id));
      await tab().locator('#filter-mentor').selectOption('gwen');
      await tab().locator('table.queue tbody tr').first().waitFor();
      expect(new Set(await tab().locator('table.queue tbody tr td:nth-child(3)').allInnerTexts())).to.deep.equal(new Set([labels.get('gwen')]));
      await tab().locator('fluent-button.open').first().click();
      await tab().locator('#item-status').getByText(labels.get('gwen')!).waitFor();
      // Sources' "last checked" dates, and any decision's, read as dates ("2025-06-01" before).
      const listed = await tab().locator('#panel li').allInnerTexts();
      expect(listed.filter((line) => ISO_DATE.test(line)), 'ISO dates in the item').to.deep.equal([]);
      if (locale === 'en-gb') await shot('after-mentor-names-item');

      await tab().locator('#tab-feedback').click();
      await tab().locator('#panel li.card').first().waitFor();
      const lines = await tab().locator('#panel li.card').allInnerTexts();
      for (const id of ids) expect(lines.some((l) => l.includes(` · ${labels.get(id)} · `)), `${id} in feedback`).to.equal(true);
      expect(lines.some((l) => / · (hali|gwen) · /.test(l)), 'an id in feedback').to.equal(false);
      // When the learner said it, as a date ("2026-11-16" before).
      for (const line of lines) expect(line).to.include(`${dayAsRead(clock.now().toISOString(), lang)} · `).and.to.not.match(ISO_DATE);

      await tab().locator('#tab-analytics').click();
      await tab().locator('#cohort').waitFor({ timeout: 30_000 });
      const analyticsOptions = await tab().locator('#analytics-mentor option').allInnerTexts();
      expect([...analyticsOptions].sort()).to.deep.equal([...labels.values()].sort());
    });

    it(`writes weeks as a person reads them in the chart, its table and the report (${locale})`, async () => {
      const lang = langOf(locale);
      const weeks = (await reportJson(lang)).engagement.weeklyActive.map((w) => w.week);
      expect(weeks.length).to.be.greaterThan(0);
      const expected = weeks.map((w) => weekAsRead(w, lang));
      await openAnalytics(locale);
      // What is shown; a screen reader hears the week in full instead (educator-probe3).
      const cells = await tab().locator('#table-weekly tbody tr td:first-child [aria-hidden="true"]').allInnerTexts();
      // "2026-W45" before.
      expect(cells).to.deep.equal(expected);
      const chartLabel = (await tab().locator('#chart-weekly').getAttribute('aria-label')) ?? '';
      const long = new Intl.DateTimeFormat(lang === 'cy' ? 'cy' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (const week of weeks) expect(chartLabel).to.include(`${lang === 'cy' ? 'wythnos yn dechrau' : 'week commencing'} ${long.format(mondayOf(week))}`);
      expect(chartLabel).to.not.match(/\d{4}-W\d{2}/);
      await tab().locator('#chart-weekly').scrollIntoViewIfNeeded();
      await shot(`after-weeks-${lang}`);
      const response = await fetch(`${bot.base}/api/educator/analytics/report.html?mentor=hali&period=all&role=all&language=all&lang=${lang}`, { headers: { authorization: `Bearer ${token}` } });
      const html = await response.text();
      // The report shows the same short weeks and, in their place, says them in full to a screen reader (as the tab does).
      const report = await browser.newPage();
      try {
        await report.setContent(html);
        expect(await report.locator('#weekly tbody tr td:first-child [aria-hidden="true"]').allInnerTexts()).to.deep.equal(expected);
        for (const week of weeks) {
          const spoken = `${lang === 'cy' ? 'wythnos yn dechrau' : 'week commencing'} ${long.format(mondayOf(week))}`;
          expect(await report.getByRole('cell', { name: spoken, exact: true }).count(), spoken).to.equal(1);
        }
        expect(await report.getByRole('cell', { name: /^w\/[cd] /u }).count(), 'a week cell named by its short form').to.equal(0);
      } finally {
        await report.close();
      }
      expect(html).to.not.match(ISO_DATE);
      // A month's report names its month, and the day it was made, as words ("Period: 2026-11 · 2026-11-16" before).
      const month = clock.now().toISOString().slice(0, 7);
      const monthly = await (await fetch(`${bot.base}/api/educator/analytics/report.html?mentor=hali&period=${month}&lang=${lang}`, { headers: { authorization: `Bearer ${token}` } })).text();
      expect(monthly).to.include(new Intl.DateTimeFormat(lang === 'cy' ? 'cy' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(clock.now()));
      expect(monthly).to.not.match(ISO_DATE);
    });

    it(`opens the evaluation report to read in a new tab, and downloads it only from Download (${locale})`, async () => {
      const lang = langOf(locale);
      await openAnalytics(locale);
      const downloads: string[] = [];
      page.on('download', (d) => downloads.push(d.suggestedFilename()));
      const popupOpened = page.waitForEvent('popup');
      await tab().locator('#open-report').focus();
      await page.keyboard.press('Enter');
      const popup = await popupOpened;
      await popup.waitForLoadState();
      // The report was saved as a file instead.
      expect(downloads).to.deep.equal([]);
      expect(popup.url()).to.match(/^https:\/\/hali\.test\/educator\/report\//);
      expect(await popup.locator('html').getAttribute('lang')).to.equal(lang);
      expect(await popup.locator('h1').innerText()).to.equal(`${lang === 'cy' ? 'Adroddiad gwerthuso' : 'Evaluation report'}: HALI`);
      expect(await popup.locator('table#weekly tbody tr').count()).to.be.greaterThan(0);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await popup.screenshot({ path: join(SCREENSHOTS, `educator2-after-report-opened-${lang}.png`) });
      // The link is the reader's alone and for a while: another browser, or the same link much later, gets no figures.
      const again = await fetch(`${bot.base}${new URL(popup.url()).pathname}`);
      expect(again.status, 'the link opens again while it lasts (a refresh)').to.equal(200);
      const forged = await fetch(`${bot.base}/educator/report/${'0'.repeat(43)}`);
      expect(forged.status).to.equal(404);
      expect(await forged.text()).to.not.include('<table');
      await popup.close();

      const downloaded = page.waitForEvent('download');
      await tab().locator('#download-report').click();
      expect((await downloaded).suggestedFilename()).to.match(/^hali-hali-all-report\.html$/);
    });
  }

  /** Pixels of `canvas` whose colour is within 8 of `rgb` in every channel. */
  const pixelsOf = (selector: string, rgb: number[]) =>
    tab().locator(selector).evaluate((canvas: any, target) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 200 && Math.abs(data[i] - target[0]) <= 8 && Math.abs(data[i + 1] - target[1]) <= 8 && Math.abs(data[i + 2] - target[2]) <= 8) count++;
      return count;
    }, rgb);
  /** What a CSS colour (a system colour such as CanvasText) is in the tab now, as [r, g, b]. */
  const resolved = (colour: string) =>
    tab().evaluate((c) => {
      const probe = document.createElement('span');
      probe.style.color = c;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return (value.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    }, colour);

  for (const locale of LOCALES) {
    it(`keeps charts, focus, selected states and buttons visible in Windows forced colours (${locale})`, async () => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      await openAnalytics(locale);
      await tab().locator('#chart-weekly').scrollIntoViewIfNeeded();
      await tab().locator('#chart-weekly').evaluate((c: any) => new Promise((r) => requestAnimationFrame(() => r(c.width))));
      await shot(`after-forced-colours-${langOf(locale)}`);
      const text = await resolved('CanvasText');
      const highlight = await resolved('Highlight');
      // Chart.js painted its own palette (#0f6cbd on a black Canvas) and grey text, which forced colours never touch.
      const charts = await tab().locator('#panel canvas').evaluateAll((all) => all.map((c: any) => `#${c.id}`));
      expect(charts).to.include.members(['#chart-weekly', '#chart-calibration']);
      for (const chart of charts) {
        const bars = (await pixelsOf(chart, highlight)) + (await pixelsOf(chart, text));
        expect(bars, `${chart} in system colours`).to.be.greaterThan(300);
        expect(await pixelsOf(chart, [0x0f, 0x6c, 0xbd]), `${chart} in the brand blue`).to.equal(0);
      }
      // Buttons keep a border; the focused control a visible outline; the selected tab its marker.
      const buttons = await tab().locator('fluent-button').evaluateAll((all) => all.map((b) => ({ id: b.id || b.textContent, border: getComputedStyle(b).borderTopStyle, width: parseFloat(getComputedStyle(b).borderTopWidth) })));
      for (const b of buttons) expect(b.border !== 'none' && b.width >= 1, `${b.id} has a border`).to.equal(true);
      for (const selector of ['#language', '#open-report', '#analytics-role', '.table-scroll[tabindex="0"]', '#tab-analytics']) {
        const target = tab().locator(selector).first();
        if ((await target.count()) === 0) continue;
        await target.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const outline = await tab().evaluate(() => {
          const el = document.activeElement as any;
          const style = getComputedStyle(el);
          return { id: el.id || el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        expect(outline.style !== 'none' && outline.width >= 1, `${selector}: ${JSON.stringify(outline)}`).to.equal(true);
      }
      const marker = await tab().locator('fluent-tab[aria-selected="true"]').evaluate((el) => getComputedStyle(el, '::after').backgroundColor);
      expect(marker).to.not.match(/rgba\(0, 0, 0, 0\)|transparent/);
    });
  }

  for (const [locale, theme, then] of [['en-gb', 'dark', 'contrast'], ['cy-gb', 'contrast', 'default']] as const) {
    it(`writes the charts' text in the Teams theme's own colour, and again when the theme changes (${locale}, ${theme} then ${then})`, async () => {
      await open(locale, theme);
      await tab().locator('#tab-analytics').click();
      await tab().locator('#chart-weekly').waitFor({ timeout: 30_000 });
      await tab().locator('#chart-weekly').scrollIntoViewIfNeeded();
      const textPixels = async () => {
        await tab().locator('#chart-weekly').evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        const body = await tab().evaluate(() => (getComputedStyle(document.body).color.match(/\d+/g) ?? []).slice(0, 3).map(Number));
        return pixelsOf('#chart-weekly', body);
      };
      // Chart.js's grey (#666) was 2.9:1 on the dark theme's background and 3.7:1 on high contrast's black.
      expect(await textPixels(), `${theme}: axis text in the page's text colour`).to.be.greaterThan(40);
      await shot(`after-chart-text-${theme}`);
      await changeTheme(page, then);
      await tab().locator(`html[data-theme="${then === 'default' ? 'light' : then}"]`).waitFor();
      expect(await textPixels(), `${then}: redrawn in the new theme's text colour`).to.be.greaterThan(40);
    });
  }

  for (const locale of LOCALES) {
    it(`works by keyboard alone through every view at 400% zoom (320 x 256), with controls named in the page's language (${locale})`, async () => {
      await page.close();
      page = await browser.newPage({ viewport: { width: 320, height: 256 } });
      await open(locale);
      await tab().locator('fluent-button.open').first().waitFor();
      const fits = () => tab().evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth');
      /** Every control's accessible name, and the language it is marked in. */
      const unnamed = () =>
        tab().evaluate((lang) => {
          const controls = [...document.querySelectorAll('button, fluent-button, fluent-tab, select, textarea, a[href], [tabindex="0"], [role="img"]')];
          const named = (el: any) => (el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.textContent ?? '').trim();
          // The language switch names the other language in that language, as it should; learners' and content's words are theirs.
          const foreign = (el: any) => el.id !== 'language' && (el.closest('[lang]')?.getAttribute('lang') ?? '') === (lang === 'cy' ? 'en' : 'cy') && !el.closest('td, .card, [data-key]');
          return controls.filter((el: any) => named(el) === '' || foreign(el)).map((el: any) => el.id || el.outerHTML.slice(0, 80));
        }, langOf(locale));
      expect(await fits(), 'queue').to.equal(true);
      expect(await unnamed(), 'queue').to.deep.equal([]);
      // Into an item by keyboard, and back.
      await tab().locator('fluent-button.open').first().focus();
      await page.keyboard.press('Enter');
      await tab().locator('#decide').waitFor();
      expect(await fits(), 'item').to.equal(true);
      expect(await unnamed(), 'item').to.deep.equal([]);
      await tab().locator('#back').focus();
      await page.keyboard.press('Enter');
      await tab().locator('#queue-total').waitFor();
      // Tabs by the arrow keys, as a tab list is used.
      await tab().locator('fluent-tab[aria-selected="true"]').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await tab().locator('#table-weekly').waitFor({ timeout: 30_000 });
      expect(await fits(), 'analytics').to.equal(true);
      expect(await unnamed(), 'analytics').to.deep.equal([]);
      const violations = await axeViolations(tab());
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      await shot(`after-400-${langOf(locale)}-analytics`);
      // Every Tab stop in the analytics view is reached, shows where it is, and none is hidden off-screen.
      const stops: string[] = [];
      await tab().locator('#tab-analytics').focus();
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const stop = await tab().evaluate(() => {
          const el = document.activeElement as any;
          if (!el || el === document.body) return null;
          const box = el.getBoundingClientRect();
          return { id: el.id || el.getAttribute('data-csv') || el.tagName, width: box.width, height: box.height };
        });
        if (!stop) break;
        expect(stop.width > 0 && stop.height > 0, `${stop.id} is visible`).to.equal(true);
        stops.push(stop.id);
      }
      expect(stops).to.include.members(['analytics-mentor', 'analytics-period', 'analytics-role', 'analytics-language', 'open-report', 'download-report']);
    });
  }

  for (const locale of LOCALES) {
    it(`says there is nothing to chart yet rather than drawing empty axes, when every cohort is too small (${locale})`, async () => {
      await openAnalytics(locale);
      await tab().locator('#analytics-role').selectOption('pharmacist');
      await tab().locator('#cohort').getByText(locale === 'cy-gb' ? 'Rhy ychydig o ddysgwyr' : 'Too few learners').waitFor();
      await shot(`after-suppressed-${langOf(locale)}`);
      // Four empty charts: axes with no bars, described to a screen reader as a chart of nothing.
      expect(await tab().locator('#panel canvas').count()).to.equal(0);
      const notes = await tab().locator('#panel .no-chart').allInnerTexts();
      expect(notes.length).to.be.greaterThan(0);
      for (const note of notes) expect(note).to.equal(locale === 'cy-gb' ? 'Dim digon o ddata i’w ddangos mewn siart eto.' : 'Not enough data to chart yet.');
      const violations = await axeViolations(tab());
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    });
  }

  it('shows a very long item title in full, wrapped, at phone width, with the page never scrolling sideways', async () => {
    const long = `${'A very long lesson title about large language models in clinical documentation '.repeat(4)}end`;
    await page.close();
    page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await open('en-gb');
    await tab().locator('fluent-button.open').first().waitFor();
    await page.route(/\/api\/educator\/queue(\?|$)/, async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch({ url: `${bot.base}${url.pathname}${url.search}` });
      const queue = (await response.json()) as { items: { title: { en: string; cy: string } }[] };
      queue.items[0].title = { en: long, cy: long };
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(queue) });
    });
    await page.reload();
    const button = tab().locator('fluent-button.open').first();
    await button.waitFor();
    expect(await button.innerText()).to.equal(long);
    expect(await tab().evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).to.equal(true);
    const box = (await button.boundingBox())!;
    expect(box.height, 'wrapped onto several lines').to.be.greaterThan(40);
    const clipped = await button.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(clipped, 'the title is cut off').to.equal(false);
    await shot('after-long-title-320');
  });

  it('expires a report link: after its time the page says so in both languages and shows no figures', async () => {
    await openAnalytics('en-gb');
    const popupOpened = page.waitForEvent('popup');
    await tab().locator('#open-report').click();
    const popup = await popupOpened;
    const path = new URL(popup.url()).pathname;
    await popup.close();
    expect((await fetch(`${bot.base}${path}`)).status).to.equal(200);
    // The server's clock moves on a day.
    clock.advanceDays(1);
    const late = await fetch(`${bot.base}${path}`);
    expect(late.status).to.equal(410);
    const text = await late.text();
    expect(text).to.not.include('<table');
    expect(text).to.include('lang="en"').and.to.include('lang="cy"');
  });
});
