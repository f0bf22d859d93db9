import { expect } from 'chai';
import { loadConfig } from '../../bot/config';
import { wallClock } from '../../bot/learning/zoned-time';
import { createStores } from '../../bot/stores';
import { CLAIM_ID_PREFIX, type NudgeClaim } from '../../bot/store/claims';
import { CONTAINERS } from '../../bot/store/documents';
import { Verbs } from '../../cards/verbs';
import { cardExecute, channelCardExecute, channelMessage, personalMessage } from '../helpers/activities';
import { cardTexts } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { openSharedStore, startInstance, stopInstance, type Instance, type SharedStore } from '../helpers/instances';
import { acceptedPerConversation, seededConversation, seedLearners } from '../helpers/nudges';

const LEASE_SECONDS = 6;
const SWEEP_EVERY_SECONDS = 2;
const LEARNERS = 120;

/** A zone where it is now well away from midnight, so "today" does not change during the test. */
function zoneAwayFromMidnight(now: number): string {
  return ['UTC', 'Asia/Tokyo', 'America/New_York'].find((zone) => {
    const minutes = wallClock(now, zone).minutes;
    return minutes > 60 && minutes < 23 * 60 - 30;
  })!;
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function multiInstanceSuite(kind: SharedStore['kind']) {
  describe(`http: two bot processes sharing one ${kind === 'cosmos' ? 'Cosmos DB database' : 'embedded store file'}`, function () {
    this.timeout(240_000);
    let store: SharedStore;
    let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
    let a: Instance;
    let b: Instance;
    before(async () => {
      store = await openSharedStore(kind);
      connector = await startRecordingConnector();
      const env = { NUDGE_SCHEDULER: 'true', NUDGE_SWEEP_EVERY_SECONDS: String(SWEEP_EVERY_SECONDS), NUDGE_LEASE_SECONDS: String(LEASE_SECONDS), NUDGE_RATE_PER_SECOND: '15' };
      a = await startInstance(store, env);
      b = await startInstance(store, env);
    });
    after(async () => {
      for (const instance of [a, b]) if (instance) await stopInstance(instance);
      await connector?.close();
      await store?.close();
    });

    const repliesIn = (conversationId: string) => connector.activities().filter((x) => x.conversation?.id === conversationId);

    it('accepts on one instance the quiz answer whose one-time code the other issued, and counts it once', async () => {
      const who = { serviceUrl: connector.url, userId: `29:quiz-${kind}` };
      await a.post(personalMessage('quiz', who));
      const conversation = `a:personal-${who.userId}`;
      await connector.waitFor(1, 20_000);
      const quiz = repliesIn(conversation).at(-1)!.attachments[0].content;
      const answer = (quiz.actions as Record<string, any>[]).find((x) => x.verb === Verbs.quizAnswer)!.data;
      const [first, second] = await Promise.all([b.post(cardExecute(Verbs.quizAnswer, answer, who)), a.post(cardExecute(Verbs.quizAnswer, answer, who))]);
      const texts = [cardTexts(((await first.json()) as any).value).join('\n'), cardTexts(((await second.json()) as any).value).join('\n')];
      for (const text of texts) expect(text, 'the same result on both, never "not issued"').to.match(/Correct|Not quite/).and.not.match(/not issued/);
      const learner = await store.documents.read<any>(CONTAINERS.learners, `aad-${who.userId}`, 'record');
      const counted = Object.values(learner!.value.calibration as Record<string, { answered: number }>).reduce((n, c) => n + c.answered, 0);
      expect(counted, 'the answer counted once').to.equal(1);
    });

    it('answers a delivery that Teams retried to the other instance once', async () => {
      const who = { serviceUrl: connector.url, userId: `29:dup-${kind}` };
      const activity = personalMessage('help', who);
      await Promise.all([a.post(activity), b.post(activity)]);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(repliesIn(`a:personal-${who.userId}`)).to.have.length(1);
    });

    it('moves a case thread on once when Reveal next is pressed on both instances at the same moment', async () => {
      const thread = { serviceUrl: connector.url, threadId: `17650000${kind === 'cosmos' ? 1 : 2}0000` };
      const ana = { ...thread, userId: '29:ana', aadObjectId: 'aad-ana', userName: 'Ana' };
      const ben = { ...thread, userId: '29:ben', aadObjectId: 'aad-ben', userName: 'Ben' };
      expect((await a.post(channelMessage('case lynch', { ...ana, newPost: true }))).status).to.equal(200);
      const reveal = (who: typeof ana, on: Instance) => on.post(channelCardExecute(Verbs.caseReveal, { caseId: 'gwen-case-lynch-syndrome', stage: 0 }, who));
      const answers = await Promise.all([reveal(ana, a), reveal(ben, b)]);
      const texts = await Promise.all(answers.map(async (r) => cardTexts(((await r.json()) as any).value).join('\n')));
      // Each pressed card keeps stage 1 where it was discussed; one of them says the other was first.
      for (const text of texts) expect(text).to.include('Stage 1 of 4').and.not.include('Stage 3 of 4');
      expect(texts.filter((t) => t.includes('Someone else revealed this stage first')), texts.join('\n---\n')).to.have.length(1);
      // Stage 2 is posted at the bottom of the thread once, by whichever instance moved the case on.
      const posted = connector.activities().filter((x) => String(x.conversation?.id).includes(thread.threadId)).map((x) => cardTexts(x.attachments?.[0]?.content ?? {}).join('\n'));
      expect(posted.filter((t) => t.includes('Stage 2 of 4')), posted.join('\n---\n')).to.have.length(1);
      expect(posted.filter((t) => t.includes('Stage 3 of 4'))).to.have.length(0);
    });

    it('sweeps on one instance at a time; killed mid-sweep, the other takes over and nobody is nudged twice', async () => {
      const now = Date.now();
      const zone = zoneAwayFromMidnight(now);
      const chosen = hhmm(wallClock(now, zone).minutes - 1);
      const stores = createStores(store.documents, loadConfig({ NODE_ENV: 'test' }), () => new Date());
      const prefix = `multi-${kind}`;
      const ids = await seedLearners(stores, LEARNERS, connector.url, new Date(now - 10 * 60_000), {
        prefix,
        change: (l) => ({ ...l, preferences: { ...l.preferences, timeZone: zone, nudges: { enabled: true, time: chosen, days: [1, 2, 3, 4, 5, 6, 7] } } }),
      });
      const nudgesSoFar = () => connector.activities().filter((x) => String(x.conversation?.id).startsWith(`a:${prefix}-`));
      const deadline = Date.now() + 60_000;
      while (nudgesSoFar().length < 20 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      const lease = await store.documents.read<{ holder: string }>(CONTAINERS.state, 'nudge-sweep-lease', 'nudge-sweep-lease');
      const sweeping = [a, b].find((i) => lease!.value.holder.includes(`-${i.bot.child.pid}-`))!;
      const other = sweeping === a ? b : a;
      sweeping.bot.child.kill('SIGKILL');
      await sweeping.bot.exited;
      const killedAt = Date.now();
      const sentBeforeKill = nudgesSoFar().length;
      expect(sentBeforeKill, 'killed mid-sweep').to.be.below(LEARNERS);

      while (Date.now() < killedAt + 90_000 && nudgesSoFar().length <= sentBeforeKill) await new Promise((resolve) => setTimeout(resolve, 100));
      const tookOverMs = Date.now() - killedAt;
      // The requirement: another instance takes over within two minutes. With this test's short lease it
      // is the lease plus one sweep interval (about 8 s) on an idle machine; two minutes allows for a loaded one.
      expect(tookOverMs, 'taken over within two minutes').to.be.below(120_000);
      while (Date.now() < killedAt + 120_000 && !other.bot.events().some((e) => e.event === 'nudge.run' && e.claimed > 0)) await new Promise((resolve) => setTimeout(resolve, 200));

      const accepted = acceptedPerConversation(nudgesSoFar());
      expect([...accepted.values()].every((n) => n === 1), 'nobody nudged twice').to.equal(true);
      const claims = (await Promise.all(ids.map((id) => store.documents.listPartition<NudgeClaim>(CONTAINERS.learners, id))))
        .flat()
        .filter((d) => d.id.startsWith(CLAIM_ID_PREFIX))
        .map((d) => d.value);
      expect(claims).to.have.length(LEARNERS);
      const lost = ids.filter((_, i) => !accepted.has(seededConversation(i, prefix)));
      for (const id of lost) {
        const claim = claims.find((c) => c.learnerId === id)!;
        expect(claim, `${id} was lost only as a send in flight at the kill`).to.include({ claimedBy: lease!.value.holder });
        expect(claim.sendingAt).to.be.a('string');
        expect(claim.outcome).to.equal(undefined);
      }
      expect(lost.length, 'at most the sends in flight').to.be.at.most(16);
      // One instance at a time: every claim of the killed one was made before any of the survivor's.
      const byKilled = claims.filter((c) => c.claimedBy === lease!.value.holder).map((c) => Date.parse(c.claimedAt));
      const bySurvivor = claims.filter((c) => c.claimedBy !== lease!.value.holder).map((c) => Date.parse(c.claimedAt));
      expect(new Set(claims.map((c) => c.claimedBy)).size).to.equal(2);
      expect(Math.max(...byKilled)).to.be.at.most(Math.min(...bySurvivor));
    });
  });
}

multiInstanceSuite('embedded');
multiInstanceSuite('cosmos');
