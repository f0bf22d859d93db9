import { expect } from 'chai';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { Verbs } from '../../cards/verbs';
import { cardExecute, cardSubmit } from '../helpers/activities';
import { firstCard, invokeCard, realFaculty, testApp } from '../helpers/app';
import { runScriptedCohort } from '../helpers/cohort';
import { startEntraIssuer, TEST_TENANT } from '../helpers/entra';
import { startTestServer } from '../helpers/server';

/**
 * A scripted cohort's learning in one store, the workspace over HTTP reading it a week on (figures count learning to the end of
 * the last full week), and an educator's token. Learners use the bot through one app; the server reads what they left.
 */
async function cohortWorkspace() {
  let now = new Date('2026-11-02T09:00:00Z');
  const clock = { now: () => now, set: (at: Date) => (now = at), advanceDays: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)) };
  const documents = new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0, clock: clock.now });
  const learners = testApp({ documents, now: clock.now });
  await runScriptedCohort(learners.send, clock);
  await learners.stores.aggregates.flush();
  clock.advanceDays(7);
  const issuer = await startEntraIssuer();
  const bot = await startTestServer({ documents, now: clock.now, env: issuer.env({ ALLOWED_TENANTS: TEST_TENANT }) });
  return { clock, learners, issuer, bot, educator: issuer.token(['Educator']) };
}

describe('educator workspace: cohort analytics over HTTP', function () {
  this.timeout(120_000);
  let issuer: Awaited<ReturnType<typeof startEntraIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let educator: string;
  const get = (path: string, token: string | undefined = educator) => fetch(`${bot.base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  before(async () => {
    ({ issuer, bot, educator } = await cohortWorkspace());
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

  it('answers a filter given twice or as a list with 400 naming it, never the wider view without it', async () => {
    const cases: [string, string][] = [
      ['role=nurse&role=pharmacist', 'bad_role'],
      ['role=nurse&role=nurse', 'bad_role'],
      ['mentor=hali&mentor=gwen', 'bad_mentor'],
      ['role[]=nurse', 'bad_role'],
      ['language[x]=en', 'bad_language'],
      ['period=all&period=2026-11', 'bad_period'],
      ['lang=en&lang=cy', 'bad_lang'],
    ];
    for (const path of ['report', 'report.html', 'report.csv']) {
      for (const [query, code] of cases) {
        const res = await get(`/api/educator/analytics/${path}?table=items&${query}`);
        expect(res.status, `${path}?${query}`).to.equal(400);
        const body = (await res.json()) as any;
        expect(body.error, `${path}?${query}`).to.equal(code);
        expect(body.message).to.match(/given more than once \(or as a list\)/);
      }
    }
    expect((await get('/api/educator/analytics/report.csv?table=items&table=options')).status).to.equal(400);
    expect((await get('/api/educator/analytics/filters?lang=cy&lang=en')).status).to.equal(400);
    expect((await get('/api/educator/feedback?mentor=hali&mentor=gwen')).status).to.equal(400);
  });
});

describe('educator workspace: looking at the analytics before and after one learner answers shows nothing of them', function () {
  this.timeout(120_000);
  let clock: Awaited<ReturnType<typeof cohortWorkspace>>['clock'];
  let issuer: Awaited<ReturnType<typeof startEntraIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let learners: ReturnType<typeof testApp>;
  let educator: string;
  const text = async (path: string) => {
    const res = await fetch(`${bot.base}${path}`, { headers: { authorization: `Bearer ${educator}` } });
    expect(res.status, path).to.equal(200);
    return res.text();
  };
  const VIEWS = ['period=all&role=nurse', 'period=all', 'period=all&language=en', 'period=all&role=nurse&language=en', 'period=2026-11', 'period=2026-11&role=nurse'];
  const TABLES = ['items', 'options', 'misconceptions', 'calibration', 'engagement', 'weekly', 'by-role'];
  /** Every figure an educator can fetch, but the day it is counted to (the only thing a new week may move) and the report's own date. */
  const everything = async () => {
    const seen: Record<string, string> = {};
    for (const view of VIEWS) {
      const { countedUntil: _day, ...report } = JSON.parse(await text(`/api/educator/analytics/report?mentor=hali&${view}`));
      seen[`json ${view}`] = JSON.stringify(report);
      for (const table of TABLES) seen[`csv ${table} ${view}`] = await text(`/api/educator/analytics/report.csv?mentor=hali&table=${table}&${view}`);
      for (const lang of ['en', 'cy']) {
        const html = await text(`/api/educator/analytics/report.html?mentor=hali&lang=${lang}&${view}`);
        seen[`html ${lang} ${view}`] = html.replace(/<p id="counted-until">[^<]*<\/p>/, '').replace(/<\/strong> · [^<]*<\/p>/, '</strong></p>');
      }
    }
    return seen;
  };

  before(async () => {
    ({ clock, learners, issuer, bot, educator } = await cohortWorkspace());
  });
  after(async () => {
    await bot.close();
    await issuer.close();
  });

  it('Dafydd, a new nurse, answers sure and wrong with options nobody chose: no view, table or report differs that day, the next, a week on or a month on', async () => {
    const before = await everything();
    const report = JSON.parse(await text('/api/educator/analytics/report?mentor=hali&period=all&role=nurse'));
    expect(report.cohortSize).to.equal(28);
    expect(report.countedUntil).to.equal('2026-11-15');
    const html = await text('/api/educator/analytics/report.html?mentor=hali&lang=cy');
    expect(html).to.include('hyd at ddiwedd dydd Sul, 15 Tachwedd 2026 (UTC)');
    // As the outside probe did: he saves his role, starts the first lesson's quiz and answers each question.
    clock.advanceDays(0.05);
    const userId = '29:dafydd';
    await learners.send(cardExecute(Verbs.saveSettings, { form: 'welcome', role: 'nurse', nudges: 'false' }, { userId }));
    const mentor = realFaculty().get('hali')!;
    const seen = new Set<string>();
    for (;;) {
      const card = firstCard(await learners.send(cardSubmit({ verb: Verbs.quizStart, mentorId: 'hali', lessonId: mentor.lessons[0].id }, { userId })));
      const actions = (card?.actions ?? []).filter((a: any) => a.verb === Verbs.quizAnswer);
      const itemId = actions[0]?.data.itemId;
      if (!itemId || seen.has(itemId)) break;
      seen.add(itemId);
      const option = [...mentor.quiz.find((q) => q.id === itemId)!.options].reverse().find((o) => !o.correct)!;
      invokeCard(await learners.send(cardExecute(Verbs.quizAnswer, { ...actions.find((a: any) => a.data.optionId === option.id).data, confidence: 'sure' }, { userId })));
    }
    expect(seen.size).to.be.greaterThan(1);
    await learners.stores.aggregates.flush();
    // The same morning, the next day, the Monday after his week (nobody else learned in it) and five weeks on.
    for (const at of ['2026-11-16T11:00:00Z', '2026-11-17T09:00:00Z', '2026-11-23T09:00:00Z', '2026-12-21T09:00:00Z']) {
      clock.set(new Date(at));
      const after = await everything();
      for (const key of Object.keys(before)) expect(after[key], `${key}, ${at}`).to.equal(before[key]);
    }
  });
});
