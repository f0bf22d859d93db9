import { CONTAINERS, type ContainerName, type DocumentStore } from './documents';
import { erasedMarkerKey } from './learners';
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

/** The learner's data as one JSON-ready object. */
export async function exportLearnerData(store: DocumentStore, scope: LearnerScope, now: Date) {
  const documents = await locateLearnerDocuments(store, scope, 'export');
  return {
    exportedAt: now.toISOString(),
    learnerId: scope.learnerId,
    documents: documents.map(({ container, id, value }) => ({ container, id, value })),
  };
}

/** How long the erased marker stays: far longer than any turn or nudge send in flight. */
export const ERASED_MARKER_TTL_SECONDS = 3600;

/**
 * Deletes every document `locateLearnerDocuments` finds; returns how many were deleted. Then leaves
 * a marker holding only the time (gone after an hour), so a turn that began before the erasure and
 * ends after it cannot create the learner again (LearnerRepository.commit checks it).
 */
export async function eraseLearnerData(store: DocumentStore, scope: LearnerScope, now: Date): Promise<number> {
  let deleted = 0;
  for (const doc of await locateLearnerDocuments(store, scope)) {
    if (await store.delete(doc.container, doc.pk, doc.id)) deleted++;
  }
  const key = erasedMarkerKey(scope.learnerId);
  const marker = { erasedAt: now.toISOString() };
  const created = await store.create(CONTAINERS.markers, key, key, marker, { ttlSeconds: ERASED_MARKER_TTL_SECONDS });
  if (!created.ok) {
    const existing = await store.read(CONTAINERS.markers, key, key);
    if (existing) await store.replace(CONTAINERS.markers, key, key, marker, existing.etag, { ttlSeconds: ERASED_MARKER_TTL_SECONDS });
  }
  return deleted;
}
