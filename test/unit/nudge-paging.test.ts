import { expect } from 'chai';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import type { NudgeSender } from '../../bot/nudges/deliver';
import { TenantRateLimiter } from '../../bot/nudges/limiter';
import { runSweep } from '../../bot/nudges/sweep';
import { createStores } from '../../bot/stores';
import type { ContainerName, DueCursor, StoredDocument } from '../../bot/store/documents';
import type { Learner } from '../../bot/learning/learner';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { realFaculty } from '../helpers/app';
import { seedLearners } from '../helpers/nudges';

/** The embedded store, recording how many documents each due query returned. */
class CountingStore extends SqliteDocumentStore {
  pages: number[] = [];
  override async findDue<T>(container: ContainerName, dueBy: number, limit: number, after?: DueCursor): Promise<StoredDocument<T>[]> {
    const docs = await super.findDue<T>(container, dueBy, limit, after);
    this.pages.push(docs.length);
    return docs;
  }
}

describe('nudges: the sweep pages through due learners', function () {
  this.timeout(30_000);
  const PLANNED = new Date('2026-11-30T07:00:00Z');
  const MONDAY_0901 = new Date('2026-11-30T09:01:00Z');

  async function setUp(count: number, change?: (learner: Learner, i: number) => Learner) {
    const documents = new CountingStore({ file: ':memory:', purgeEveryMs: 0 });
    const stores = createStores(documents, loadConfig({ NODE_ENV: 'test' }), () => PLANNED);
    await seedLearners(stores, count, 'http://127.0.0.1:9/', PLANNED, { change });
    const sent: string[] = [];
    const sender: NudgeSender = { send: async (ref) => (sent.push(ref.conversationId), { status: 'sent' }) };
    const deps = {
      documents,
      learners: stores.learners,
      claims: stores.claims,
      faculty: realFaculty(),
      sender,
      limiter: new TenantRateLimiter(1_000_000),
      log: createLogger({ level: 'silent' }),
      instanceId: 'paging-test',
    };
    return { documents, deps, sent };
  }

  it('holds at most two pages at a time (one read ahead) and nudges every due learner exactly once', async () => {
    const { documents, deps, sent } = await setUp(37);
    const summary = await runSweep(deps, MONDAY_0901, { batchSize: 5, concurrency: 3 });
    expect(summary.sent).to.equal(37);
    expect(new Set(sent).size).to.equal(37);
    expect(sent).to.have.length(37);
    expect(Math.max(...documents.pages)).to.equal(5);
    expect(documents.pages.length, 'eight pages of five or fewer, the empty one read ahead, and the empty one that ends the sweep').to.be.within(8, 10);
  });

  it('reads the next page while the last sends of this one are still going, so no slot waits on the store', async () => {
    const { documents, deps } = await setUp(12);
    const events: string[] = [];
    const read = documents.findDue.bind(documents);
    documents.findDue = async (...args: Parameters<CountingStore['findDue']>) => (events.push('read'), read(...args));
    const send = deps.sender.send;
    deps.sender = { send: async (ref, activity) => (events.push('send'), await new Promise((resolve) => setTimeout(resolve, 5)), send(ref, activity)) };
    await runSweep(deps, MONDAY_0901, { batchSize: 6, concurrency: 2 });
    expect(events.filter((e) => e === 'send')).to.have.length(12);
    const secondRead = events.indexOf('read', 1);
    expect(events.slice(0, secondRead).filter((e) => e === 'send').length, 'the second page was asked for before the first page\'s sixth send').to.be.below(6);
  });

  it('with a clock, a long sweep also takes the learners who fell due while it ran', async () => {
    // Half choose 09:00, half 09:30: a sweep that starts at 09:01 and runs past 09:30 sends to all.
    const { deps, sent } = await setUp(20, (l, i) => (i % 2 ? { ...l, preferences: { ...l.preferences, nudges: { ...l.preferences.nudges!, time: '09:30' } } } : l));
    let now = MONDAY_0901.getTime();
    const clock = () => new Date((now += 20 * 60_000));
    const summary = await runSweep(deps, MONDAY_0901, { batchSize: 4, clock });
    expect(summary.sent).to.equal(20);
    expect(new Set(sent).size).to.equal(20);
    const fixed = await setUp(20, (l, i) => (i % 2 ? { ...l, preferences: { ...l.preferences, nudges: { ...l.preferences.nudges!, time: '09:30' } } } : l));
    expect((await runSweep(fixed.deps, MONDAY_0901, { batchSize: 4 })).sent, 'without a clock, only those due at 09:01').to.equal(10);
  });

  it('with a look-ahead, waits for a learner due within it instead of ending, so a plan is followed second by second', async () => {
    const later = (l: Learner, i: number) => (i === 1 ? { ...l, preferences: { ...l.preferences, nudges: { ...l.preferences.nudges!, time: '09:02' } } } : l);
    const { deps, sent } = await setUp(2, later);
    let now = Date.parse('2026-11-30T09:00:05Z');
    const clock = () => new Date(now);
    const sleep = async (ms: number) => void (now += ms);
    const summary = await runSweep(deps, clock(), { clock, sleep, lookaheadMs: 3 * 60_000 });
    expect(summary.sent).to.equal(2);
    expect(now, 'it waited until 09:02').to.be.at.least(Date.parse('2026-11-30T09:02:00Z'));
    const short = await setUp(2, later);
    now = Date.parse('2026-11-30T09:00:05Z');
    expect((await runSweep(short.deps, clock(), { clock, sleep, lookaheadMs: 60_000 })).sent, 'nobody due within a minute: the sweep ends').to.equal(1);
    expect(short.sent).to.have.length(1);
  });
});
