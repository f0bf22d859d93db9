import { CONTAINERS, type DocumentStore } from './documents';

const ID = 'introduced';

/**
 * Which teams and group chats HALI has introduced itself to. Teams may deliver the install event
 * more than once (and re-sends it when the app is added to another channel of the same team): the
 * first delivery claims the place with a create, so only one introduction is ever posted. Kept in
 * the cases container (partition `introduced:<place>`), which holds per-conversation state and no
 * learner data.
 */
export class Introductions {
  constructor(
    private readonly store: DocumentStore,
    private readonly clock: () => Date,
  ) {}

  /** True for the first claim of this team or chat, false once it has been introduced. */
  async claim(placeId: string): Promise<boolean> {
    return (await this.store.create(CONTAINERS.cases, partition(placeId), ID, { at: this.clock().toISOString() })).ok;
  }

  /** Frees the claim when the introduction could not be posted, so a retried delivery posts it. */
  async release(placeId: string): Promise<void> {
    await this.store.delete(CONTAINERS.cases, partition(placeId), ID);
  }
}

const partition = (placeId: string) => `introduced:${placeId}`;
