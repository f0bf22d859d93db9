import { CONTAINERS, type DocumentStore } from './documents';

/** One record HALI sent out about a learner, kept in their partition so they can see it ("my record"). */
export interface ReportedRecord {
  /** The statement id (or Viva Learning completion id). */
  readonly id: string;
  readonly to: 'lrs' | 'viva';
  /** The verb's short name (completed, answered …) and the activity's name in both languages. */
  readonly verb: string;
  readonly name: Readonly<Record<string, string>>;
  /** When the learning happened and when the destination accepted it (ISO). */
  readonly at: string;
  readonly sentAt: string;
  /** accepted; or refused when the destination rejected it for good (logged, never retried). */
  readonly outcome: 'accepted' | 'refused';
}

export const REPORTED_ID_PREFIX = 'reported:';

/**
 * What has been sent about each learner. Kept as long as the learner's record (erased with it), so
 * "forget me" knows every statement to void. Writing one twice is harmless (create-if-absent).
 */
export class ReportedRecords {
  constructor(private readonly store: DocumentStore) {}

  async add(learnerId: string, records: readonly ReportedRecord[]): Promise<void> {
    await this.addMany([{ learnerId, records }]);
  }

  /** Records for several learners in one call (one commit in the embedded store). */
  async addMany(batches: readonly { learnerId: string; records: readonly ReportedRecord[] }[]): Promise<void> {
    const items = batches.flatMap(({ learnerId, records }) => records.map((value) => ({ pk: learnerId, id: `${REPORTED_ID_PREFIX}${value.to}:${value.id}`, value })));
    if (items.length > 0) await this.store.createMany(CONTAINERS.learners, items);
  }

  /** Every record sent about the learner, oldest first. */
  async list(learnerId: string): Promise<ReportedRecord[]> {
    const docs = await this.store.listPartition<ReportedRecord>(CONTAINERS.learners, learnerId);
    return docs.filter((d) => d.id.startsWith(REPORTED_ID_PREFIX)).map((d) => d.value).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  }
}
