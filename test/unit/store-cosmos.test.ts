import { expect } from 'chai';
import type { CosmosClient } from '@azure/cosmos';
import { CONTAINERS } from '../../bot/store/documents';
import { CosmosDocumentStore, cosmosId } from '../../bot/store/cosmos';
import { LearningEventLog } from '../../bot/store/events';
import { ActivityMarkers, MARKER_TTL_SECONDS } from '../../bot/store/markers';
import { DocumentTurnStorage } from '../../bot/store/turn-state';
import { LOCAL_COSMOS_KEY, LOCAL_TLS_AGENT, withCosmosServer } from '../helpers/cosmos';
import { startThrottlingProxy } from '../helpers/throttle';

withCosmosServer('Cosmos DB store specifics', (cosmos) => {

  async function rawItem(store: CosmosDocumentStore, database: string, container: string, pk: string, id: string) {
    const client = (store as unknown as { client: CosmosClient }).client;
    return (await client.database(database).container(container).item(cosmosId(id), pk).read()).resource;
  }

  it('creates the database and containers with /pk partitioning and TTL enabled', async () => {
    const store = await cosmos().connect('created');
    const client = (store as unknown as { client: CosmosClient }).client;
    for (const name of Object.values(CONTAINERS)) {
      const { resource } = await client.database('created').container(name).read();
      expect(resource!.partitionKey!.paths, name).to.deep.equal(['/pk']);
      expect(resource!.defaultTtl, name).to.equal(-1);
    }
    await store.close();
  });

  it('stamps short-lived documents with a TTL for Cosmos DB to expire: markers, events and transcripts', async () => {
    const store = await cosmos().connect('ttl');
    await new ActivityMarkers(store).claim('marker-1', 'L');
    const events = new LearningEventLog(store, 30);
    events.append('L', { type: 'question.answered', at: '2026-11-27T09:00:00.000Z' });
    // Events are written in batches after the reply: wait for this one before looking for it.
    await events.flush();
    await new DocumentTurnStorage(store, 30).write({ 'msteams/bot/conversations/a:1': { history: [] } });
    expect((await rawItem(store, 'ttl', 'markers', 'marker-1', 'marker-1'))!.ttl).to.equal(MARKER_TTL_SECONDS);
    const [event] = await store.listPartition(CONTAINERS.learners, 'L');
    expect((await rawItem(store, 'ttl', 'learners', 'L', event.id))!.ttl).to.equal(30 * 86_400);
    expect((await rawItem(store, 'ttl', 'state', 'msteams/bot/conversations/a:1', 'msteams/bot/conversations/a:1'))!.ttl).to.equal(30 * 86_400);
    await store.close();
  });

  it('retries throttled (429) operations as Cosmos DB asks, then succeeds', async () => {
    const seeded = await cosmos().connect('throttle');
    await seeded.create(CONTAINERS.learners, 'L', 'record', { language: 'cy' });
    await seeded.close();
    const proxy = await startThrottlingProxy(cosmos().endpoint, { times: 3, retryAfterMs: 50 });
    const store = await cosmos().connect('throttle', proxy.endpoint);
    const doc = await store.read<{ language: string }>(CONTAINERS.learners, 'L', 'record');
    expect(doc!.value.language).to.equal('cy');
    expect(proxy.throttled()).to.equal(3);
    await store.close();
    await proxy.close();
  });

  it('gives up on persistent throttling after a bounded number of retries, with the 429 as the error', async () => {
    const proxy = await startThrottlingProxy(cosmos().endpoint, { times: -1, retryAfterMs: 100 });
    const store = await cosmos().connect('throttle', proxy.endpoint);
    let error: { code?: number } | undefined;
    try {
      await store.read(CONTAINERS.learners, 'L', 'record');
    } catch (caught) {
      error = caught as { code?: number };
    }
    expect(error?.code).to.equal(429);
    expect(proxy.throttled()).to.be.within(2, 9);
    await store.close();
    await proxy.close();
  });

  it('names the missing containers when it may not create them', async () => {
    let error: Error | undefined;
    try {
      await CosmosDocumentStore.connect({ endpoint: cosmos().endpoint, key: LOCAL_COSMOS_KEY, database: 'absent', createIfMissing: false, agent: LOCAL_TLS_AGENT });
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.message).to.match(/lacks container\(s\) learners, state, markers, cases/);
    expect(error?.message).to.match(/COSMOS_CREATE_CONTAINERS=true/);
  });

  it('encodes ids Cosmos DB cannot hold and hashes ones too long for it', () => {
    expect(cosmosId('msteams/28:bot/conversations/a?b#c\\d')).to.not.match(/[/?#\\]/);
    expect(cosmosId('x'.repeat(300))).to.match(/^h\.[0-9a-f]{64}$/);
    expect(cosmosId('record')).to.equal('record');
  });
});
