import { expect } from 'chai';
import { createReportingEngine } from '../../bot/reporting';
import { XapiSink } from '../../bot/reporting/xapi-sink';
import { CONTAINERS, type DocumentStore } from '../../bot/store/documents';
import { LEARNER_RECORD_ID } from '../../bot/store/learners';
import { eraseLearnerData } from '../../bot/store/privacy';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import type { Learner } from '../../bot/learning/learner';
import { realFaculty, storedLearner, testDeps } from '../helpers/app';
import { startLrs, type LrsStandIn } from '../helpers/lrs-stand-in';

const NOW = new Date('2026-11-27T09:00:00Z');
const hali = realFaculty().get('hali')!;

/** The embedded store, with every write call to learner records counted and a hook after the sender's read. */
function watchedStore() {
  const inner = new SqliteDocumentStore({ file: ':memory:', clock: () => NOW, purgeEveryMs: 0 });
  const calls = { replace: 0, replaceMany: [] as number[] };
  const hook: { afterFindToSend?: () => Promise<void> } = {};
  const store = new Proxy(inner, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      if (name === 'replace') return (...args: Parameters<DocumentStore['replace']>) => (args[2] === LEARNER_RECORD_ID && calls.replace++, value.apply(target, args));
      if (name === 'replaceMany') return (...args: Parameters<DocumentStore['replaceMany']>) => (calls.replaceMany.push(args[1].length), value.apply(target, args));
      if (name === 'findToSend') {
        return async (...args: unknown[]) => {
          const found = await value.apply(target, args);
          const run = hook.afterFindToSend;
          hook.afterFindToSend = undefined;
          await run?.();
          return found;
        };
      }
      return value.bind(target);
    },
  });
  return { store: store as DocumentStore, calls, hook };
}

/** `count` learners who each finished HALI's first lesson (two statements queued each), and a sender. */
async function cohort(lrs: LrsStandIn, count: number) {
  const watched = watchedStore();
  const { deps, stores } = testDeps({ documents: watched.store, env: { XAPI_ENDPOINT: lrs.url, XAPI_BATCH_SIZE: '250' }, now: () => NOW });
  const ids = Array.from({ length: count }, (_, i) => `aad-settle-${i}`);
  const finishLesson = (learner: Learner): Learner => ({ ...learner, progress: { ...learner.progress, lessonsDone: { hali: [hali.lessons[0].id] } } });
  for (const id of ids) await stores.learners.update(id, [finishLesson]);
  watched.calls.replace = 0;
  const engine = createReportingEngine({ stores, config: deps.config, sinks: [new XapiSink(deps.config.reporting.xapi!, deps.log)], clock: () => NOW, log: deps.log, mentors: deps.faculty.mentors });
  return { ...watched, stores, ids, engine };
}

describe('outbox: a sent page is settled in one write', function () {
  this.timeout(30_000);
  let lrs: LrsStandIn;
  beforeEach(async () => {
    lrs = await startLrs();
  });
  afterEach(async () => {
    await lrs.close();
  });

  it('takes a page of learners\' sent entries out in one replaceMany (one transaction in the embedded store), then records them', async () => {
    const { stores, ids, engine, calls } = await cohort(lrs, 30);
    const report = await engine.runOnce();
    expect(report?.sent).to.equal(60);
    expect(lrs.stored.size).to.equal(60);
    expect(calls.replaceMany).to.deep.equal([30]);
    expect(calls.replace).to.equal(0);
    for (const id of ids) {
      expect((await storedLearner(stores, id))!.outbox ?? []).to.deep.equal([]);
      expect((await stores.reported.list(id)).map((r) => r.outcome)).to.deep.equal(['accepted', 'accepted']);
    }
  });

  it('a learner written between the read and the settle keeps that write and loses only what was sent', async () => {
    const { stores, ids, engine, hook } = await cohort(lrs, 5);
    // A turn lands while the page is out: the learner answers a question (a third statement queued).
    const item = hali.quiz.find((q) => q.lessonId === hali.lessons[0].id)!;
    hook.afterFindToSend = async () => {
      await stores.learners.update(ids[2], [(l) => ({ ...l, lastAnswer: { mentorId: 'hali', itemId: item.id, optionId: item.options[0].id, correct: item.options[0].correct, nonce: 'n-mid' }, preferences: { ...l.preferences, dailyGoal: 'questions' } })]);
    };
    await engine.runOnce();
    const learner = (await storedLearner(stores, ids[2]))!;
    expect(learner.preferences.dailyGoal).to.equal('questions');
    // Its settle conflicted and was re-applied to the turn's version; the answer queued meanwhile went on the next page.
    expect(learner.outbox ?? []).to.deep.equal([]);
    expect((await stores.reported.list(ids[2])).map((r) => r.verb).sort()).to.deep.equal(['answered', 'attempted', 'completed']);
    expect(lrs.stored.size).to.equal(11);
    expect([...lrs.accepted.values()].every((n) => n === 1)).to.equal(true);
  });

  it('a learner erased between the read and the settle stays erased: no record, nothing recorded about them', async () => {
    const { store, stores, ids, engine, hook } = await cohort(lrs, 5);
    hook.afterFindToSend = async () => {
      await eraseLearnerData(store, { learnerId: ids[1], channelId: 'msteams', botId: 'bot', userIds: [], personalConversationIds: [], sharedConversationIds: [] }, NOW, stores.erasures);
    };
    await engine.runOnce();
    expect(await store.read(CONTAINERS.learners, ids[1], LEARNER_RECORD_ID)).to.equal(undefined);
    expect(await store.listPartition(CONTAINERS.learners, ids[1])).to.deep.equal([]);
    expect(await stores.reported.list(ids[3])).to.have.length(2);
  });
});
