import { AsyncLocalStorage } from 'node:async_hooks';
import type { DocumentStore } from './documents';

/**
 * A turn's time for the store. Teams gives a turn 15 s and retries it after that; replies are paced to end by 12 s
 * (reply-pacing.ts). A slow store (Cosmos DB throttling, a slow region) could otherwise spend all of it, so that the learner
 * got neither an answer nor the apology. Inside a turn every store operation ends by the turn's store deadline: past it the
 * operation fails at once (TurnOutOfTime), the turn fails, and the apology still has time to reach the learner.
 * Work the turn left running (a batch of learning events written after it) is not bounded: the budget ends with the turn.
 */
export class TurnOutOfTime extends Error {
  readonly code = 'turn_out_of_time';
  constructor() {
    super('The store did not answer in the time the turn had.');
  }
}

interface Budget {
  readonly until: number;
  live: boolean;
}

const budgets = new AsyncLocalStorage<Budget>();

/** How long a turn's store operations may run, from when the turn starts: leaves time in Teams' 15 s for the apology. */
export const TURN_STORE_BUDGET_MS = 9_500;
/** The same for a card action (an invoke), which Teams wants answered within 5 s: the answer rides on the HTTP response. */
export const INVOKE_STORE_BUDGET_MS = 4_500;

/** Runs `work` with its store operations bounded to end within `ms` (Date.now() time); the bound ends when `work` does. */
export async function withinTurnBudget<T>(ms: number, work: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  const budget: Budget = { until: now() + ms, live: true };
  try {
    return await budgets.run(budget, work);
  } finally {
    budget.live = false;
  }
}

/** `operation`, failed with TurnOutOfTime if the current turn's budget ends first; unbounded outside a turn. */
async function bounded<T>(operation: () => Promise<T>, now: () => number): Promise<T> {
  const budget = budgets.getStore();
  if (!budget?.live) return operation();
  const left = budget.until - now();
  if (left <= 0) throw new TurnOutOfTime();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => (budget.live ? reject(new TurnOutOfTime()) : undefined), left);
  });
  const work = operation();
  // The operation may still end after the turn gave up on it: its outcome is then nobody's to handle.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A document store whose operations inside a turn end by the turn's store deadline (withinTurnBudget). */
export function boundedByTurn(inner: DocumentStore, now: () => number = Date.now): DocumentStore {
  return new Proxy(inner, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function' || property === 'close') return value;
      return (...args: unknown[]) => bounded(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args), now);
    },
  });
}
