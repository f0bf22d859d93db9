import type { Language } from '../i18n';

export const LEARNER_SCHEMA_VERSION = 1;

/** What HALI keeps about one learner. Grows with later features; always carries its schema version. */
export interface Learner {
  readonly id: string;
  readonly tenantId?: string;
  readonly schemaVersion: number;
  readonly language?: Language;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The narrow port every learner store implements (embedded, in-memory, Cosmos DB). */
export interface LearnerStore {
  readonly kind: string;
  get(id: string): Promise<Learner | undefined>;
  save(learner: Learner): Promise<void>;
}

/** An in-memory learner store: the twin used by tests and by the bot until a durable store is configured. */
export class MemoryLearnerStore implements LearnerStore {
  readonly kind = 'memory';
  private readonly learners = new Map<string, Learner>();

  async get(id: string): Promise<Learner | undefined> {
    const found = this.learners.get(id);
    return found ? structuredClone(found) : undefined;
  }

  async save(learner: Learner): Promise<void> {
    this.learners.set(learner.id, structuredClone(learner));
  }
}

/** A new learner record as of `now`. */
export function newLearner(id: string, tenantId: string | undefined, now: Date): Learner {
  const stamp = now.toISOString();
  return { id, tenantId, schemaVersion: LEARNER_SCHEMA_VERSION, createdAt: stamp, updatedAt: stamp };
}
