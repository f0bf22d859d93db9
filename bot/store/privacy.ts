import { CONTAINERS, type ContainerName, type DocumentStore } from './documents';
import { ErasureLedger } from './erasure';
import { LEARNER_RECORD_ID } from './learners';
import { stateKeys } from './turn-state';

/** How to find everything about one learner: their id and the Teams ids their state is keyed by. */
export interface LearnerScope {
  readonly learnerId: string;
  readonly channelId: string;
  readonly botId: string;
  /** Channel user ids (Teams "29:..." ids) the learner has used. */
  readonly userIds: readonly string[];
  /** The learner's one-to-one chats with HALI: their history is theirs alone. */
  readonly personalConversationIds: readonly string[];
  /**
   * Group chats and channels they used: the shared history there also holds what others said, so it
   * is never exported to one member, but it is deleted when any member asks to be forgotten.
   */
  readonly sharedConversationIds: readonly string[];
}

export interface LocatedDocument {
  readonly container: ContainerName;
  readonly pk: string;
  readonly id: string;
  readonly value: unknown;
}

/**
 * Every stored document about a learner: their whole partition (record, events, claims), documents
 * elsewhere tagged with them (activity markers, case contributions, unanswered questions they asked),
 * and the Teams AI state of their user and their one-to-one chat. Erasure also removes the shared history of group chats they used,
 * which an export leaves out because it holds other people's words too.
 */
export async function locateLearnerDocuments(store: DocumentStore, scope: LearnerScope, purpose: 'export' | 'erase' = 'erase'): Promise<LocatedDocument[]> {
  const found: LocatedDocument[] = [];
  for (const doc of await store.listPartition(CONTAINERS.learners, scope.learnerId)) {
    found.push({ container: CONTAINERS.learners, pk: doc.pk, id: doc.id, value: doc.value });
  }
  for (const container of [CONTAINERS.markers, CONTAINERS.cases, CONTAINERS.analytics]) {
    for (const doc of await store.findByLearner(container, scope.learnerId)) found.push({ container, pk: doc.pk, id: doc.id, value: doc.value });
  }
  const conversations = purpose === 'export' ? scope.personalConversationIds : [...scope.personalConversationIds, ...scope.sharedConversationIds];
  for (const key of stateKeys(scope.channelId, scope.botId, conversations, scope.userIds)) {
    const doc = await store.read(CONTAINERS.state, key, key);
    if (doc) found.push({ container: CONTAINERS.state, pk: key, id: key, value: doc.value });
  }
  return found;
}

/**
 * Whether a located document counts as one of the learner's records in what they are told ("my data"
 * and "forget me" both count this way, so the numbers agree). Processed-activity markers do not: they
 * only stop a retried delivery acting twice, expire within a day, and each turn makes one, so a count
 * including them would grow between asking and erasing. They are still exported and deleted.
 */
export function countsAsRecord(doc: Pick<LocatedDocument, 'container'>): boolean {
  return doc.container !== CONTAINERS.markers;
}

/** The learner's data as one JSON-ready object. */
export async function exportLearnerData(store: DocumentStore, scope: LearnerScope, now: Date) {
  const documents = await locateLearnerDocuments(store, scope, 'export');
  return {
    exportedAt: now.toISOString(),
    learnerId: scope.learnerId,
    documents: documents.map(({ container, id, value }) => ({ container, id, value })),
  };
}

export { ERASED_MARKER_TTL_SECONDS } from './erasure';

/**
 * Deletes every document `locateLearnerDocuments` finds; returns how many of the learner's records
 * (`countsAsRecord`) were deleted. The erasure is recorded first (in `ledger`, and as a marker holding only the time, gone after an hour), so work
 * that began before it and ends after it writes nothing about the learner back: their record, learning
 * events, case contributions, conversation state or nudge claims (see ErasureLedger and its callers).
 */
export async function eraseLearnerData(store: DocumentStore, scope: LearnerScope, now: Date, ledger = new ErasureLedger(store)): Promise<number> {
  await ledger.mark(scope.learnerId, now);
  let deleted = 0;
  // The learner's record goes last. It holds their progress and the confirmation being acted on: a store that fails part way
  // (outside testing: conversation state unavailable after the record was gone) otherwise left a learner with no progress
  // and the rest of their data kept, told by the apology that nothing saved was lost. Now it leaves them as they were, less
  // what went, and "forget me" again finishes the job.
  const located = await locateLearnerDocuments(store, scope);
  const isRecord = (doc: LocatedDocument) => doc.container === CONTAINERS.learners && doc.id === LEARNER_RECORD_ID;
  for (const doc of [...located.filter((doc) => !isRecord(doc)), ...located.filter(isRecord)]) {
    if ((await store.delete(doc.container, doc.pk, doc.id)) && countsAsRecord(doc)) deleted++;
  }
  return deleted;
}
