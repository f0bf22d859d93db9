import { expect } from 'chai';
import { join } from 'node:path';
import { CONTAINERS, dueCursorOf, type DueCursor, type DocumentStore } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { withCosmosServer } from '../helpers/cosmos';
import { tempDir } from '../helpers/temp-dir';

/**
 * The contract every DocumentStore keeps. It runs against the embedded store (on disk and in
 * memory) and against Cosmos DB through the real SDK and a Cosmos DB API server on loopback.
 */
export function documentStoreContract(name: string, open: () => Promise<DocumentStore>) {
  describe(`document store contract: ${name}`, function () {
    this.timeout(20_000);
    let store: DocumentStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());

    it('creates, reads back and refuses a second create of the same id', async () => {
      const created = await store.create(CONTAINERS.learners, 'learner-1', 'record', { n: 1 });
      expect(created.ok).to.equal(true);
      const read = await store.read<{ n: number }>(CONTAINERS.learners, 'learner-1', 'record');
      expect(read!.value).to.deep.equal({ n: 1 });
      expect(read!.etag).to.be.a('string').and.not.equal('');
      expect(await store.create(CONTAINERS.learners, 'learner-1', 'record', { n: 2 })).to.deep.equal({ ok: false, reason: 'exists' });
      expect((await store.read<{ n: number }>(CONTAINERS.learners, 'learner-1', 'record'))!.value.n).to.equal(1);
    });

    it('keeps partitions and containers apart', async () => {
      await store.create(CONTAINERS.learners, 'a', 'x', { who: 'a' });
      await store.create(CONTAINERS.learners, 'b', 'x', { who: 'b' });
      await store.create(CONTAINERS.state, 'a', 'x', { who: 'state' });
      expect((await store.read<{ who: string }>(CONTAINERS.learners, 'b', 'x'))!.value.who).to.equal('b');
      expect((await store.read<{ who: string }>(CONTAINERS.state, 'a', 'x'))!.value.who).to.equal('state');
      expect(await store.read(CONTAINERS.markers, 'a', 'x')).to.equal(undefined);
    });

    it('replaces only with the current ETag, and reports a stale one as a conflict', async () => {
      const first = await store.create(CONTAINERS.learners, 'p', 'r', { v: 1 });
      if (!first.ok) throw new Error('create failed');
      const second = await store.replace(CONTAINERS.learners, 'p', 'r', { v: 2 }, first.doc.etag);
      expect(second.ok).to.equal(true);
      if (!second.ok) return;
      expect(second.doc.etag).to.not.equal(first.doc.etag);
      expect(await store.replace(CONTAINERS.learners, 'p', 'r', { v: 3 }, first.doc.etag)).to.deep.equal({ ok: false, reason: 'conflict' });
      expect((await store.read<{ v: number }>(CONTAINERS.learners, 'p', 'r'))!.value.v).to.equal(2);
      expect(await store.replace(CONTAINERS.learners, 'p', 'missing', { v: 1 }, second.doc.etag)).to.deep.equal({ ok: false, reason: 'conflict' });
    });

    it('upserts over anything and deletes once', async () => {
      await store.upsert(CONTAINERS.state, 'k', 'k', { a: 1 });
      await store.upsert(CONTAINERS.state, 'k', 'k', { a: 2 });
      expect((await store.read<{ a: number }>(CONTAINERS.state, 'k', 'k'))!.value.a).to.equal(2);
      expect(await store.delete(CONTAINERS.state, 'k', 'k')).to.equal(true);
      expect(await store.delete(CONTAINERS.state, 'k', 'k')).to.equal(false);
      expect(await store.read(CONTAINERS.state, 'k', 'k')).to.equal(undefined);
    });

    it('stores ids with slashes, question marks, hashes and great length', async () => {
      const ids = ['msteams/28:bot/conversations/a:1?x#y\\z', `msteams/28:bot/conversations/${'19:'.padEnd(400, 'q')}@thread.v2`];
      for (const id of ids) {
        await store.upsert(CONTAINERS.state, id, id, { id });
        expect((await store.read<{ id: string }>(CONTAINERS.state, id, id))!.value.id).to.equal(id);
        expect((await store.listPartition(CONTAINERS.state, id)).map((d) => d.id)).to.deep.equal([id]);
      }
    });

    it('lists a partition and finds documents tagged with a learner across partitions', async () => {
      await store.create(CONTAINERS.learners, 'L', 'record', { r: 1 });
      await store.create(CONTAINERS.learners, 'L', 'event:2', { e: 2 });
      await store.create(CONTAINERS.learners, 'M', 'record', { r: 9 });
      await store.create(CONTAINERS.markers, 'act-1', 'act-1', {}, { learnerId: 'L' });
      await store.create(CONTAINERS.markers, 'act-2', 'act-2', {}, { learnerId: 'M' });
      expect((await store.listPartition(CONTAINERS.learners, 'L')).map((d) => d.id)).to.deep.equal(['event:2', 'record']);
      const found = await store.findByLearner(CONTAINERS.markers, 'L');
      expect(found.map((d) => [d.pk, d.id, d.learnerId])).to.deep.equal([['act-1', 'act-1', 'L']]);
    });

    it('returns copies, so changing a value read does not change the store', async () => {
      await store.upsert(CONTAINERS.learners, 'c', 'c', { list: [1] });
      const read = await store.read<{ list: number[] }>(CONTAINERS.learners, 'c', 'c');
      read!.value.list.push(2);
      expect((await store.read<{ list: number[] }>(CONTAINERS.learners, 'c', 'c'))!.value.list).to.deep.equal([1]);
    });

    it('returns what a write stored as a copy, never the object written', async () => {
      const value = { list: [1], at: 'x' };
      const created = await store.create(CONTAINERS.learners, 'w', 'w', value);
      const replaced = created.ok ? await store.replace(CONTAINERS.learners, 'w', 'w', value, created.doc.etag) : created;
      const upserted = await store.upsert(CONTAINERS.learners, 'w', 'u', value);
      for (const doc of [created.ok && created.doc, replaced.ok && replaced.doc, upserted]) {
        if (!doc) throw new Error('a write failed');
        expect(doc.value).to.deep.equal(value);
        expect(doc.value).to.not.equal(value);
      }
      value.list.push(2);
      expect(upserted.value.list).to.deep.equal([1]);
    });

    it('creates many at once, reporting the ones that already existed', async () => {
      await store.create(CONTAINERS.learners, 'B', 'event:1', { n: 0 });
      const results = await store.createMany(CONTAINERS.learners, [
        { pk: 'B', id: 'event:1', value: { n: 1 } },
        { pk: 'B', id: 'event:2', value: { n: 2 } },
        { pk: 'C', id: 'event:3', value: { n: 3 }, options: { ttlSeconds: 60 } },
      ]);
      expect(results.map((r) => r.ok)).to.deep.equal([false, true, true]);
      expect((await store.read<{ n: number }>(CONTAINERS.learners, 'B', 'event:1'))!.value.n).to.equal(0);
      expect((await store.read<{ n: number }>(CONTAINERS.learners, 'C', 'event:3'))!.value.n).to.equal(3);
    });

    it('replaces many at once, each only if its ETag still matches, and states each one\'s indexed instants afresh', async () => {
      const a = await store.create(CONTAINERS.learners, 'RA', 'record', { n: 1 }, { sendAt: 1_000 });
      const b = await store.create(CONTAINERS.learners, 'RB', 'record', { n: 1 }, { sendAt: 1_000 });
      const c = await store.create(CONTAINERS.learners, 'RC', 'record', { n: 1 }, { sendAt: 1_000 });
      if (!a.ok || !b.ok || !c.ok) throw new Error('setup');
      await store.replace(CONTAINERS.learners, 'RB', 'record', { n: 'someone else' }, b.doc.etag, { sendAt: 1_000 });
      const results = await store.replaceMany(CONTAINERS.learners, [
        { pk: 'RA', id: 'record', value: { n: 2 }, etag: a.doc.etag },
        { pk: 'RB', id: 'record', value: { n: 2 }, etag: b.doc.etag },
        { pk: 'RC', id: 'record', value: { n: 2 }, etag: c.doc.etag, options: { sendAt: 500 } },
        { pk: 'RD', id: 'record', value: { n: 2 }, etag: c.doc.etag },
      ]);
      expect(results.map((r) => r.ok)).to.deep.equal([true, false, true, false]);
      expect(results[0].ok && results[0].doc.etag).to.not.equal(a.doc.etag);
      expect((await store.read<{ n: unknown }>(CONTAINERS.learners, 'RA', 'record'))!.value.n).to.equal(2);
      expect((await store.read<{ n: unknown }>(CONTAINERS.learners, 'RB', 'record'))!.value.n).to.equal('someone else');
      expect(await store.read(CONTAINERS.learners, 'RD', 'record')).to.equal(undefined);
      // RA left the outbox index (no sendAt stated); RC is in it at its new instant; RB kept its own.
      expect((await store.findToSend(CONTAINERS.learners, 5_000, 10)).map((d) => d.pk)).to.deep.equal(['RC', 'RB']);
      expect(await store.replaceMany(CONTAINERS.learners, [])).to.deep.equal([]);
    });

    it('finds due documents across partitions, earliest first, up to a limit, and forgets the due time a later write leaves out', async () => {
      await store.create(CONTAINERS.learners, 'a', 'record', { n: 'a' }, { dueAt: 3_000 });
      await store.create(CONTAINERS.learners, 'b', 'record', { n: 'b' }, { dueAt: 1_000 });
      await store.create(CONTAINERS.learners, 'c', 'record', { n: 'c' }, { dueAt: 9_000 });
      await store.create(CONTAINERS.learners, 'd', 'record', { n: 'd' });
      await store.create(CONTAINERS.state, 'e', 'record', { n: 'e' }, { dueAt: 500 });
      const due = await store.findDue<{ n: string }>(CONTAINERS.learners, 5_000, 10);
      expect(due.map((d) => d.value.n)).to.deep.equal(['b', 'a']);
      expect(due[0].pk).to.equal('b');
      expect(due[0].etag).to.be.a('string');
      expect((await store.findDue(CONTAINERS.learners, 5_000, 1)).map((d) => d.pk)).to.deep.equal(['b']);
      const b = await store.read(CONTAINERS.learners, 'b', 'record');
      await store.replace(CONTAINERS.learners, 'b', 'record', { n: 'b2' }, b!.etag);
      await store.upsert(CONTAINERS.learners, 'c', 'record', { n: 'c2' }, { dueAt: 2_000 });
      expect((await store.findDue<{ n: string }>(CONTAINERS.learners, 5_000, 10)).map((d) => d.value.n)).to.deep.equal(['c2', 'a']);
      await store.delete(CONTAINERS.learners, 'a', 'record');
      expect((await store.findDue(CONTAINERS.learners, 5_000, 10)).map((d) => d.pk)).to.deep.equal(['c']);
      expect(await store.findDue(CONTAINERS.learners, 100, 10)).to.deep.equal([]);
    });

    it('finds documents with records to send by their own instant, apart from the due instant', async () => {
      await store.create(CONTAINERS.learners, 'a', 'record', { n: 'a' }, { dueAt: 1_000, sendAt: 4_000 });
      await store.create(CONTAINERS.learners, 'b', 'record', { n: 'b' }, { sendAt: 2_000 });
      await store.create(CONTAINERS.learners, 'c', 'record', { n: 'c' }, { dueAt: 500 });
      await store.create(CONTAINERS.state, 'd', 'record', { n: 'd' }, { sendAt: 100 });
      expect((await store.findToSend<{ n: string }>(CONTAINERS.learners, 5_000, 10)).map((d) => d.value.n)).to.deep.equal(['b', 'a']);
      expect((await store.findToSend(CONTAINERS.learners, 5_000, 1)).map((d) => d.pk)).to.deep.equal(['b']);
      expect((await store.findDue(CONTAINERS.learners, 5_000, 10)).map((d) => d.pk)).to.deep.equal(['c', 'a']);
      const a = await store.read(CONTAINERS.learners, 'a', 'record');
      // A write that leaves the outbox empty states no sendAt: the document leaves the index.
      await store.replace(CONTAINERS.learners, 'a', 'record', { n: 'a2' }, a!.etag, { dueAt: 1_000 });
      expect((await store.findToSend(CONTAINERS.learners, 5_000, 10)).map((d) => d.pk)).to.deep.equal(['b']);
      expect((await store.findDue(CONTAINERS.learners, 5_000, 10)).map((d) => d.pk)).to.deep.equal(['c', 'a']);
      expect(await store.findToSend(CONTAINERS.learners, 1_000, 10)).to.deep.equal([]);
    });

    it('pages through due documents with a cursor, each exactly once, ties broken by partition and id', async () => {
      const items = Array.from({ length: 23 }, (_, i) => ({ pk: `p${String(i).padStart(2, '0')}`, id: 'record', value: { i }, options: { dueAt: 1_000 + (i % 3) } }));
      await store.createMany(CONTAINERS.learners, items);
      await store.create(CONTAINERS.learners, 'p05', 'other', { i: 'x' }, { dueAt: 1_001 });
      await store.create(CONTAINERS.learners, 'late', 'record', { i: 'late' }, { dueAt: 9_000 });
      const seen: string[] = [];
      let after: DueCursor | undefined;
      for (let page = 0; page < 10; page++) {
        const docs = await store.findDue<{ i: number }>(CONTAINERS.learners, 5_000, 5, after);
        expect(docs.length).to.be.at.most(5);
        if (docs.length === 0) break;
        seen.push(...docs.map((d) => `${d.dueAt}:${d.pk}/${d.id}`));
        after = dueCursorOf(docs.at(-1)!);
      }
      const expected = [...items.map((it) => `${it.options.dueAt}:${it.pk}/record`), '1001:p05/other'].sort();
      expect(seen).to.deep.equal(expected);
    });

    it('lets exactly one of many concurrent creates of the same id win', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.create(CONTAINERS.markers, 'dup', 'dup', { i })));
      expect(results.filter((r) => r.ok)).to.have.length(1);
    });
  });
}

documentStoreContract('embedded SQLite on disk', async () => new SqliteDocumentStore({ file: join(tempDir('hali-store-'), 'hali.db') }));
documentStoreContract('embedded SQLite in memory', async () => new SqliteDocumentStore({ file: ':memory:' }));

withCosmosServer('Cosmos DB on loopback', (cosmos) => {
  documentStoreContract('Azure Cosmos DB (real SDK, @zeit/cosmosdb-server)', () => cosmos().connect());
});
