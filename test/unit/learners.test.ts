import { expect } from 'chai';
import { CONTAINERS, type DocumentStore } from '../../bot/store/documents';
import { LEARNER_RECORD_ID, LearnerConflictError } from '../../bot/store/learners';
import { LEARNER_SCHEMA_VERSION, migrateLearner, rememberConversation, type LearnerChange } from '../../bot/learning/learner';
import { LearnerRepository } from '../../bot/learning/learner-repository';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { withCosmosServer } from '../helpers/cosmos';

const clock = () => new Date('2026-11-27T10:00:00Z');

function learnerRepositorySuite(name: string, open: () => Promise<DocumentStore>) {
  describe(`learner repository: ${name}`, function () {
    this.timeout(30_000);
    let store: DocumentStore;
    let repo: LearnerRepository;
    beforeEach(async () => {
      store = await open();
      repo = new LearnerRepository(store, clock);
    });
    afterEach(() => store.close());

    it('creates a learner on first commit and reads it back with an ETag', async () => {
      const loaded = await repo.load('L1', 'tenant');
      expect(loaded.etag).to.equal(undefined);
      await repo.commit(loaded, [(l) => ({ ...l, language: 'cy' })]);
      const again = await repo.load('L1');
      expect(again.etag).to.be.a('string');
      expect(again.learner).to.include({ id: 'L1', tenantId: 'tenant', language: 'cy', schemaVersion: LEARNER_SCHEMA_VERSION });
    });

    it('loses no update when many turns for one learner commit at once from the same starting version', async () => {
      await repo.commit(await repo.load('L2'), [(l) => l]);
      const base = await repo.load('L2');
      const changes: LearnerChange[] = Array.from({ length: 12 }, (_, i) => (l) => ({
        ...l,
        progress: { ...l.progress, saved: [...l.progress.saved, `lesson-${i}`] },
      }));
      await Promise.all(changes.map((change) => repo.commit(base, [change])));
      const saved = (await repo.load('L2')).learner.progress.saved;
      expect([...saved].sort()).to.deep.equal(changes.map((_, i) => `lesson-${i}`).sort());
    });

    it('loses no update when two brand-new learners race to create the same record', async () => {
      const [a, b] = [await repo.load('L3'), await repo.load('L3')];
      await Promise.all([repo.commit(a, [rememberConversation('conv-a')]), repo.commit(b, [rememberConversation('conv-b')])]);
      expect([...(await repo.load('L3')).learner.conversations].sort()).to.deep.equal(['conv-a', 'conv-b']);
    });

    it('migrates a version 1 document forward on read', async () => {
      await store.create(CONTAINERS.learners, 'old', LEARNER_RECORD_ID, {
        id: 'old',
        schemaVersion: 1,
        language: 'cy',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
      const { learner } = await repo.load('old');
      expect(learner.schemaVersion).to.equal(LEARNER_SCHEMA_VERSION);
      expect(learner.language).to.equal('cy');
      expect(learner.reviews).to.deep.equal({});
      expect(learner.streak).to.deep.equal({ current: 0, longest: 0 });
      expect(learner.conversations).to.deep.equal([]);
    });

    it('migrates a version 2 learner to 3 without switching on a daily lesson they never chose, and indexes the plan of one they did', async () => {
      const v2 = { id: 'v2', schemaVersion: 2, profile: {}, preferences: {}, progress: { lessonsDone: {}, saved: [] }, reviews: {}, streak: { current: 0, longest: 0 }, conversations: [], createdAt: 'x', updatedAt: 'x' };
      const ref = { channelId: 'msteams', serviceUrl: 'https://smba.example/', conversationId: 'a:1', userId: '29:1', botId: '28:b' };
      await store.create(CONTAINERS.learners, 'v2', LEARNER_RECORD_ID, { ...v2, conversationRef: ref });
      await store.create(CONTAINERS.learners, 'v2-on', LEARNER_RECORD_ID, { ...v2, id: 'v2-on', conversationRef: ref, preferences: { nudges: { enabled: true, time: '08:00' } } });
      const off = (await repo.load('v2')).learner;
      expect(off.schemaVersion).to.equal(3);
      expect(off.preferences.nudges).to.equal(undefined);
      const now = new Date('2026-11-30T07:00:00Z');
      await repo.update('v2', [(l) => ({ ...l, language: 'en' })], now);
      await repo.update('v2-on', [(l) => ({ ...l, language: 'en' })], now);
      expect((await store.findDue(CONTAINERS.learners, Date.parse('2026-12-31T00:00:00Z'), 10)).map((d) => d.pk)).to.deep.equal(['v2-on']);
      expect((await repo.load('v2-on')).learner.nudge?.nextAt).to.equal('2026-11-30T08:00:00.000Z');
    });
  });
}

learnerRepositorySuite('embedded SQLite', async () => new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 }));

withCosmosServer('learner repository on Cosmos DB', (cosmos) => {
  learnerRepositorySuite('Azure Cosmos DB (real SDK, @zeit/cosmosdb-server)', () => cosmos().connect());
});

describe('learner records', () => {
  it('refuses a document from a newer HALI rather than corrupting it', () => {
    expect(() => migrateLearner({ id: 'x', schemaVersion: LEARNER_SCHEMA_VERSION + 1 })).to.throw(/newer than this HALI understands/);
  });

  it('gives up with a coded error after repeated conflicts instead of looping', async () => {
    const store = new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 });
    const repo = new LearnerRepository(store, clock, 3);
    await repo.commit(await repo.load('busy'), [(l) => l]);
    // Every attempt finds that someone else wrote first.
    const original = store.replace.bind(store);
    store.replace = async (...args) => {
      await store.upsert(CONTAINERS.learners, 'busy', LEARNER_RECORD_ID, (await store.read(CONTAINERS.learners, 'busy', LEARNER_RECORD_ID))!.value);
      return original(...args);
    };
    let error: unknown;
    try {
      await repo.commit(await repo.load('busy'), [(l) => ({ ...l, language: 'cy' })]);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(LearnerConflictError);
    await store.close();
  });

  it('remembers conversations most recent last, without duplicates, and only the last 20', () => {
    let learner = migrateLearner({ id: 'x', schemaVersion: 1 });
    for (let i = 0; i < 25; i++) learner = rememberConversation(`c${i}`)(learner);
    learner = rememberConversation('c10')(learner);
    expect(learner.conversations).to.have.length(20);
    expect(learner.conversations.at(-1)).to.equal('c10');
    expect(learner.conversations.filter((c) => c === 'c10')).to.have.length(1);
  });
});
