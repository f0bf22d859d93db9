import { CONTAINERS } from '../store/documents';
import { CLAIM_ID_PREFIX } from '../store/claims';
import { EVENT_ID_PREFIX } from '../store/events';
import { LEARNER_RECORD_ID } from '../store/learners';
import { countsAsRecord, type LearnerScope, type LocatedDocument } from '../store/privacy';
import type { Learner } from '../learning/learner';
import type { DataSummary } from '../../cards/render-privacy';

/**
 * What HALI holds about a learner, by kind. A "record" is one stored document: the same documents
 * "forget me" deletes (`locateLearnerDocuments(..., 'erase')`), so the count the learner is shown
 * here is the count erasure reports. Shared group history is counted (erasure deletes it) but is not
 * in the file, because it holds other people's words too.
 */
export function summariseLearnerData(located: readonly LocatedDocument[], scope: LearnerScope, learner: Learner): DataSummary {
  const shared = new Set(scope.sharedConversationIds.map((c) => `${scope.channelId}/${scope.botId}/conversations/${c}`));
  const records = located.filter(countsAsRecord);
  const kinds = { profile: 0, events: 0, claims: 0, cases: 0, analytics: 0, history: 0, sharedHistory: 0, userState: 0 };
  for (const doc of records) kinds[kindOf(doc, shared)]++;
  const answered = Object.values(learner.calibration ?? {}).reduce((n, c) => n + (c?.answered ?? 0), 0);
  return {
    total: records.length,
    kinds,
    details: {
      lessonsDone: Object.values(learner.progress.lessonsDone).reduce((n, ids) => n + ids.length, 0),
      saved: learner.progress.saved.length,
      scheduled: Object.keys(learner.reviews).length,
      answered,
    },
  };
}

function kindOf(doc: LocatedDocument, shared: ReadonlySet<string>): keyof DataSummary['kinds'] {
  if (doc.container === CONTAINERS.learners) {
    if (doc.id === LEARNER_RECORD_ID) return 'profile';
    if (doc.id.startsWith(EVENT_ID_PREFIX)) return 'events';
    if (doc.id.startsWith(CLAIM_ID_PREFIX)) return 'claims';
    return 'events';
  }
  if (doc.container === CONTAINERS.analytics) return 'analytics';
  if (doc.container === CONTAINERS.state) return shared.has(doc.pk) ? 'sharedHistory' : doc.pk.includes('/users/') ? 'userState' : 'history';
  return 'cases';
}
