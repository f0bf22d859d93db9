import { expect } from 'chai';
import { TestAdapter, type Activity } from 'botbuilder';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { withWeekStart } from '../../bot/educator/analytics-routes';
import { runScriptedCohort } from '../helpers/cohort';
import { startEntraIssuer, TEST_TENANT } from '../helpers/entra';
import { chromiumInstalled, launchChromium } from '../helpers/playground';
import { startTestServer } from '../helpers/server';
import { changeTheme, openInTeamsHost, TAB_ORIGIN } from '../helpers/teams-host';
import { seeded } from '../helpers/variants';

/* eslint-disable @typescript-eslint/no-explicit-any */
// The page's globals, in functions run inside the browser (this project's Node typings have no DOM).
declare const document: any, getComputedStyle: any, requestAnimationFrame: any, window: any;

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');
/** Screenshots are named educator3-after-* (educator3-before-* when run on the code before a fix, EDUCATOR3_SHOTS=before). */
const SHOT_STAGE = process.env.EDUCATOR3_SHOTS === 'before' ? 'before' : 'after';
/** The tenant of test/helpers/activities.ts's learners. */
const LEARNER_TENANT = '72f988bf-0000-4000-8000-000000000001';
const LOCALES = ['en-gb', 'cy-gb'] as const;
const THEMES = ['default', 'dark', 'contrast'] as const;
const langOf = (locale: string) => (locale.startsWith('cy') ? 'cy' : 'en');

/** The Monday an ISO week ("2026-W45") begins, worked out here independently of the page. */
function mondayOf(week: string): Date {
  const [, year, number] = /^(\d{4})-W(\d{2})$/.exec(week)!.map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  return new Date(firstMonday + (number - 1) * 7 * 86_400_000);
}
/** "week commencing 2 November 2026" / "wythnos yn dechrau 2 Tachwedd 2026" (Node has full ICU data, Welsh included). */
const weekSpoken = (week: string, lang: 'en' | 'cy') =>
  `${lang === 'cy' ? 'wythnos yn dechrau' : 'week commencing'} ${new Intl.DateTimeFormat(lang === 'cy' ? 'cy' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(mondayOf(week))}`;

/** How many ISO weeks `year` has (52 or 53): the week holding 28 December is its last. */
function weeksIn(year: number): number {
  const dec28 = Date.UTC(year, 11, 28);
  return Math.floor((dec28 - mondayOf(`${year}-W01`).getTime()) / (7 * 86_400_000)) + 1;
}
/** Every ISO week from `from` to `to` inclusive ("2026-W01" ... "2026-W53"). */
function weeksOf(from: number, to: number): string[] {
  const all: string[] = [];
  for (let year = from; year <= to; year++) for (let n = 1; n <= weeksIn(year); n++) all.push(`${year}-W${String(n).padStart(2, '0')}`);
  return all;
}

/** WCAG relative luminance and contrast ratio of two sRGB colours given as [r, g, b]. */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const near = (a: number[], b: number[], by = 10) => a.every((v, i) => Math.abs(v - b[i]) <= by);

/**
 * The educator tab probed a third time, as an educator finds it: the charts' colours in every Teams theme, weeks
 * as a screen reader says them, the weekly CSV in a spreadsheet, the report opened the way Teams opens links,
 * 200% zoom, long Welsh labels at 320 px, a session that lapses and a server error on one view.
 */
describe('e2e: the educator tab probed a third time (chart colours, weeks read aloud, CSV dates, links in Teams, lapses and errors)', function () {
  this.timeout(180_000);
  let issuer: Awaited<ReturnType<typeof startEntraIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let token: string;
  const tab = (): Frame => page.frames().find((f) => f.url().startsWith(`${TAB_ORIGIN}/`))!;
  const open = async (locale: string, theme: (typeof THEMES)[number] = 'default') => {
    await page.context().route(`${TAB_ORIGIN}/educator/report/**`, async (route) => {
      const url = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${bot.base}${url.pathname}` }) });
    });
    await openInTeamsHost(page, bot.base, { token, locale, theme });
    await tab().locator('#panel').waitFor({ timeout: 30_000 });
  };
  const openAnalytics = async (locale: string, theme: (typeof THEMES)[number] = 'default') => {
    await open(locale, theme);
    await tab().locator('#tab-analytics').click();
    await tab().locator('#table-weekly tbody tr').first().waitFor({ timeout: 30_000 });
  };
  const shot = async (name: string, target: Page = page) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await target.screenshot({ path: join(SCREENSHOTS, `educator3-${SHOT_STAGE}-${name}.png`) });
  };
  const reportJson = async (lang: 'en' | 'cy') => {
    const response = await fetch(`${bot.base}/api/educator/analytics/report?mentor=hali&period=all&role=all&language=all&lang=${lang}`, { headers: { authorization: `Bearer ${token}` } });
    return (await response.json()) as { engagement: { weeklyActive: { week: string }[] } };
  };

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
    await runScriptedCohort(send, clock);
    await bot.stores.aggregates.flush();
    clock.advanceDays(7);
    token = issuer.token(['Educator', 'WelshReviewer'], { name: 'Dr Rhian Evans' });
    browser = await launchChromium();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  });

  afterEach(async () => {
    await page.close();
  });

  after(async () => {
    await browser?.close();
    await bot?.close();
    await issuer?.close();
  });

  /** Every opaque colour a canvas holds, with how many pixels have it, most first. */
  const canvasColours = (selector: string) =>
    tab().locator(selector).evaluate((canvas: any) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] < 250) continue;
        const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => ({ rgb: key.split(',').map(Number), count }));
    });
  /** The colour behind a canvas: the first ancestor with a background of its own. */
  const backgroundOf = (selector: string) =>
    tab().locator(selector).evaluate((canvas: any) => {
      for (let el = canvas.parentElement; el; el = el.parentElement) {
        const [r, g, b, a = 1] = (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
        if (a > 0.99) return [r, g, b];
      }
      return [255, 255, 255];
    });
  const pageColour = (css: string) =>
    tab().evaluate((c) => {
      const probe = document.createElement('span');
      probe.style.color = c;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return (value.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    }, css);
  /**
   * The series' colours in the order the legend shows them (the datasets' order): Chart.js draws the legend across the
   * top of the canvas, so each column of its first rows is read left to right for a colour that draws a series.
   */
  const legendOrder = (selector: string, series: number[][]) =>
    tab().locator(selector).evaluate((canvas: any, palette: number[][]) => {
      const rows = Math.min(canvas.height, Math.round(40 * (window.devicePixelRatio || 1)));
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, rows);
      const order: number[] = [];
      for (let x = 0; x < canvas.width; x++) {
        for (let y = 0; y < rows; y++) {
          const i = (y * canvas.width + x) * 4;
          if (data[i + 3] < 250) continue;
          const hit = palette.findIndex((p) => p[0] === data[i] && p[1] === data[i + 1] && p[2] === data[i + 2]);
          if (hit >= 0) {
            if (order[order.length - 1] !== hit) order.push(hit);
            break;
          }
        }
      }
      return order;
    }, series);

  for (const theme of THEMES) {
    it(`draws every chart's series at 3:1 or more against the ${theme} theme's background, and neighbouring lines at 3:1 from each other`, async () => {
      await openAnalytics(theme === 'dark' ? 'cy-gb' : 'en-gb', theme);
      const charts = await tab().locator('#panel canvas').evaluateAll((all) => all.map((c: any) => `#${c.id}`));
      expect(charts).to.include.members(['#chart-weekly', '#chart-calibration']);
      await tab().locator('#chart-weekly').evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const text = await pageColour('var(--colorNeutralForeground1)');
      const grid = await pageColour('var(--colorNeutralStroke2)');
      const problems: string[] = [];
      for (const chart of charts) {
        const background = await backgroundOf(chart);
        // What the chart drew that is neither its text nor its grid: the series.
        const drawn = (await canvasColours(chart)).filter((c) => !near(c.rgb, text, 24) && !near(c.rgb, grid, 6));
        const series = drawn.filter((c) => c.count >= 120).map((c) => c.rgb);
        expect(series.length, `${chart} draws a series`).to.be.greaterThan(0);
        for (const rgb of series) {
          const ratio = contrast(rgb, background);
          if (ratio < 3) problems.push(`${chart} rgb(${rgb}) on rgb(${background}): ${ratio.toFixed(2)}:1`);
        }
        if (chart === '#chart-calibration') {
          const order = await legendOrder(chart, series);
          expect(order.length, 'the calibration chart has two or more lines in its legend').to.be.greaterThan(1);
          for (let i = 1; i < order.length; i++) {
            const ratio = contrast(series[order[i - 1]], series[order[i]]);
            if (ratio < 3) problems.push(`neighbouring lines rgb(${series[order[i - 1]]}) and rgb(${series[order[i]]}): ${ratio.toFixed(2)}:1`);
          }
        }
      }
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const chart of ['weekly', 'calibration']) await tab().locator(`figure[data-chart="${chart}"] .chart-box`).screenshot({ path: join(SCREENSHOTS, `educator3-${SHOT_STAGE}-chart-${chart}-${theme}.png`) });
      // The brand blue (#0f6cbd) was 2.9:1 on the dark theme's background; the palette's neighbours were 1.1:1 to 2:1 apart.
      expect(problems).to.deep.equal([]);
    });
  }

  it('keeps the charts in the new theme\'s colours when Teams changes theme while the tab is open', async () => {
    await openAnalytics('en-gb', 'default');
    await changeTheme(page, 'dark');
    await tab().locator('html[data-theme="dark"]').waitFor();
    await tab().locator('#chart-weekly').evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const background = await backgroundOf('#chart-weekly');
    const text = await pageColour('var(--colorNeutralForeground1)');
    const bars = (await canvasColours('#chart-weekly')).filter((c) => !near(c.rgb, text, 24) && contrast(c.rgb, background) > 1.2)[0];
    expect(contrast(bars.rgb, background), `bars rgb(${bars.rgb}) on rgb(${background})`).to.be.at.least(3);
  });

  for (const locale of LOCALES) {
    it(`names weeks in full to a screen reader ("week commencing 2 November 2026"), in the weekly table and the chart's text (${locale})`, async () => {
      const lang = langOf(locale);
      const weeks = (await reportJson(lang)).engagement.weeklyActive.map((w) => w.week);
      expect(weeks.length).to.be.greaterThan(0);
      await openAnalytics(locale);
      const table = tab().locator('#table-weekly');
      const snapshot = await table.ariaSnapshot();
      // "w/c 2 Nov 2026" was read letter by letter ("w slash c"), and "Nov" as a word.
      for (const week of weeks) expect(snapshot).to.include(weekSpoken(week, lang));
      expect(snapshot).to.not.match(/\bw\/[cd]\b/);
      // Each week is a cell of its own, named in full, and its row is found by that name.
      for (const week of weeks) {
        const cell = table.getByRole('cell', { name: weekSpoken(week, lang), exact: true });
        expect(await cell.count(), weekSpoken(week, lang)).to.equal(1);
      }
      expect(snapshot).to.include(lang === 'cy' ? 'Wythnos' : 'Week');
      // Sighted readers still see the short form.
      const shown = await table.locator('tbody tr td:first-child [aria-hidden="true"]').allInnerTexts();
      expect(shown).to.have.length(weeks.length);
      for (const cell of shown) expect(cell).to.match(lang === 'cy' ? /^w\/d \d{1,2} \S+ \d{4}$/ : /^w\/c \d{1,2} \S+ \d{4}$/);
      const chart = await tab().getByRole('img', { name: lang === 'cy' ? /wythnos yn dechrau/ : /week commencing/ }).getAttribute('aria-label');
      for (const week of weeks) expect(chart).to.include(weekSpoken(week, lang));
      expect(chart).to.not.match(/\bw\/[cd]\b/);
      await tab().locator('#table-weekly').scrollIntoViewIfNeeded();
      await shot(`weeks-${lang}`);
    });

    it(`downloads the weekly CSV with each week's first day as a date a spreadsheet reads, headed in the page's language (${locale})`, async () => {
      const lang = langOf(locale);
      const weeks = (await reportJson(lang)).engagement.weeklyActive.map((w) => w.week);
      await openAnalytics(locale);
      const downloaded = page.waitForEvent('download');
      await tab().locator('[data-csv="weekly"]').click();
      const file = await (await downloaded).path();
      const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
      const [head, ...rows] = lines;
      expect(head).to.deep.equal(lang === 'cy' ? ['Wythnos yn dechrau', 'Wythnos ISO', 'Dysgwyr'] : ['Week beginning', 'ISO week', 'Learners']);
      expect(rows.map((r) => r[1])).to.deep.equal(weeks);
      for (const row of rows) {
        expect(row[0]).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(row[0]).to.equal(mondayOf(row[1]).toISOString().slice(0, 10));
        expect(new Date(`${row[0]}T00:00:00Z`).getUTCDay(), 'a Monday').to.equal(1);
      }
    });
  }

  it('heads the weekly CSV in the educator\'s language and dates every ISO week of 1999 to 2041 by its Monday, year ends and week 53 included', () => {
    const weeks = weeksOf(1999, 2041);
    expect(weeks.filter((w) => w.endsWith('-W53')).length, 'years with a week 53').to.be.greaterThan(5);
    for (const lang of ['en', 'cy'] as const) {
      const table = withWeekStart({ name: 'weekly', title: 'Weekly', head: [lang === 'cy' ? 'Wythnos' : 'Week', lang === 'cy' ? 'Dysgwyr' : 'Learners'], rows: weeks.map((w, i) => [w, String(i)]) }, lang);
      expect(table.head).to.deep.equal(lang === 'cy' ? ['Wythnos yn dechrau', 'Wythnos ISO', 'Dysgwyr'] : ['Week beginning', 'ISO week', 'Learners']);
      table.rows.forEach(([day, week, count], i) => {
        expect([week, count]).to.deep.equal([weeks[i], String(i)]);
        expect(day, week).to.equal(mondayOf(week).toISOString().slice(0, 10));
      });
      // A row whose week is not an ISO week (none is made so today) keeps it, with no date made up.
      expect(withWeekStart({ name: 'weekly', title: '', head: ['Week', 'Learners'], rows: [['Too few learners', '']] }, lang).rows).to.deep.equal([['', 'Too few learners', '']]);
    }
  });

  for (const locale of LOCALES) {
    it(`names generated weeks across years, week 1 and week 53 in full to a screen reader (${locale})`, async () => {
      const lang = langOf(locale);
      const random = seeded(lang === 'cy' ? 4503 : 4502);
      const every = weeksOf(2015, 2037);
      const edges = every.filter((w) => /-W(01|52|53)$/.test(w));
      const picked = [...new Set([...edges.slice(0, 30), ...Array.from({ length: 30 }, () => every[Math.floor(random() * every.length)])])].sort();
      // Routes run newest first: this one, added after the host's, answers the page's call for the report.
      await open(locale);
      await page.route(/\/api\/educator\/analytics\/report\?/, async (route) => {
        const url = new URL(route.request().url());
        const response = await route.fetch({ url: `${bot.base}${url.pathname}${url.search}` });
        const report = await response.json();
        report.engagement.weeklyActive = picked.map((week, i) => ({ week, learners: 10 + i }));
        report.tables = report.tables.map((t: any) => (t.name === 'weekly' ? { ...t, rows: picked.map((week, i) => [week, String(10 + i)]) } : t));
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(report) });
      });
      await tab().locator('#tab-analytics').click();
      await tab().locator('#table-weekly tbody tr').nth(picked.length - 1).waitFor({ timeout: 30_000 });
      const snapshot = await tab().locator('#table-weekly').ariaSnapshot();
      const missing = picked.filter((week) => !snapshot.includes(`cell "${weekSpoken(week, lang)}"`));
      expect(missing, `${picked.length} weeks`).to.deep.equal([]);
      expect(snapshot).to.not.match(/\bw\/[cd]\b|\d{4}-W\d{2}/);
    });
  }

  /** The stand-in Teams host's record of the links the tab asked it to open. */
  const hostLinks = () => page.evaluate(() => (window.hostLinks ?? []) as string[]);

  for (const locale of LOCALES) {
    it(`opens the evaluation report through Teams (app.openLink) when the tab runs in Teams, not with window.open (${locale})`, async () => {
      await openAnalytics(locale);
      const popupOpened = page.waitForEvent('popup');
      await tab().locator('#open-report').click();
      const popup = await popupOpened;
      await popup.waitForLoadState();
      const links = await hostLinks();
      // The tab called window.open itself, which Teams desktop can block or open inside its own webview.
      expect(links).to.have.length(1);
      expect(links[0]).to.match(/^https:\/\/hali\.test\/educator\/report\/[\w-]{43}$/);
      expect(popup.url()).to.equal(links[0]);
      expect(await popup.locator('h1').innerText()).to.match(locale === 'cy-gb' ? /^Adroddiad gwerthuso/ : /^Evaluation report/);
      await shot(`report-through-teams-${langOf(locale)}`, popup);
      await popup.close();
    });
  }

  it('falls back to a plain new-tab link when Teams refuses to open the link', async () => {
    await openAnalytics('en-gb');
    await page.evaluate(() => (window.refuseLinks = true));
    const popupOpened = page.waitForEvent('popup');
    await tab().locator('#open-report').click();
    const popup = await popupOpened;
    await popup.waitForLoadState();
    expect(popup.url()).to.match(/^https:\/\/hali\.test\/educator\/report\//);
    expect(await popup.evaluate(() => window.opener === null), 'no opener').to.equal(true);
    expect(await tab().locator('#download-message').innerText()).to.equal('');
    await popup.close();
  });

  it('opens the report in a new tab with a plain link (no opener) in a browser outside Teams', async () => {
    const local = await startTestServer({});
    try {
      await page.goto(`${local.base}/educator`);
      await page.locator('#local-banner').waitFor({ timeout: 30_000 });
      await page.locator('#tab-analytics').click();
      await page.locator('#open-report').waitFor({ timeout: 30_000 });
      const popupOpened = page.waitForEvent('popup');
      await page.locator('#open-report').click();
      const popup = await popupOpened;
      await popup.waitForLoadState();
      expect(popup.url()).to.match(new RegExp(`^${local.base}/educator/report/[\\w-]{43}$`));
      expect(await popup.evaluate(() => window.opener === null), 'no opener').to.equal(true);
      expect(await popup.locator('h1').innerText()).to.match(/^Evaluation report/);
      await popup.close();
    } finally {
      await local.close();
    }
  });

  /** Controls whose own text is cut off: wider than their box, or in a box narrower than the words need. */
  const clipped = () =>
    tab().evaluate(() => {
      const cut: string[] = [];
      for (const el of document.querySelectorAll('fluent-button, fluent-tab, label, th, select, h1, h2, h3, p')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0) continue;
        const inner = el.shadowRoot?.querySelector('[part="content"], .content') ?? el;
        // A wide table scrolls in its own box (WCAG 1.4.10 allows it): only its cells' own overflow counts there.
        const offPage = !el.closest('.table-scroll') && box.right > document.documentElement.clientWidth + 1;
        if (el.scrollWidth > el.clientWidth + 1 || inner.scrollWidth > inner.clientWidth + 1 || offPage) {
          cut.push(`${el.tagName.toLowerCase()}#${el.id || el.getAttribute('data-csv') || ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
        }
      }
      return cut;
    });
  const fits = () => tab().evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth');
  /** Each view in turn (queue, feedback, analytics): whether the page scrolls sideways, and every label cut off. */
  const overflowInEachView = async () => {
    const found: string[] = [];
    for (const section of ['queue', 'feedback', 'analytics']) {
      await tab().locator(`#tab-${section}`).click();
      await tab().locator('#panel h2').first().waitFor({ timeout: 30_000 });
      if (section === 'analytics') await tab().locator('#table-weekly').waitFor({ timeout: 30_000 });
      if (!(await fits())) found.push(`${section}: the page scrolls sideways`);
      found.push(...(await clipped()).map((c) => `${section}: ${c}`));
    }
    return found;
  };

  for (const locale of LOCALES) {
    it(`shows every view at 200% zoom with no words cut off and no sideways scrolling (${locale})`, async () => {
      await open(locale);
      await tab().locator('fluent-button.open').first().waitFor();
      await tab().evaluate(() => (document.documentElement.style.zoom = '2'));
      const found = await overflowInEachView();
      await shot(`zoom-200-${langOf(locale)}`);
      expect(found).to.deep.equal([]);
    });
  }

  it('fits the long Welsh labels of buttons, tabs and filters at 320 px, wrapping rather than cutting them off', async () => {
    await page.close();
    page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await open('cy-gb');
    await tab().locator('fluent-button.open').first().waitFor();
    const found = await overflowInEachView();
    await tab().locator('#open-report').scrollIntoViewIfNeeded();
    await shot('welsh-320-analytics');
    expect(found).to.deep.equal([]);
  });

  for (const locale of LOCALES) {
    it(`says the sign-in has lapsed, in the page's language, when the API answers 401 mid-use, and recovers on Try again (${locale})`, async () => {
      const lang = langOf(locale);
      await open(locale);
      await tab().locator('fluent-button.open').first().waitFor();
      let lapsed = true;
      await page.route(/\/api\/educator\//, async (route) => {
        if (!lapsed) return route.fallback();
        await route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ error: 'unauthorized', message: 'The token has expired.' }) });
      });
      await tab().locator('#tab-analytics').click();
      const message = tab().locator('#failure-message');
      await message.waitFor({ timeout: 30_000 });
      const said = await message.innerText();
      // It said "Teams could not sign you in. Close the tab and open it again." beside a Try again button that renews the session.
      expect(said).to.equal(lang === 'cy'
        ? 'Mae eich sesiwn wedi dod i ben. Dewiswch ‘Rhoi cynnig arall arni’ i fewngofnodi eto; os nad yw hynny’n gweithio, caewch y tab a’i agor eto.'
        : 'Your session has expired. Select “Try again” to sign in again; if that does not work, close the tab and open it again.');
      expect(said).to.include(await tab().locator('#retry').innerText());
      expect(await tab().locator('#retry').isVisible()).to.equal(true);
      expect(await tab().locator('h1').innerText()).to.not.equal('');
      expect(await tab().locator('#tab-queue').isVisible(), 'the rest of the page is still there').to.equal(true);
      await shot(`session-lapsed-${lang}`);
      lapsed = false;
      await tab().locator('#retry').click();
      await tab().locator('#table-weekly').waitFor({ timeout: 30_000 });
    });
  }

  for (const locale of LOCALES) {
    it(`keeps the other views working when one view's API fails (500), and offers Try again there (${locale})`, async () => {
      const lang = langOf(locale);
      await open(locale);
      await tab().locator('fluent-button.open').first().waitFor();
      let failing = true;
      await page.route(/\/api\/educator\/analytics\/report(\?|$)/, async (route) => {
        if (!failing) return route.fallback();
        await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'internal', message: 'boom' }) });
      });
      await tab().locator('#tab-analytics').click();
      await tab().locator('#failure-message').waitFor({ timeout: 30_000 });
      expect(await tab().locator('#failure-message').innerText()).to.equal(lang === 'cy' ? 'Aeth rhywbeth o’i le. Rhowch gynnig arall arni.' : 'Something went wrong. Please try again.');
      await shot(`one-view-failed-${lang}`);
      await tab().locator('#tab-feedback').click();
      await tab().locator('#panel h2').waitFor();
      expect(await tab().locator('#failure-message').count()).to.equal(0);
      await tab().locator('#tab-queue').click();
      await tab().locator('fluent-button.open').first().waitFor();
      await tab().locator('#tab-analytics').click();
      await tab().locator('#retry').waitFor({ timeout: 30_000 });
      failing = false;
      await tab().locator('#retry').focus();
      await page.keyboard.press('Enter');
      await tab().locator('#table-weekly').waitFor({ timeout: 30_000 });
    });
  }
});
