import { CONTAINERS, type DocumentRef, type DocumentStore } from '../store/documents';
import { CaseStore, type CaseKey } from '../store/cases';
import { addContribution, type CaseParticipant, type Contribution } from './participant';
import type { CaseThread } from './thread';

export type { CaseKey } from '../store/cases';

/** Participant documents sit beside their thread's document: `<threadId>~p~<learnerId>`. */
const participantId = (threadId: string, learnerId: string) => `${threadId}~p~${learnerId}`;

/**
 * Case threads and their participants over the storage port. Every write is a conflict-safe update,
 * and each member writes their own participant document, so simultaneous replies never collide.
 * Documents expire after the retention period like the rest of HALI's conversation data.
 */
export class CaseRepository {
  private readonly threads: CaseStore<CaseThread>;
  private readonly people: CaseStore<CaseParticipant>;

  constructor(store: DocumentStore, private readonly retentionDays: number) {
    this.threads = new CaseStore<CaseThread>(store);
    this.people = new CaseStore<CaseParticipant>(store);
  }

  private get ttlSeconds(): number {
    return this.retentionDays * 86_400;
  }

  thread(key: CaseKey): Promise<CaseThread | undefined> {
    return this.threads.get(key);
  }

  updateThread(key: CaseKey, mutate: (current: CaseThread | undefined) => CaseThread): Promise<CaseThread> {
    return this.threads.update(key, mutate, { ttlSeconds: this.ttlSeconds });
  }

  /** Adds one contribution to the member's own document for this thread. */
  contribute(key: CaseKey, who: { learnerId: string; name: string; caseId: string; run: string }, contribution: Contribution): Promise<CaseParticipant> {
    const id = { conversationId: key.conversationId, threadId: participantId(key.threadId, who.learnerId) };
    return this.people.update(id, (current) => addContribution(current, { ...who, threadId: key.threadId }, contribution), { ttlSeconds: this.ttlSeconds, learnerId: who.learnerId });
  }

  /** Where the member's own document for this thread is (to remove it if they were erased meanwhile). */
  participantRef(key: CaseKey, learnerId: string): DocumentRef {
    return { container: CONTAINERS.cases, pk: key.conversationId, id: participantId(key.threadId, learnerId) };
  }

  /** Everyone who has taken part in this run of the thread's case, in the order they joined. */
  async participants(key: CaseKey, run: string): Promise<CaseParticipant[]> {
    const all = await this.people.list(key.conversationId, `${key.threadId}~p~`);
    return all.filter((p) => p.run === run && p.threadId === key.threadId).sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
  }
}
