import { expect } from 'chai';
import { join } from 'node:path';
import { ColleagueAnswers } from '../../bot/analytics/colleagues';
import { AggregateStore } from '../../bot/store/aggregates';
import { CONTAINERS, type DocumentStore } from '../../bot/store/documents';
import { eraseLearnerData, locateLearnerDocuments } from '../../bot/store/privacy';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { withCosmosServer } from '../helpers/cosmos';
import { tempDir } from '../helpers/temp-dir';

/** Counts the writes that reach the store, to prove additions are merged before they are written. */
function countingWrites(store: DocumentStore) {
  const counts = { writes: 0 };
  const counted = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      if (['create', 'replace', 'upsert', 'createMany'].includes(String(name))) {
        return (...args: unknown[]) => {
          counts.writes++;
          return value.apply(target, args);
        };
      }
      return value.bind(target);
    },
  });
  return { store: counted, counts };
}

const scope = 'hali|2026-11';
const scopeFor = (learnerId: string) => ({ learnerId, channelId: 'msteams', botId: 'bot', userIds: [], personalConversationIds: [], sharedConversationIds: [] });

/** The contract the analytics aggregates keep on every document store. */
export function aggregateContract(name: string, open: () => Promise<DocumentStore>) {
  describe(`analytics aggregates contract: ${name}`, function () {
    this.timeout(60_000);
    let documents: DocumentStore;
    beforeEach(async () => {
      documents = await open();
    });
    afterEach(() => documents.close());

    it('merges ten thousand additions to one item into at most one write per cell, and reads them back summed', async () => {
      const { store, counts } = countingWrites(documents);
      const aggregates = new AggregateStore(store, { shards: 4, windowMs: 10_000 });
      for (let i = 0; i < 10_000; i++) aggregates.add(scope, 'nurse|en', { 'i:q1:n': 1, 'i:q1:c': i % 4 === 0 ? 1 : 0 });
      aggregates.add(scope, 'doctor|cy', { 'i:q1:n': 2 });
      await aggregates.flush();
      // Per cell: at most a create that finds the document and a replace (a fresh store: just the create).
      expect(counts.writes).to.be.at.most(4);
      const cells = await aggregates.readScope(scope);
      expect(cells.get('nurse|en')).to.deep.equal({ 'i:q1:n': 10_000, 'i:q1:c': 2_500 });
      expect(cells.get('doctor|cy')).to.deep.equal({ 'i:q1:n': 2 });
    });

    it('loses nothing when several writers (processes) flush into the same shards at once', async () => {
      const writers = Array.from({ length: 4 }, () => new AggregateStore(documents, { shards: 2, windowMs: 10_000 }));
      for (let round = 0; round < 5; round++) {
        writers.forEach((w, i) => w.add(scope, 'nurse|en', { answers: 1, [`w${i}`]: 1 }));
        await Promise.all(writers.map((w) => w.flush()));
      }
      const cells = await writers[0].readScope(scope);
      expect(cells.get('nurse|en')).to.deep.equal({ answers: 20, w0: 5, w1: 5, w2: 5, w3: 5 });
    });

    it('a reader keeps parsed cells by ETag and still sees every later write, from any writer, re-reading only what changed', async () => {
      const writer = new AggregateStore(documents, { shards: 2, windowMs: 10_000 });
      const reads: string[] = [];
      const watched = new Proxy(documents, {
        get(target, name, receiver) {
          const value = Reflect.get(target, name, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            reads.push(String(name));
            return value.apply(target, args);
          };
        },
      });
      const reader = new AggregateStore(watched, { shards: 2 });
      writer.add(scope, 'nurse|en', { answers: 1 });
      writer.add(scope, 'doctor|en', { answers: 2 });
      await writer.flush();
      expect((await reader.readScope(scope)).get('nurse|en')).to.deep.equal({ answers: 1 });
      reads.length = 0;
      expect((await reader.readScope(scope)).get('doctor|en')).to.deep.equal({ answers: 2 });
      expect(reads.filter((r) => r !== 'listVersions'), 'nothing changed: no bodies read').to.deep.equal([]);
      writer.add(scope, 'nurse|en', { answers: 5 });
      await writer.flush();
      const cells = await reader.readScope(scope);
      expect(Object.values(cells.get('nurse|en')!).reduce((a, b) => a + b, 0)).to.equal(6);
      expect(cells.get('doctor|en')).to.deep.equal({ answers: 2 });
      expect((await documents.listVersions(CONTAINERS.analytics, 'nope')).length).to.equal(0);
    });

    it('serves "how colleagues answered": option shares by role from concurrent writers, shown only from 10 answers, with no learner ids', async () => {
      // Three processes record first answers to one item at once, for nurses (English and Welsh cells) and doctors.
      const writers = Array.from({ length: 3 }, () => new AggregateStore(documents, { shards: 4, windowMs: 10_000 }));
      const answers = [...Array(12).fill(['nurse|en', 'a']), ...Array(3).fill(['nurse|cy', 'b']), ...Array(9).fill(['doctor|en', 'c'])] as [string, string][];
      answers.forEach(([cell, option], i) => writers[i % 3].add('hali|all', cell, { 'i:q1:n': 1, [`i:q1:o:${option}`]: 1 }));
      await Promise.all(writers.map((w) => w.flush()));
      const colleagues = new ColleagueAnswers(writers[0], () => new Date());
      expect(await colleagues.shares('hali', 'q1', ['a', 'b', 'c'], 'nurse')).to.deep.equal({ answered: 15, percent: { a: 80, b: 20, c: 0 } });
      expect(await colleagues.shares('hali', 'q1', ['a', 'b', 'c'], 'doctor'), 'nine doctors are too few').to.equal(undefined);
      expect(await colleagues.shares('hali', 'q2', ['a'], 'nurse')).to.equal(undefined);
      // What is stored is cells by role and language, and counters by item and option: nothing else, so no learner id.
      // (The check once matched a pattern against the whole JSON, and failed when a random ETag held "aad-".)
      const shards = await Promise.all([0, 1, 2, 3].map((s) => documents.listPartition<{ counters: Record<string, number> }>(CONTAINERS.analytics, `hali|all#${s}`)));
      const stored = shards.flat();
      expect([...new Set(stored.map((d) => d.id))].sort()).to.deep.equal(['doctor|en', 'nurse|cy', 'nurse|en']);
      for (const document of stored) {
        expect(Object.keys(document.value)).to.deep.equal(['counters']);
        const keys = Object.keys(document.value.counters);
        expect(keys.every((key) => /^i:q1:(n|o:[abc])$/.test(key)), keys.join(' ')).to.equal(true);
      }
    });

    it('keeps scopes apart and reads an empty scope as no cells', async () => {
      const aggregates = new AggregateStore(documents, { windowMs: 10_000 });
      aggregates.add(scope, 'nurse|en', { a: 1 });
      aggregates.add('gwen|2026-11', 'nurse|en', { a: 5 });
      await aggregates.flush();
      expect((await aggregates.readScope(scope)).get('nurse|en')).to.deep.equal({ a: 1 });
      expect((await aggregates.readScope('hali|2026-10')).size).to.equal(0);
    });

    it('drops additions when analytics is off', async () => {
      const aggregates = new AggregateStore(documents, { enabled: false, windowMs: 10_000 });
      aggregates.add(scope, 'nurse|en', { a: 1 });
      aggregates.addNote('hali|questions', { text: 'q' }, 'learner-1');
      await aggregates.flush();
      expect((await aggregates.readScope(scope)).size).to.equal(0);
      expect(await aggregates.readNotes('hali|questions')).to.deep.equal([]);
    });

    it('keeps notes without identity, but "forget me" finds and deletes the learner\'s notes', async () => {
      const aggregates = new AggregateStore(documents, { windowMs: 10_000 });
      aggregates.addNote('hali|questions', { text: 'how do I audit an AI tool?', language: 'en', month: '2026-11' }, 'learner-1');
      aggregates.addNote('hali|questions', { text: 'what is a token?', language: 'en', month: '2026-11' }, 'learner-2');
      aggregates.add(scope, 'nurse|en', { learners: 2 });
      await aggregates.flush();
      const notes = await aggregates.readNotes('hali|questions');
      expect(notes.map((n) => n.text).sort()).to.deep.equal(['how do I audit an AI tool?', 'what is a token?']);
      expect(JSON.stringify(notes)).to.not.include('learner-');
      const located = await locateLearnerDocuments(documents, scopeFor('learner-1'));
      expect(located.filter((d) => d.container === CONTAINERS.analytics)).to.have.length(1);
      await eraseLearnerData(documents, scopeFor('learner-1'), new Date());
      expect((await aggregates.readNotes('hali|questions')).map((n) => n.text)).to.deep.equal(['what is a token?']);
      // Counts from many learners stay.
      expect((await aggregates.readScope(scope)).get('nurse|en')).to.deep.equal({ learners: 2 });
    });
  });
}

aggregateContract('embedded SQLite on disk', async () => new SqliteDocumentStore({ file: join(tempDir('hali-agg-'), 'hali.db'), purgeEveryMs: 0 }));
aggregateContract('embedded SQLite in memory', async () => new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 }));
withCosmosServer('Cosmos DB on loopback (aggregates)', (cosmos) => {
  aggregateContract('Azure Cosmos DB (real SDK, @zeit/cosmosdb-server)', () => cosmos().connect());
});
