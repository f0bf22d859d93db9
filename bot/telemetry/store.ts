import type { ContainerName, DocumentStore, DueCursor, StoredDocument, WriteOptions, WriteResult } from '../store/documents';
import type { SpanHandle, Telemetry } from './telemetry';

/**
 * The document-store port with a span and metrics around every call. It records the store, the
 * container, the operation and its outcome: never partition keys, ids or values.
 */
export class TracedDocumentStore implements DocumentStore {
  readonly kind: string;

  constructor(
    private readonly inner: DocumentStore,
    private readonly telemetry: Telemetry,
  ) {
    this.kind = inner.kind;
  }

  private call<T>(operation: string, container: ContainerName, run: () => Promise<T>, outcomeOf: (result: T) => string): Promise<T> {
    const attributes = { 'db.system': this.kind, 'hali.store.container': container, 'hali.store.operation': operation };
    return this.telemetry.traced(`hali.store.${operation}`, attributes, async (span: SpanHandle) => {
      const started = performance.now();
      let outcome = 'error';
      try {
        const result = await run();
        outcome = outcomeOf(result);
        span.set({ 'hali.store.outcome': outcome });
        return result;
      } finally {
        this.telemetry.storeCall({ store: this.kind, container, operation, outcome, ms: performance.now() - started });
      }
    });
  }

  read<T>(container: ContainerName, pk: string, id: string): Promise<StoredDocument<T> | undefined> {
    return this.call('read', container, () => this.inner.read<T>(container, pk, id), (doc) => (doc ? 'hit' : 'miss'));
  }

  create<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions): Promise<WriteResult<T>> {
    return this.call('create', container, () => this.inner.create(container, pk, id, value, options), written);
  }

  createMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; options?: WriteOptions }[]): Promise<WriteResult<T>[]> {
    return this.call('createMany', container, () => this.inner.createMany(container, items), (results) => (results.every((r) => r.ok) ? 'ok' : 'partial'));
  }

  replace<T>(container: ContainerName, pk: string, id: string, value: T, etag: string, options?: WriteOptions): Promise<WriteResult<T>> {
    return this.call('replace', container, () => this.inner.replace(container, pk, id, value, etag, options), written);
  }

  replaceMany<T>(container: ContainerName, items: readonly { pk: string; id: string; value: T; etag: string; options?: WriteOptions }[]): Promise<WriteResult<T>[]> {
    return this.call('replaceMany', container, () => this.inner.replaceMany(container, items), (results) => (results.every((r) => r.ok) ? 'ok' : 'partial'));
  }

  upsert<T>(container: ContainerName, pk: string, id: string, value: T, options?: WriteOptions): Promise<StoredDocument<T>> {
    return this.call('upsert', container, () => this.inner.upsert(container, pk, id, value, options), () => 'ok');
  }

  delete(container: ContainerName, pk: string, id: string): Promise<boolean> {
    return this.call('delete', container, () => this.inner.delete(container, pk, id), (deleted) => (deleted ? 'deleted' : 'absent'));
  }

  listPartition<T>(container: ContainerName, pk: string): Promise<StoredDocument<T>[]> {
    return this.call('listPartition', container, () => this.inner.listPartition<T>(container, pk), () => 'ok');
  }

  listVersions(container: ContainerName, pk: string): Promise<{ id: string; etag: string }[]> {
    return this.call('listVersions', container, () => this.inner.listVersions(container, pk), () => 'ok');
  }

  findByLearner<T>(container: ContainerName, learnerId: string): Promise<StoredDocument<T>[]> {
    return this.call('findByLearner', container, () => this.inner.findByLearner<T>(container, learnerId), () => 'ok');
  }

  findDue<T>(container: ContainerName, dueBy: number, limit: number, after?: DueCursor): Promise<StoredDocument<T>[]> {
    return this.call('findDue', container, () => this.inner.findDue<T>(container, dueBy, limit, after), (docs) => (docs.length > 0 ? 'hit' : 'miss'));
  }

  findToSend<T>(container: ContainerName, sendBy: number, limit: number): Promise<StoredDocument<T>[]> {
    return this.call('findToSend', container, () => this.inner.findToSend<T>(container, sendBy, limit), (docs) => (docs.length > 0 ? 'hit' : 'miss'));
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

function written(result: WriteResult<unknown>): string {
  return result.ok ? 'ok' : result.reason;
}
