import type { ContainerName, DocumentStore, WriteOptions } from './documents';

/** A document as read, with the ETag to write it back against (none when it does not exist yet). */
export interface Versioned<T> {
  readonly value: T | undefined;
  readonly etag?: string;
}

/** Thrown when a document could not be saved after repeated conflicting writes. */
export class WriteConflictError extends Error {
  readonly code = 'write_conflict';
}

export interface SaveOptions<T = unknown> extends WriteOptions {
  readonly maxAttempts?: number;
  /** Write options that depend on the value written (its indexed due instant). */
  readonly optionsFor?: (value: T) => WriteOptions;
  /** Only update: if the document is gone (or never was), write nothing and resolve undefined. */
  readonly mustExist?: boolean;
}

/**
 * Optimistic concurrency for one document: compute the new value from the version read, write it
 * only if nobody else has written since (create-if-absent or replace-if-ETag), and on a conflict
 * re-read and recompute, backing off with jitter. No concurrent update is lost.
 */
export async function saveWithRetry<T>(
  store: DocumentStore,
  container: ContainerName,
  pk: string,
  id: string,
  start: Versioned<T>,
  compute: (current: T | undefined) => T,
  options: SaveOptions<T> = {},
): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 10;
  let base = start;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (options.mustExist && !base.etag) return undefined as T;
    const next = compute(base.value);
    const writeOptions = options.optionsFor ? { ...options, ...options.optionsFor(next) } : options;
    const result = base.etag ? await store.replace(container, pk, id, next, base.etag, writeOptions) : await store.create(container, pk, id, next, writeOptions);
    if (result.ok) return next;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(300, 5 * 2 ** attempt)));
    const doc = await store.read<T>(container, pk, id);
    base = { value: doc?.value, etag: doc?.etag };
  }
  throw new WriteConflictError(`${container}/${pk}/${id} changed ${maxAttempts} times while saving; giving up.`);
}
