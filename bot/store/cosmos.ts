import { CosmosClient, type Container, type IndexingPolicy, type CosmosClientOptions, type Database } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import { createHash } from 'node:crypto';
import type { Agent } from 'node:https';
import { CONTAINER_NAMES, type ContainerName, type DocumentStore, type DueCursor, type StoredDocument, type WriteOptions, type WriteResult } from './documents';

export interface CosmosOptions {
  readonly endpoint: string;
  /** Account key; without it the store authenticates with Microsoft Entra ID (managed identity). */
  readonly key?: string;
  readonly database: string;
  /** Create the database and containers when missing (needs control-plane rights; off in production). */
  readonly createIfMissing: boolean;
  /** Only for tests against a local server with a self-signed certificate. */
  readonly agent?: Agent;
  /**
   * Longest time the SDK may spend retrying 429s for one operation. Kept short so a throttled chat
   * turn still answers within a few seconds.
   */
  readonly maxThrottleWaitSeconds?: number;
}

/** What Cosmos DB stores: the value under `value`, with the original id when it had to be encoded. */
interface CosmosItem<T> {
  id: string;
  pk: string;
  key: string;
  value: T;
  learnerId?: string;
  /** Epoch ms when the document is next due; a top-level number so the range query uses the index. */
  dueAt?: number;
  /** Epoch ms when the document next has learning records to send (the outbox). */
  sendAt?: number;
  ttl?: number;
  _etag?: string;
}

/**
 * Cosmos DB ids cannot contain / \ ? # and are limited to 255 characters; Teams state keys contain
 * slashes and conversation ids can be long. Encode, and hash what would still be too long.
 */
export function cosmosId(id: string): string {
  const encoded = encodeURIComponent(id).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return encoded.length <= 200 ? encoded : `h.${createHash('sha256').update(id).digest('hex')}`;
}

/**
 * The indexing policy of every container (infra/modules/cosmos.bicep declares the same; a test
 * compares them). Only the paths the queries filter or sort on are indexed, so a write of a large
 * learner document is not charged for indexing every answer in it: pk (a partition's documents),
 * learnerId (export and erasure), and dueAt with pk and key, whose composite index serves the due
 * query's ORDER BY.
 */
export const INDEXING_POLICY: IndexingPolicy = {
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: [{ path: '/pk/?' }, { path: '/key/?' }, { path: '/learnerId/?' }, { path: '/dueAt/?' }, { path: '/sendAt/?' }],
  excludedPaths: [{ path: '/*' }],
  compositeIndexes: [
    [
      { path: '/dueAt', order: 'ascending' },
      { path: '/pk', order: 'ascending' },
      { path: '/key', order: 'ascending' },
    ],
  ],
};

/** Documents holding learning records to send (the outbox sender's query). */
export const SEND_QUERY = 'SELECT TOP @limit * FROM c WHERE c.sendAt <= @sendBy ORDER BY c.sendAt ASC';

/** The due query's first page, and the pages after a cursor (keyset paging on dueAt, pk, key). */
export const DUE_FIRST_QUERY = 'SELECT TOP @limit * FROM c WHERE c.dueAt <= @dueBy ORDER BY c.dueAt ASC, c.pk ASC, c.key ASC';
export const DUE_PAGE_QUERY =
  'SELECT TOP @limit * FROM c WHERE c.dueAt <= @dueBy AND (c.dueAt > @afterDue OR (c.dueAt = @afterDue AND (c.pk > @afterPk OR (c.pk = @afterPk AND c.key > @afterId)))) ' +
  'ORDER BY c.dueAt ASC, c.pk ASC, c.key ASC';

function dueParameters(dueBy: number, limit: number, after: DueCursor | undefined) {
  const parameters = [
    { name: '@limit', value: limit },
    { name: '@dueBy', value: dueBy },
  ];
  if (!after) return parameters;
  return [...parameters, { name: '@afterDue', value: after.dueAt }, { name: '@afterPk', value: after.pk }, { name: '@afterId', value: after.id }];
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown; statusCode?: unknown }).code ?? (error as { statusCode?: unknown }).statusCode;
  return typeof code === 'number' ? code : undefined;
}

/**
 * Azure Cosmos DB (NoSQL API). Every container is partitioned on /pk; a learner's record and events
 * share the learner's partition, so the hot path is point reads and single-item writes.
 */
export class CosmosDocumentStore implements DocumentStore {
  readonly kind = 'cosmos';
  private readonly client: CosmosClient;
  private readonly containers = new Map<ContainerName, Container>();

  private constructor(client: CosmosClient) {
    this.client = client;
  }

  /** Connects, creating the database and containers if allowed, and checks that every container exists. */
  static async connect(options: CosmosOptions): Promise<CosmosDocumentStore> {
    const clientOptions: CosmosClientOptions = {
      endpoint: options.endpoint,
      ...(options.key ? { key: options.key } : { aadCredentials: new DefaultAzureCredential() }),
      connectionPolicy: {
        retryOptions: { maxRetryAttemptCount: 8, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: options.maxThrottleWaitSeconds ?? 3 },
      },
      ...(options.agent ? { agent: options.agent } : {}),
    };
    const store = new CosmosDocumentStore(new CosmosClient(clientOptions));
    let database: Database;
    if (options.createIfMissing) {
      database = (await store.client.databases.createIfNotExists({ id: options.database })).database;
    } else {
      database = store.client.database(options.database);
    }
    const missing: string[] = [];
    for (const name of CONTAINER_NAMES) {
      if (options.createIfMissing) {
        const { container } = await database.containers.createIfNotExists({ id: name, partitionKey: { paths: ['/pk'] }, defaultTtl: -1, indexingPolicy: structuredClone(INDEXING_POLICY) });
        store.containers.set(name, container);
      } else {
        const container = database.container(name);
        try {
          await container.read();
          store.containers.set(name, container);
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
          missing.push(name);
        }
      }
    }
    if (missing.length > 0) {
      throw new Error(
        `Cosmos DB database "${options.database}" lacks container(s) ${missing.join(', ')} (partition key /pk, default TTL on). ` +
          'Create them with the infrastructure templates, or set COSMOS_CREATE_CONTAINERS=true where the identity may create them.',
      );
    }
    return store;
  }

  private container(name: ContainerName): Container {
    return this.containers.get(name)!;
  }

  private item<T>(pk: string, id: string, value: T, options: WriteOptions = {}): CosmosItem<T> {
    return {
      id: cosmosId(id),
      pk,
      key: id,
      value,
      ...(options.learnerId ? { learnerId: options.learnerId } : {}),
      ...(options.dueAt !== undefined ? { dueAt: options.dueAt } : {}),
      ...(options.sendAt !== undefined ? { sendAt: options.sendAt } : {}),
      ...(options.ttlSeconds ? { ttl: Math.ceil(options.ttlSeconds) } : {}),
    };
  }

  private asStored<T>(item: CosmosItem<T>): StoredDocument<T> {
    return { pk: item.pk, id: item.key, etag: item._etag!, value: item.value, ...(item.learnerId ? { learnerId: item.learnerId } : {}), ...(item.dueAt !== undefined ? { dueAt: item.dueAt } : {}) };
  }

  async read<T>(container: ContainerName, pk: string, id: string): Promise<StoredDocument<T> | undefined> {
    const { resource, statusCode } = await this.container(container).item(cosmosId(id), pk).read<CosmosItem<T>>();
    return resource && statusCode !== 404 ? this.asStored(resource) : undefined;
  }

  async create<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions): Promise<WriteResult<T>> {
    try {
      const { resource } = await this.container(container).items.create<CosmosItem<T>>(this.item(pk, id, value, options));
      return { ok: true, doc: this.asStored(resource!) };
    } catch (error) {
      if (statusOf(error) === 409) return { ok: false, reason: 'exists' };
      throw error;
    }
  }

  async createMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; options?: WriteOptions }[]): Promise<WriteResult<T>[]> {
    return Promise.all(items.map(({ pk, id, value, options }) => this.create(container, pk, id, value, options)));
  }

  /** Cosmos DB has no transaction across partitions: each replace is its own request, ETag-checked. */
  async replaceMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; etag: string; options?: WriteOptions }[]): Promise<WriteResult<T>[]> {
    return Promise.all(items.map(({ pk, id, value, etag, options }) => this.replace(container, pk, id, value, etag, options)));
  }

  async replace<T>(container: ContainerName, pk: string, id: string, value: T, etag: string, options?: WriteOptions): Promise<WriteResult<T>> {
    try {
      const { resource } = await this.container(container)
        .item(cosmosId(id), pk)
        .replace<CosmosItem<T>>(this.item(pk, id, value, options), { accessCondition: { type: 'IfMatch', condition: etag } });
      return { ok: true, doc: this.asStored(resource!) };
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) return { ok: false, reason: 'conflict' };
      throw error;
    }
  }

  async upsert<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions): Promise<StoredDocument<T>> {
    const { resource } = await this.container(container).items.upsert<CosmosItem<T>>(this.item(pk, id, value, options));
    return this.asStored(resource!);
  }

  async delete(container: ContainerName, pk: string, id: string): Promise<boolean> {
    try {
      await this.container(container).item(cosmosId(id), pk).delete();
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  async listPartition<T>(container: ContainerName, pk: string): Promise<StoredDocument<T>[]> {
    const { resources } = await this.container(container)
      .items.query<CosmosItem<T>>({ query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: pk }] }, { partitionKey: pk })
      .fetchAll();
    return resources.map((item) => this.asStored(item)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async listVersions(container: ContainerName, pk: string): Promise<{ id: string; etag: string }[]> {
    const { resources } = await this.container(container)
      .items.query<{ key: string; _etag: string }>({ query: 'SELECT c.key, c._etag FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: pk }] }, { partitionKey: pk })
      .fetchAll();
    return resources.map((r) => ({ id: r.key, etag: r._etag })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async findByLearner<T>(container: ContainerName, learnerId: string): Promise<StoredDocument<T>[]> {
    const { resources } = await this.container(container)
      .items.query<CosmosItem<T>>({ query: 'SELECT * FROM c WHERE c.learnerId = @learnerId', parameters: [{ name: '@learnerId', value: learnerId }] })
      .fetchAll();
    return resources.map((item) => this.asStored(item));
  }

  async findDue<T>(container: ContainerName, dueBy: number, limit: number, after?: DueCursor): Promise<StoredDocument<T>[]> {
    // The one cross-partition query on a hot path: bounded (TOP) and paged by a keyset cursor, served
    // by the composite index (dueAt, pk, id) that infra/modules/cosmos.bicep declares.
    const { resources } = await this.container(container)
      .items.query<CosmosItem<T>>({ query: after ? DUE_PAGE_QUERY : DUE_FIRST_QUERY, parameters: dueParameters(dueBy, limit, after) })
      .fetchAll();
    return resources.map((item) => this.asStored(item));
  }

  async findToSend<T>(container: ContainerName, sendBy: number, limit: number): Promise<StoredDocument<T>[]> {
    // Bounded (TOP) and served by the range index on sendAt that infra/modules/cosmos.bicep declares.
    const { resources } = await this.container(container)
      .items.query<CosmosItem<T>>({
        query: SEND_QUERY,
        parameters: [
          { name: '@limit', value: limit },
          { name: '@sendBy', value: sendBy },
        ],
      })
      .fetchAll();
    return resources.map((item) => this.asStored(item));
  }

  async close(): Promise<void> {
    this.client.dispose();
  }
}
