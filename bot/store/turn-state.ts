import type { Storage, StoreItems } from 'botbuilder';
import { CONTAINERS, type DocumentStore } from './documents';

/**
 * Teams AI conversation and user state (a botbuilder `Storage`) over the storage port. It holds the
 * mentor's recent conversation history, so it expires after the retention period like other
 * transcripts. Writes are last-writer-wins: this state is a bounded, disposable history, and a
 * precondition failure here would turn an overlapping message into an error for the user. The
 * learner record, which matters, is written with ETags instead.
 */
export class DocumentTurnStorage implements Storage {
  constructor(
    private readonly store: DocumentStore,
    private readonly retentionDays: number,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const doc = await this.store.read<Record<string, unknown>>(CONTAINERS.state, key, key);
        if (doc) items[key] = doc.value;
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(([key, value]) => {
        const { eTag: _ignored, ...rest } = (value ?? {}) as Record<string, unknown>;
        return this.store.upsert(CONTAINERS.state, key, key, rest, { ttlSeconds: this.retentionDays * 86_400 });
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.store.delete(CONTAINERS.state, key, key)));
  }
}

/** The Teams AI state keys for a conversation and a channel user (as TurnState computes them). */
export function stateKeys(channelId: string, botId: string, conversationIds: readonly string[], userIds: readonly string[]): string[] {
  return [...conversationIds.map((c) => `${channelId}/${botId}/conversations/${c}`), ...userIds.map((u) => `${channelId}/${botId}/users/${u}`)];
}
