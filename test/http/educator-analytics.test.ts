import { expect } from 'chai';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { realFaculty, testApp } from '../helpers/app';
import { runScriptedCohort } from '../helpers/cohort';
import { startEntraIssuer, TEST_TENANT } from '../helpers/entra';
import { startTestServer } from '../helpers/server';

describe('educator workspace: cohort analytics over HTTP', function () {
  this.timeout(120_000);
  let issuer: Awaited<ReturnType<typeof startEntraIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let educator: string;
  const get = (path: string, token: string | undefined = educator) => fetch(`${bot.base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  before(async () => {
    let now = new Date('2026-11-02T09:00:00Z');
    const clock = { now: () => now, advanceDays: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)) };
    const documents = new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0, clock: clock.now });
    // Learners use the bot through one app; the server reads what they left in the same store.
    const learners = testApp({ documents, now: clock.now });
    await runScriptedCohort(learners.send, clock);
    await learners.stores.aggregates.flush();
    issuer = await startEntraIssuer();
    bot = await startTestServer({ documents, now: clock.now, env: issuer.env({ ALLOWED_TENANTS: TEST_TENANT }) });
    educator = issuer.token(['Educator']);
  });
  after(async () => {
    await bot.close();
    await issuer.close();
  });

  it('refuses without a token (401), and a Welsh-language reviewer or learner without the Educator role (403)', async () => {
    for (const path of ['/api/educator/analytics/report', '/api/educator/analytics/report.html', '/api/educator/analytics/report.csv?table=items']) {
      expect((await get(path, '')).status, path).to.equal(401);
      expect((await get(path, issuer.token(['WelshReviewer']))).status, path).to.equal(403);
      expect((await get(path, issuer.token([]))).status, path).to.equal(403);
    }
  });

  it('answers the report as JSON for an educator: items, flags, misconceptions, retention, and no identities', async () => {
    const res = await get('/api/educator/analytics/report?mentor=hali&period=all');
    expect(res.status).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    const body = await res.text();
    const report = JSON.parse(body);
    expect(report.cohortSize).to.equal(38);
    expect(report.items.some((r: any) => r.flags?.includes('too_easy'))).to.equal(true);
    expect(report.misconceptions.length).to.be.greaterThan(0);
    expect(report.retention.some((r: any) => !r.suppressed && r.probes > 0)).to.equal(true);
    expect(body).to.not.match(/cohort-\d|aad-|Sam Nurse|learnerId/);
  });

  it('shows "too few learners" for a filter that would single out the two pharmacists', async () => {
    const report = (await (await get('/api/educator/analytics/report?mentor=hali&role=pharmacist')).json()) as any;
    expect(report.cohortSize).to.equal(null);
    expect(report.items.every((r: any) => r.suppressed && r.learners === undefined)).to.equal(true);
    const html = await (await get('/api/educator/analytics/report.html?mentor=hali&role=pharmacist')).text();
    expect(html).to.include('Too few learners to show (fewer than 10)');
  });

  it('serves the evaluation report as HTML with the method in plain words, in English and Welsh, with no script allowed', async () => {
    const res = await get('/api/educator/analytics/report.html?mentor=hali');
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-security-policy')).to.include("default-src 'none'");
    const html = await res.text();
    expect(html).to.include('Evaluation report: HALI');
    expect(html).to.include('Cohort: 38 learners');
    expect(html).to.include('point-biserial');
    expect(html).to.not.include('<script');
    const welsh = await (await get('/api/educator/analytics/report.html?mentor=hali&lang=cy')).text();
    expect(welsh).to.include('Adroddiad gwerthuso: HALI');
    expect(welsh).to.include('Carfan: 38 o ddysgwyr');
  });

  it('downloads every table as CSV', async () => {
    for (const table of ['items', 'options', 'misconceptions', 'calibration', 'engagement', 'weekly', 'funnel', 'by-role', 'retention', 'questions']) {
      const res = await get(`/api/educator/analytics/report.csv?mentor=hali&table=${table}`);
      expect(res.status, table).to.equal(200);
      expect(res.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).to.equal(`attachment; filename="hali-hali-all-${table}.csv"`);
      const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
      // No one asked an unanswered question here: that table is its heading alone.
      expect(lines.length, table).to.be.greaterThan(table === 'questions' ? 0 : 1);
    }
    const items = await (await get('/api/educator/analytics/report.csv?mentor=hali&table=items')).text();
    expect(items).to.include('Question,Attempts,Learners,Correct,Discrimination,Sure but wrong,Flags');
    expect(items).to.include('Too easy');
  });

  it('names topics as the mentor does, in English and Welsh, in the JSON, the HTML report and the CSVs (never the topic id)', async () => {
    const hali = realFaculty().get('hali')!;
    for (const lang of ['en', 'cy'] as const) {
      const names = new Set(Object.values(hali.topicNames).map((n) => n[lang]));
      const report = (await (await get(`/api/educator/analytics/report?mentor=hali&lang=${lang}`)).json()) as { calibration: { topic: string; topicName: string }[]; retention: { topicName: string }[] };
      expect(report.calibration.length).to.be.greaterThan(0);
      for (const row of report.calibration) expect(row.topicName).to.equal(hali.topicNames[row.topic][lang]);
      expect(report.retention.length).to.be.greaterThan(0);
      for (const table of ['calibration', 'retention']) {
        const csv = (await (await get(`/api/educator/analytics/report.csv?mentor=hali&table=${table}&lang=${lang}`)).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
        const topics = csv.slice(1).map((line) => line.split(',')[0]);
        expect(topics.length, table).to.be.greaterThan(0);
        for (const topic of topics) expect(names, `${lang} ${table}: ${topic}`).to.include(topic);
      }
      const html = await (await get(`/api/educator/analytics/report.html?mentor=hali&lang=${lang}`)).text();
      const calibration = html.slice(html.indexOf('<table id="calibration">'), html.indexOf('</table>', html.indexOf('<table id="calibration">')));
      const cells = [...calibration.matchAll(/<tr><td>([^<]*)<\/td>/g)].map((m) => m[1]);
      expect(cells.length).to.be.greaterThan(0);
      for (const cell of cells) expect(names, `${lang} html: ${cell}`).to.include(cell);
    }
  });

  it('answers bad filters with 400 naming the problem, and changes nothing', async () => {
    const cases: [string, string][] = [
      ['mentor=nobody', 'bad_mentor'],
      ['period=2026-13', 'bad_period'],
      ['period=last-year', 'bad_period'],
      ['role=surgeon', 'bad_role'],
      ['language=fr', 'bad_language'],
      ['lang=de', 'bad_lang'],
    ];
    for (const [query, code] of cases) {
      const res = await get(`/api/educator/analytics/report?${query}`);
      expect(res.status, query).to.equal(400);
      expect(((await res.json()) as any).error, query).to.equal(code);
    }
    const res = await get('/api/educator/analytics/report.csv?table=learners');
    expect(res.status).to.equal(400);
    expect(((await res.json()) as any).error).to.equal('bad_table');
  });
});
