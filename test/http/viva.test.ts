import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { renderNudge } from '../../cards/render-nudge';
import { translator } from '../../bot/i18n';
import { composeNudge } from '../../bot/nudges/compose';
import { createReportingEngine } from '../../bot/reporting';
import { createVivaEngine, vivaCredential } from '../../bot/viva';
import { lessonExternalId, pathwayExternalId } from '../../bot/viva/catalogue';
import { VivaGraph } from '../../bot/viva/graph';
import { VivaSink } from '../../bot/viva/sink';
import { cardSubmit, personalMessage, TENANT } from '../helpers/activities';
import { cardTexts, realFaculty, storedLearner, testApp } from '../helpers/app';
import { startEntraTokens, trustLoopbackCertificateInSuite, type EntraTokens } from '../helpers/entra-token';
import { startGraph, type GraphStandIn } from '../helpers/graph-stand-in';
import { lessonAndAnswers } from '../helpers/learning-session';

const CLIENT_ID = 'aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb';
/** A made-up client secret for the loopback token endpoint; not a secret. */
const SECRET = 'stand-in-client-secret';
const USER = '29:viva-1';
const LEARNER = `aad-${USER}`;

describe('Viva Learning through Microsoft Graph (stand-in on loopback)', function () {
  this.timeout(60_000);
  let graph: GraphStandIn;
  let entra: EntraTokens;
  let providerId: string;
  /** The settings a tenant gives HALI: its app registration, signing in at the stand-in Entra ID. */
  const vivaEnv = (secret = SECRET) => ({ VIVA_TENANT_ID: TENANT, VIVA_PROVIDER_ID: providerId ?? 'not-registered-yet', VIVA_CLIENT_ID: CLIENT_ID, VIVA_CLIENT_SECRET: secret, VIVA_AUTHORITY_HOST: entra.authorityHost, GRAPH_BASE_URL: graph.url, BOT_ID: 'hali-bot-id', BOT_PASSWORD: 'x' });
  trustLoopbackCertificateInSuite();
  beforeEach(async () => {
    entra = await startEntraTokens({ tenantId: TENANT, clientId: CLIENT_ID, secret: SECRET });
    graph = await startGraph({ checkToken: entra.check });
    // The product's credential (ClientSecretCredential), signing in at the stand-in token endpoint.
    const credential = vivaCredential(testApp({ env: vivaEnv() }).deps.config.reporting.viva!);
    providerId = await new VivaGraph({ credential, baseUrl: graph.url }).registerProvider({ displayName: 'HALI', logoUrl: 'https://hali.example.nhs.uk/logo.png' });
  });
  afterEach(() => Promise.all([graph.close(), entra.close()]));

  const vivaApp = (now?: () => Date, secret = SECRET) => {
    const built = testApp({ env: vivaEnv(secret), now });
    const viva = createVivaEngine(built.deps.config.reporting.viva!, { mentors: built.deps.faculty.mentors, learners: built.stores.learners, log: built.deps.log, clock: built.deps.clock });
    const sink = new VivaSink(viva.graph, providerId, built.deps.log);
    const reporting = createReportingEngine({ stores: built.stores, config: built.deps.config, sinks: [sink], clock: built.deps.clock, log: built.deps.log, mentors: built.deps.faculty.mentors });
    return { ...built, viva, reporting };
  };

  it('registers HALI and publishes every lesson and pathway in English and Welsh, through throttling and paging', async () => {
    expect(graph.providers.get(providerId)!.isCourseActivitySyncEnabled).to.equal(true);
    const { viva } = vivaApp();
    graph.throttleEvery = 15;
    const published = await viva.publishCatalogue();
    const mentors = realFaculty().mentors.filter((m) => m.lessons.length > 0);
    expect(published).to.equal(mentors.reduce((n, m) => n + (m.lessons.length + 1) * 2, 0));
    expect(graph.counts.throttled).to.be.greaterThan(0);
    const ids = await viva.graph.contentIds(providerId);
    expect(ids.size).to.equal(published);
    const hali = realFaculty().get('hali')!;
    const cy = [...graph.contents.values()].find((c) => c.externalId === lessonExternalId('hali', hali.lessons[0].id, 'cy'))!;
    expect(cy).to.include({ title: hali.lessons[0].title.cy, languageTag: 'cy-gb', duration: 'PT2M', format: 'Course', sourceName: 'HALI' });
    expect(cy.contentWebUrl).to.equal(`https://teams.microsoft.com/l/chat/0/0?users=28:hali-bot-id&message=gwers%20${hali.lessons[0].id}`);
    const pathway = [...graph.contents.values()].find((c) => c.externalId === pathwayExternalId('hali', 'en'))!;
    expect(pathway.contentWebUrl).to.equal('https://teams.microsoft.com/l/chat/0/0?users=28:hali-bot-id&message=path%20HALI');
    expect(pathway).to.include({ format: 'Learning path', languageTag: 'en-gb', duration: `PT${hali.lessons.length * 2}M` });
    // Publishing again replaces, never duplicates.
    graph.throttleEvery = 0;
    await viva.publishCatalogue();
    expect(graph.contents.size).to.equal(published);
  });

  it('a lesson finished in HALI shows as completed in Viva Learning (self-initiated), once', async () => {
    const { send, stores, viva, reporting } = vivaApp();
    await viva.publishCatalogue();
    await lessonAndAnswers(send, USER, 1);
    const queued = (await storedLearner(stores, LEARNER))!.outbox!;
    expect(queued.map((e) => e.to)).to.deep.equal(['viva']);
    await reporting.runOnce();
    await reporting.runOnce();
    const hali = realFaculty().get('hali')!;
    const contentId = [...graph.contents.values()].find((c) => c.externalId === lessonExternalId('hali', hali.lessons[0].id, 'en'))!.id;
    const completions = [...graph.activities.values()];
    expect(completions).to.have.length(1);
    expect(completions[0]).to.include({ '@odata.type': '#microsoft.graph.learningSelfInitiatedCourse', learnerUserId: LEARNER, learningContentId: contentId, status: 'completed', completionPercentage: 100 });
    expect((await storedLearner(stores, LEARNER))!.outbox).to.deep.equal([]);
  });

  it('"forget me" withdraws the completions HALI reported to Viva Learning, and leaves an assignment\'s to its assigner', async () => {
    const { send, stores, viva, reporting } = vivaApp();
    await viva.publishCatalogue();
    await send(personalMessage('hi', { userId: USER }));
    const hali = realFaculty().get('hali')!;
    const courseActivityId = graph.assign(LEARNER, lessonExternalId('hali', hali.lessons[4].id, 'en'), 'required', '2026-12-05T17:00:00');
    expect(await viva.syncAssignments()).to.equal(1);
    await lessonAndAnswers(send, USER, 1);
    await send(cardSubmit({ verb: Verbs.lessonDone, mentorId: 'hali', lessonId: hali.lessons[4].id }, { userId: USER }));
    await reporting.runOnce();
    const selfInitiated = () => [...graph.activities.values()].filter((a) => a['@odata.type'] === '#microsoft.graph.learningSelfInitiatedCourse');
    expect(selfInitiated()).to.have.length(1);
    expect(graph.activities.get(courseActivityId)).to.include({ status: 'completed' });
    const confirm = (await send(personalMessage('forget me', { userId: USER }))).flatMap((a) => a.attachments ?? [])[0].content as { actions: { data: { nonce: string } }[] };
    // The learner is told what happens to what was already sent.
    expect(JSON.stringify(confirm)).to.include('Lessons HALI reported to Viva Learning are withdrawn from it.');
    await send(cardSubmit({ verb: Verbs.confirmForget, nonce: confirm.actions[0].data.nonce }, { userId: USER }));
    expect(await storedLearner(stores, LEARNER)).to.equal(undefined);
    await reporting.runOnce();
    // Before, the completion stayed in Viva Learning with the learner's Entra id, though they were told everything was deleted.
    expect(selfInitiated()).to.deep.equal([]);
    expect(graph.activities.get(courseActivityId), 'the assigner\'s assignment').to.include({ status: 'completed' });
    // Sent once: nothing waits to be sent again.
    expect(await reporting.runOnce()).to.include({ sent: 0 });
  });

  it('an assignment made in Viva Learning reaches the learner as a nudge, and its completion flows back', async () => {
    let now = new Date('2026-11-27T08:30:00Z');
    const { send, stores, viva, reporting, deps } = vivaApp(() => now);
    await viva.publishCatalogue();
    await send(personalMessage('hi', { userId: USER }));
    const hali = realFaculty().get('hali')!;
    const assigned = hali.lessons[4];
    const courseActivityId = graph.assign(LEARNER, lessonExternalId('hali', assigned.id, 'en'), 'required', '2026-12-05T17:00:00');
    graph.pageSize = 1;
    expect(await viva.syncAssignments()).to.equal(1);
    const learner = (await storedLearner(stores, LEARNER))!;
    expect(learner.viva!.assignments).to.deep.equal([{ courseActivityId, mentorId: 'hali', lessonId: assigned.id, required: true, due: '2026-12-05T17:00:00.000Z' }]);
    const content = composeNudge(deps.faculty, learner, now, 'n-1')!;
    expect(content).to.include({ kind: 'lesson' });
    expect((content as { lesson: { id: string } }).lesson.id).to.equal(assigned.id);
    expect(cardTexts(renderNudge({ language: 'en', t: translator('en') }, content)).join('\n')).to.include('Required learning, assigned to you in Viva Learning: due 5 December 2026');
    now = new Date('2026-11-27T09:00:00Z');
    await send(cardSubmit({ verb: Verbs.lessonDone, mentorId: 'hali', lessonId: assigned.id }, { userId: USER }));
    await reporting.runOnce();
    expect(graph.activities.get(courseActivityId)).to.include({ status: 'completed', completionPercentage: 100 });
    expect([...graph.activities.values()].filter((a) => a['@odata.type'] === '#microsoft.graph.learningSelfInitiatedCourse')).to.have.length(0);
  });

  it('a wrong client secret fails sign-in clearly (logged, no crash), keeps the completion, and delivers once the secret is right', async () => {
    const publisher = vivaApp();
    await publisher.viva.publishCatalogue();
    // The administrator rotated the secret in Entra ID; HALI still has the old one.
    entra.secret = 'rotated-secret';
    let now = new Date('2026-11-27T09:00:00Z');
    const { send, stores, viva, reporting, logs } = vivaApp(() => now, SECRET);
    await lessonAndAnswers(send, USER, 0);
    const report = await reporting.runOnce();
    expect(report!.sent).to.equal(0);
    expect(Object.keys(report!.paused)).to.deep.equal(['viva']);
    expect((await storedLearner(stores, LEARNER))!.outbox).to.have.length(1);
    expect(entra.counts.refused).to.be.greaterThan(0);
    const signIn = logs.lines.find((l) => l.event === 'viva.sign_in_failed')!;
    expect(signIn).to.include({ level: 'error', hint: 'Check VIVA_CLIENT_ID, VIVA_CLIENT_SECRET and VIVA_TENANT_ID against the app registration in Entra ID.' });
    expect(String(signIn.reason)).to.include('AADSTS7000215');
    // The scheduled publish fails the same way (its timer logs it and runs again later).
    expect(await viva.publishCatalogue().then(() => 'published', (error: Error) => error.message)).to.include('AADSTS7000215');
    // The secret is put right in Entra ID: the paused completion goes on the next run after the pause.
    entra.secret = SECRET;
    now = new Date(now.getTime() + 10 * 60_000);
    expect((await reporting.runOnce())!.sent).to.equal(1);
    expect([...graph.activities.values()]).to.have.length(1);
    expect((await storedLearner(stores, LEARNER))!.outbox).to.deep.equal([]);
  });
});
