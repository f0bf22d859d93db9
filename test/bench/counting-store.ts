/**
 * A DocumentStore that counts what the app asks of the store beneath it: operations by kind, bytes
 * read and written (the stored JSON), and an estimate of Azure Cosmos DB request units from
 * Microsoft's published rules of thumb:
 *  - a point read of a 1 KB item costs 1 RU, of a 100 KB item 10 RU (learn.microsoft.com,
 *    "Optimize request cost in Azure Cosmos DB"); between the two, linear;
 *  - an insert of a 1 KB item with default indexing about 5 RU (Microsoft's Azure Tips and Tricks,
 *    tip 185), taken per KB for every write (create, replace, upsert, delete);
 *  - a query about 10 RU (the average the Azure Cosmos DB capacity planner assumes).
 * HALI indexes four paths rather than all of them, so the write figure is on the high side.
 */
import type { ContainerName, DocumentStore, DueCursor, StoredDocument, WriteOptions, WriteResult } from '../../bot/store/documents';

export interface StoreCounts {
  readonly operations: Record<string, number>;
  bytesRead: number;
  bytesWritten: number;
  requestUnits: number;
}

const KB = 1024;
const readUnits = (bytes: number) => 1 + (9 * Math.max(0, bytes / KB - 1)) / 99;
const writeUnits = (bytes: number) => 5 * Math.max(1, bytes / KB);
const QUERY_UNITS = 10;
const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value ?? null));

export function emptyCounts(): StoreCounts {
  return { operations: {}, bytesRead: 0, bytesWritten: 0, requestUnits: 0 };
}

export class CountingStore implements DocumentStore {
  readonly kind: string;
  counts = emptyCounts();

  constructor(private readonly inner: DocumentStore) {
    this.kind = inner.kind;
  }

  private op(kind: string, units: number): void {
    this.counts.operations[kind] = (this.counts.operations[kind] ?? 0) + 1;
    this.counts.requestUnits += units;
  }

  private wrote(kind: string, value: unknown): void {
    const bytes = size(value);
    this.counts.bytesWritten += bytes;
    this.op(kind, writeUnits(bytes));
  }

  private readDocs<T>(docs: StoredDocument<T>[]): StoredDocument<T>[] {
    for (const doc of docs) this.counts.bytesRead += size(doc.value);
    return docs;
  }

  async read<T>(container: ContainerName, pk: string, id: string) {
    const doc = await this.inner.read<T>(container, pk, id);
    const bytes = doc ? size(doc.value) : 0;
    this.counts.bytesRead += bytes;
    this.op(doc ? 'point read' : 'point read (miss)', readUnits(bytes));
    return doc;
  }

  async create<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions): Promise<WriteResult<T>> {
    this.wrote('create', value);
    return this.inner.create(container, pk, id, value, options);
  }

  async createMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; options?: WriteOptions }[]) {
    for (const item of items) this.wrote('create', item.value);
    return this.inner.createMany(container, items);
  }

  async replace<T>(container: ContainerName, pk: string, id: string, value: T, etag: string, options?: WriteOptions) {
    this.wrote('replace', value);
    return this.inner.replace(container, pk, id, value, etag, options);
  }

  async replaceMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; etag: string; options?: WriteOptions }[]) {
    for (const item of items) this.wrote('replace', item.value);
    return this.inner.replaceMany(container, items);
  }

  async upsert<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions) {
    this.wrote('upsert', value);
    return this.inner.upsert(container, pk, id, value, options);
  }

  async delete(container: ContainerName, pk: string, id: string) {
    this.op('delete', writeUnits(KB));
    return this.inner.delete(container, pk, id);
  }

  async listPartition<T>(container: ContainerName, pk: string) {
    this.op('single-partition query', QUERY_UNITS);
    return this.readDocs(await this.inner.listPartition<T>(container, pk));
  }

  async listVersions(container: ContainerName, pk: string) {
    this.op('single-partition query', QUERY_UNITS);
    return this.inner.listVersions(container, pk);
  }

  async findByLearner<T>(container: ContainerName, learnerId: string) {
    this.op('cross-partition query (export, erasure)', QUERY_UNITS);
    return this.readDocs(await this.inner.findByLearner<T>(container, learnerId));
  }

  async findDue<T>(container: ContainerName, dueBy: number, limit: number, after?: DueCursor) {
    this.op('due query page', QUERY_UNITS);
    return this.readDocs(await this.inner.findDue<T>(container, dueBy, limit, after));
  }

  async findToSend<T>(container: ContainerName, sendBy: number, limit: number) {
    this.op('outbox query', QUERY_UNITS);
    return this.readDocs(await this.inner.findToSend<T>(container, sendBy, limit));
  }

  close() {
    return this.inner.close();
  }
}
