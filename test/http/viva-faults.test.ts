import { expect } from 'chai';
import { ClientSecretCredential } from '@azure/identity';
import { createReportingEngine } from '../../bot/reporting';
import { UNCONFIRMED_WITHDRAWAL_DELAY_MS } from '../../bot/reporting/erasure';
import { XapiSink } from '../../bot/reporting/xapi-sink';
import { boundedCredential, createVivaEngine, vivaCredential } from '../../bot/viva';
import { VivaGraph } from '../../bot/viva/graph';
import { CONTENT_IDS_REREAD_MS, CONTENT_WAIT_MS, VivaSink } from '../../bot/viva/sink';
import { Verbs } from '../../cards/verbs';
import { cardSubmit, personalMessage, TENANT } from '../helpers/activities';
import { storedLearner, testApp } from '../helpers/app';
import { startEntraTokens, trustLoopbackCertificateInSuite, type EntraTokens } from '../helpers/entra-token';
import { startGraph, type GraphStandIn } from '../helpers/graph-stand-in';
import { lessonAndAnswers } from '../helpers/learning-session';
import { startLrs, type LrsStandIn } from '../helpers/lrs-stand-in';

const CLIENT_ID = 'aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb';
/** A made-up client secret for the loopback token endpoint; not a secret. */
const SECRET = 'stand-in-client-secret';
const USER = '29:viva-faults-1';
const LEARNER = `aad-${USER}`;
/** Short bounds, so a hung Graph or Entra ID is given up on within the test. */
const TIMEOUT_MS = 400;

/**
 * Graph and Entra ID misbehaving, as an outside probe made them (tmp/vivaprobe, 2026-12-01): a request or sign-in that never
 * answers, a long Retry-After, a listing that pages back to itself or never ends, a huge answer, and a lesson Viva Learning
 * does not list yet. Before, a hung request held the whole outbox (the LRS's statements too) with no time limit, a 429 with
 * Retry-After 3600 was slept on inside the request, a looping nextLink was followed 18,000 times a minute, a 300 MB listing
 * was read whole, and a completion whose lesson was not listed was refused for good.
 */
describe('Viva Learning when Graph or Entra ID misbehave (stand-ins on loopback)', function () {
  this.timeout(60_000);
  let graph: GraphStandIn;
  let entra: EntraTokens;
  let lrs: LrsStandIn;
  let providerId: string;
  const env = () => ({
    VIVA_TENANT_ID: TENANT, VIVA_PROVIDER_ID: providerId, VIVA_CLIENT_ID: CLIENT_ID, VIVA_CLIENT_SECRET: SECRET, VIVA_AUTHORITY_HOST: entra.authorityHost,
    GRAPH_BASE_URL: graph.url, BOT_ID: 'hali-bot-id', BOT_PASSWORD: 'x', XAPI_ENDPOINT: lrs.url,
  });
  trustLoopbackCertificateInSuite();
  beforeEach(async () => {
    entra = await startEntraTokens({ tenantId: TENANT, clientId: CLIENT_ID, secret: SECRET });
    graph = await startGraph({ checkToken: entra.check });
    lrs = await startLrs();
    providerId = 'not-registered-yet';
    const credential = vivaCredential(testApp({ env: env() }).deps.config.reporting.viva!);
    providerId = await new VivaGraph({ credential, baseUrl: graph.url }).registerProvider({ displayName: 'HALI', logoUrl: 'https://hali.example.nhs.uk/logo.png' });
  });
  afterEach(() => Promise.all([graph.close(), entra.close(), lrs.close()]));

  /** HALI with the LRS and Viva Learning as destinations, its Graph client bounded by `graphOptions`; the catalogue published unless told not to. */
  async function reportingApp(options: { publish?: boolean; graphOptions?: { maxPages?: number; maxResponseBytes?: number; timeoutMs?: number }; signInTimeoutMs?: number } = {}) {
    let now = new Date('2026-11-27T09:00:00Z');
    const built = testApp({ env: env(), now: () => now });
    const config = built.deps.config.reporting.viva!;
    if (options.publish !== false) await createVivaEngine(config, { mentors: built.deps.faculty.mentors, learners: built.stores.learners, log: built.deps.log, clock: built.deps.clock }).publishCatalogue();
    // A fresh sign-in (no token held), bounded as the product's is, only shorter.
    const credential = boundedCredential(new ClientSecretCredential(TENANT, CLIENT_ID, SECRET, { authorityHost: entra.authorityHost, disableInstanceDiscovery: true }), options.signInTimeoutMs ?? TIMEOUT_MS);
    const vivaGraph = new VivaGraph({ credential, baseUrl: graph.url, timeoutMs: TIMEOUT_MS, ...options.graphOptions });
    // Viva Learning first: the LRS must not wait behind it.
    const sinks = [new VivaSink(vivaGraph, providerId, built.deps.log, built.deps.clock), new XapiSink(built.deps.config.reporting.xapi!, built.deps.log)];
    const reporting = createReportingEngine({ stores: built.stores, config: built.deps.config, sinks, clock: built.deps.clock, log: built.deps.log, mentors: built.deps.faculty.mentors });
    await lessonAndAnswers(built.send, USER, 0);
    const queuedFor = async (to: string) => ((await storedLearner(built.stores, LEARNER))!.outbox ?? []).filter((e) => e.to === to).length;
    const failures = () => built.logs.lines.filter((l) => l.event === 'outbox.destination_failed' && l.to === 'viva');
    return { ...built, reporting, queuedFor, failures, later: (ms: number) => (now = new Date(now.getTime() + ms)), now: () => now };
  }

  /** The statements the LRS was sent for the lesson, the Viva completion still waiting, Viva paused for `reason`. */
  async function onlyVivaHeldBack(app: Awaited<ReturnType<typeof reportingApp>>, reason: string) {
    const report = (await app.reporting.runOnce())!;
    expect(report.sent, 'the LRS statements, sent though Viva Learning failed').to.be.greaterThan(0);
    expect(lrs.stored.size).to.equal(report.sent);
    expect(Object.keys(report.paused)).to.deep.equal(['viva']);
    expect(app.failures().map((l) => l.reason)).to.deep.equal([reason]);
    expect(await app.queuedFor('viva')).to.equal(1);
    expect(await app.queuedFor('lrs')).to.equal(0);
    expect(app.logs.lines.filter((l) => l.event === 'outbox.refused')).to.deep.equal([]);
    return report;
  }

  /** Graph recovers: after the pause, the completion reaches Viva Learning once. */
  async function deliveredOnceAfter(app: Awaited<ReturnType<typeof reportingApp>>, pausedUntil: string) {
    graph.fault = undefined;
    entra.hang = false;
    app.later(new Date(pausedUntil).getTime() - app.now().getTime() + 1000);
    expect((await app.reporting.runOnce())!.sent).to.equal(1);
    expect([...graph.activities.values()].filter((a) => a['@odata.type'] === '#microsoft.graph.learningSelfInitiatedCourse')).to.have.length(1);
    expect(await app.queuedFor('viva')).to.equal(0);
  }

  /** The learner says "forget me" and confirms it. */
  async function forgetMe(app: Awaited<ReturnType<typeof reportingApp>>) {
    const confirm = (await app.send(personalMessage('forget me', { userId: USER }))).flatMap((a) => a.attachments ?? [])[0].content as { actions: { data: { nonce: string } }[] };
    await app.send(cardSubmit({ verb: Verbs.confirmForget, nonce: confirm.actions[0].data.nonce }, { userId: USER }));
    expect(await storedLearner(app.stores, LEARNER)).to.equal(undefined);
  }
  const inViva = () => [...graph.activities.values()].filter((a) => a.learnerUserId === LEARNER);

  /*
   * A second outside probe (tmp/vivaprobe2, 2026-12-01) found what "forget me" left in Viva Learning, and what stopped the
   * assignments read, when Graph or Entra ID misbehave.
   */
  it('a completion Graph made whose answer never came back is withdrawn after "forget me" (it stayed in Viva Learning before)', async () => {
    const app = await reportingApp();
    graph.fault = (method, path) => (method === 'POST' && path.endsWith('/learningCourseActivities') ? 'answerLost' : undefined);
    const report = await onlyVivaHeldBack(app, 'timeout');
    expect(inViva(), 'made by Graph, though HALI never heard so').to.have.length(1);
    graph.fault = undefined;
    await forgetMe(app);
    // Not at once: a request HALI gave up on may still be on its way to Graph, and a withdrawal before it lands finds nothing.
    app.later(new Date(report.paused.viva).getTime() - app.now().getTime() + 1000);
    await app.reporting.runOnce();
    expect(inViva(), 'still there while a request may be open').to.have.length(1);
    app.later(UNCONFIRMED_WITHDRAWAL_DELAY_MS);
    await app.reporting.runOnce();
    expect(inViva()).to.deep.equal([]);
    expect(app.logs.lines.find((l) => l.event === 'viva.withdrawn')).to.include({ found: true });
  });

  it('a withdrawal whose lookup is answered by a page, not by Graph (HTML with 200, a gateway\'s 404), is tried again, not taken as nothing to withdraw', async () => {
    const app = await reportingApp();
    expect((await app.reporting.runOnce())!.sent).to.be.greaterThan(0);
    expect(inViva()).to.have.length(1);
    await forgetMe(app);
    const lookup = (method: string, path: string) => method === 'GET' && path.includes('(externalCourseActivityId=');
    for (const [page, reason] of [
      [{ status: 200, body: '<html><body>Sign in to continue</body></html>' }, 'unexpected_answer'],
      [{ status: 404, body: '<html><body>404 Not Found</body></html>' }, 'http_404'],
    ] as const) {
      graph.fault = (method, path) => (lookup(method, path) ? { page } : undefined);
      const report = (await app.reporting.runOnce())!;
      expect(app.failures().at(-1)?.reason, page.body).to.equal(reason);
      expect(inViva(), page.body).to.have.length(1);
      app.later(new Date(report.paused.viva).getTime() - app.now().getTime() + 1000);
    }
    graph.fault = undefined;
    await app.reporting.runOnce();
    expect(inViva()).to.deep.equal([]);
  });

  it('a learner Graph will not read assignments for (gone: 404) is skipped, and the learners after them are still read', async () => {
    const app = await reportingApp();
    const engine = createVivaEngine(app.deps.config.reporting.viva!, { mentors: app.deps.faculty.mentors, learners: app.stores.learners, log: app.deps.log, clock: app.deps.clock });
    const other = '29:viva-faults-2';
    await app.send(personalMessage('hi', { userId: other }));
    // Monday morning (the lesson was on a Friday), half an hour before both learners' weekday nudges: their assignments are read.
    app.later(71.5 * 3600_000);
    let first: string | undefined;
    graph.fault = (method, path) => {
      if (method !== 'GET' || !/^\/v1\.0\/users\//.test(path)) return undefined;
      first ??= path;
      return path === first ? { status: 404 } : undefined;
    };
    expect(await engine.syncAssignments(), 'the other learner').to.equal(1);
    const synced = await Promise.all([LEARNER, `aad-${other}`].map(async (id) => (await storedLearner(app.stores, id))?.viva !== undefined));
    expect(synced.filter(Boolean)).to.have.length(1);
    expect(app.logs.lines.find((l) => l.event === 'viva.assignments_skipped')).to.include({ level: 'warn', reason: 'http_404' });
  });

  it('assignment reads throttled for an hour wait the hour, as sends do, rather than asking again every 15 minutes', async () => {
    const app = await reportingApp();
    const engine = createVivaEngine(app.deps.config.reporting.viva!, { mentors: app.deps.faculty.mentors, learners: app.stores.learners, log: app.deps.log, clock: app.deps.clock });
    app.later(71.5 * 3600_000);
    graph.fault = (method, path) => (method === 'GET' && /^\/v1\.0\/users\//.test(path) ? { status: 429, retryAfter: '3600' } : undefined);
    let failed: unknown;
    await engine.syncAssignments().catch((error: unknown) => (failed = error));
    expect(failed).to.be.instanceOf(Error);
    expect(app.logs.lines.find((l) => l.event === 'viva.assignments_paused')).to.include({ seconds: 3600 });
    const asked = graph.counts.requests;
    app.later(15 * 60_000);
    expect(await engine.syncAssignments()).to.equal(0);
    expect(graph.counts.requests, 'nothing asked of Graph within the hour').to.equal(asked);
    graph.fault = undefined;
    app.later(3600_000);
    expect(await engine.syncAssignments()).to.equal(1);
  });

  it('Entra ID unavailable for now ("temporarily_unavailable") is a failure to retry, not a settings problem', async () => {
    // The sign-in library asks again itself after a server error: bounded as the product's is (20 s), not the other tests' 0.4 s.
    const app = await reportingApp({ signInTimeoutMs: 20_000 });
    entra.unavailable = true;
    await onlyVivaHeldBack(app, 'sign_in_unavailable');
    expect(app.logs.lines.filter((l) => l.event === 'viva.sign_in_failed'), 'no "check VIVA_CLIENT_ID…" hint').to.deep.equal([]);
  });

  it('a Graph request that never answers is ended, and holds back only the Viva completion: the LRS gets its statements meanwhile', async () => {
    // A longer bound here, so the LRS is seen receiving while the Viva request is still open.
    const app = await reportingApp({ graphOptions: { timeoutMs: 5000 } });
    let hung = false;
    graph.fault = (method, path) => (method === 'POST' && path.endsWith('/learningCourseActivities') ? ((hung = true), 'hang') : undefined);
    const run = onlyVivaHeldBack(app, 'timeout');
    for (let waited = 0; (!hung || lrs.stored.size === 0) && waited < 4000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hung, 'the Viva request is open').to.equal(true);
    expect(lrs.stored.size, 'the LRS has the statements while Viva Learning hangs').to.be.greaterThan(0);
    const report = await run;
    await deliveredOnceAfter(app, report.paused.viva);
  });

  it('a 429 asking for an hour is not waited out inside the request: Viva Learning pauses for the hour, logged, and the LRS goes on', async () => {
    const app = await reportingApp();
    let asked = 0;
    graph.fault = (method, path) => (method === 'POST' && path.endsWith('/learningCourseActivities') && ++asked ? { status: 429, retryAfter: '3600' } : undefined);
    const report = await onlyVivaHeldBack(app, 'http_429');
    expect(asked, 'asked once, not retried after a three-minute sleep').to.equal(1);
    const pausedMs = new Date(report.paused.viva).getTime() - app.now().getTime();
    expect(pausedMs).to.be.at.least(3600_000);
    expect(app.failures()[0].pauseMs).to.be.at.least(3600_000);
    // A short Retry-After is still waited out by the client, and the completion goes in the same run.
    graph.fault = (method, path) => (method === 'POST' && path.endsWith('/learningCourseActivities') && asked++ < 2 ? { status: 429, retryAfter: '1' } : undefined);
    app.later(3600_000 + 1000);
    const again = (await app.reporting.runOnce())!;
    expect(again.sent, JSON.stringify(app.logs.lines.filter((l) => l.level !== 'info').slice(-3))).to.equal(1);
  });

  it('a listing whose next page is the page just read is left at once, logged; the completion waits', async () => {
    const app = await reportingApp();
    let listed = 0;
    graph.fault = (method, path) => (method === 'GET' && path.endsWith('/learningContents') && ++listed ? 'loopNext' : undefined);
    const report = await onlyVivaHeldBack(app, 'paging_repeated_page');
    expect(listed, 'the first page and its repeat, not thousands').to.equal(2);
    expect(app.logs.lines.find((l) => l.event === 'viva.paging_stopped')).to.include({ level: 'warn', reason: 'repeated_page' });
    await deliveredOnceAfter(app, report.paused.viva);
  });

  it('a listing with more pages than HALI publishes items is left after the most it reads; the completion waits', async () => {
    const app = await reportingApp({ graphOptions: { maxPages: 3 } });
    graph.pageSize = 1;
    const before = graph.counts.requests;
    const report = await onlyVivaHeldBack(app, 'paging_too_many_pages');
    expect(graph.counts.requests - before, 'three pages read, nothing sent').to.equal(3);
    // Graph pages the whole catalogue at once again.
    graph.pageSize = 1000;
    await deliveredOnceAfter(app, report.paused.viva);
  });

  it('a huge answer is refused unread past the size HALI reads, and the completion waits (it was refused for good before)', async () => {
    const app = await reportingApp({ graphOptions: { maxResponseBytes: 256 * 1024 } });
    graph.fault = (method, path) => (method === 'GET' && path.endsWith('/learningContents') ? { hugeMb: 64 } : undefined);
    const report = await onlyVivaHeldBack(app, 'response_too_large');
    await deliveredOnceAfter(app, report.paused.viva);
  });

  it('a token endpoint that never answers ends the sign-in; the completion waits and goes once Entra ID answers', async () => {
    const app = await reportingApp();
    entra.hang = true;
    const report = await onlyVivaHeldBack(app, 'sign_in_timeout');
    await deliveredOnceAfter(app, report.paused.viva);
  });

  it('a lesson Viva Learning does not list yet waits for the catalogue to be published, then goes; still unlisted after the wait, it is refused', async () => {
    const app = await reportingApp({ publish: false });
    const report = await onlyVivaHeldBack(app, 'not_published_yet');
    expect(new Date(report.paused.viva).getTime() - app.now().getTime()).to.be.at.least(CONTENT_IDS_REREAD_MS);
    await createVivaEngine(app.deps.config.reporting.viva!, { mentors: app.deps.faculty.mentors, learners: app.stores.learners, log: app.deps.log, clock: app.deps.clock }).publishCatalogue();
    await deliveredOnceAfter(app, report.paused.viva);

    // Another learner's completion, for a catalogue that never lists the lesson: refused once the wait is over.
    const other = await reportingApp({ publish: false });
    graph.contents.clear();
    other.later(CONTENT_WAIT_MS + 60_000);
    const late = (await other.reporting.runOnce())!;
    expect(late.refused).to.equal(1);
    expect(await other.queuedFor('viva')).to.equal(0);
  });
});
