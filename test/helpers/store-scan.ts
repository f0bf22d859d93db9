import type { Container } from '@azure/cosmos';
import type { DocumentStore } from '../../bot/store/documents';
import { CosmosDocumentStore } from '../../bot/store/cosmos';
import { SqliteDocumentStore } from '../../bot/store/sqlite';

/**
 * Every row the store holds, expired or not, as one JSON string: the embedded store's table read
 * directly, or every item of every Cosmos DB container queried with the real SDK. For asserting that
 * nothing about someone is left anywhere, whatever the repositories would find.
 */
export async function everyRow(store: DocumentStore): Promise<string> {
  if (store instanceof SqliteDocumentStore) {
    return JSON.stringify((store as unknown as { db: { prepare(sql: string): { all(): unknown[] } } }).db.prepare('SELECT * FROM documents').all());
  }
  if (store instanceof CosmosDocumentStore) {
    const containers = (store as unknown as { containers: Map<string, Container> }).containers;
    const all: unknown[] = [];
    for (const container of containers.values()) all.push(...(await container.items.query('SELECT * FROM c').fetchAll()).resources);
    return JSON.stringify(all);
  }
  throw new Error(`everyRow: no way to scan a ${store.kind} store`);
}
