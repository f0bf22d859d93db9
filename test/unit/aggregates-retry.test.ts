/**
 * A cohort-counter write that fails: retried after pauses that grow to a bound, given up after a
 * bounded number of failures with the counts handed over for the log, and never lost silently.
 */
import { expect } from 'chai';
import { AggregateStore, type LostCounters } from '../../bot/store/aggregates';
import type { DocumentStore } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';

const scope = 'hali|2026-11';

/** An in-memory store whose reads fail while `broken` (the counter write reads its cell first), timing each read. */
function breakableStore() {
  const inner = new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 });
  const state = { broken: true, reads: [] as number[] };
  const store = new Proxy(inner, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (name === 'read') {
        return async (...args: unknown[]) => {
          state.reads.push(performance.now());
          if (state.broken) throw new Error('store closed');
          return value.apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as DocumentStore;
  return { store, state, close: () => inner.close() };
}

const until = async (done: () => boolean | Promise<boolean>, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('analytics aggregates: a failing counter write', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('is retried after pauses that double to a bound, then given up with its counts handed over, and not tried again', async () => {
    const { store, state, close: closeStore } = breakableStore();
    close = closeStore;
    const lost: LostCounters[] = [];
    const errors: string[] = [];
    const aggregates = new AggregateStore(store, {
      windowMs: 5,
      retry: { firstMs: 20, maxMs: 80, attempts: 5 },
      onError: (_error, what) => errors.push(what),
      onGiveUp: (_error, counts) => lost.push(counts),
    });
    aggregates.add(scope, 'nurse|en', { answers: 3, 'i:q1:c': 1 });
    aggregates.add(scope, 'nurse|en', { answers: 2 });
    await until(() => lost.length > 0);
    expect(lost).to.deep.equal([{ scope, cell: 'nurse|en', counters: { answers: 5, 'i:q1:c': 1 }, failures: 5 }]);
    expect(errors).to.deep.equal(Array(5).fill('analytics.aggregate_write_failed'));
    expect(state.reads).to.have.length(5);
    // Each pause at least as long as its step (timers never fire early by more than a millisecond).
    const gaps = state.reads.slice(1).map((at, i) => at - state.reads[i]);
    [20, 40, 80, 80].forEach((step, i) => expect(gaps[i], `pause ${i + 1}`).to.be.at.least(step - 1));
    await pause(300);
    expect(state.reads, 'no write after giving up').to.have.length(5);
    expect(lost).to.have.length(1);
  });

  it('writes every count exactly once when the store recovers, with what was added meanwhile', async () => {
    const { store, state, close: closeStore } = breakableStore();
    close = closeStore;
    const lost: LostCounters[] = [];
    const aggregates = new AggregateStore(store, { windowMs: 5, retry: { firstMs: 20, maxMs: 40, attempts: 50 }, onGiveUp: (_e, counts) => lost.push(counts) });
    aggregates.add(scope, 'nurse|en', { answers: 1 });
    await until(() => state.reads.length >= 2);
    aggregates.add(scope, 'nurse|en', { answers: 4 });
    aggregates.add(scope, 'doctor|cy', { answers: 2 });
    state.broken = false;
    // Written by the retry on its own, without a flush.
    await until(async () => (await aggregates.readScope(scope)).get('nurse|en')?.answers === 5);
    await aggregates.flush();
    const cells = await aggregates.readScope(scope);
    expect(cells.get('nurse|en')).to.deep.equal({ answers: 5 });
    expect(cells.get('doctor|cy')).to.deep.equal({ answers: 2 });
    expect(lost).to.deep.equal([]);
  });

  it('with writeFirst, holds the batch\'s other cells back while a first cell fails, so no reader sees them without it', async () => {
    const inner = new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 });
    close = () => inner.close();
    const state = { broken: true };
    const slice = 'hali|wk:2026-W46:2026-11';
    const store = new Proxy(inner, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        if (name === 'read') {
          return async (...args: unknown[]) => {
            if (state.broken && String(args[1]).startsWith(slice)) throw new Error('store closed');
            return value.apply(target, args);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as DocumentStore;
    const aggregates = new AggregateStore(store, { windowMs: 5, retry: { firstMs: 20, maxMs: 40, attempts: 50 }, writeFirst: (s) => s === slice });
    aggregates.add(slice, 'nurse|en', { answers: 1 });
    aggregates.add('hali|all', 'nurse|en', { answers: 1 });
    await pause(120);
    expect((await aggregates.readScope('hali|all')).get('nurse|en'), 'not written before its slice').to.equal(undefined);
    state.broken = false;
    await until(async () => (await aggregates.readScope('hali|all')).get('nurse|en')?.answers === 1);
    await aggregates.flush();
    expect((await aggregates.readScope(slice)).get('nurse|en')).to.deep.equal({ answers: 1 });
    expect((await aggregates.readScope('hali|all')).get('nurse|en')).to.deep.equal({ answers: 1 });
  });

  it('is written at once by flush() (shutdown, "forget me"), without waiting out its pause', async () => {
    const { store, state, close: closeStore } = breakableStore();
    close = closeStore;
    const aggregates = new AggregateStore(store, { windowMs: 5, retry: { firstMs: 60_000, maxMs: 60_000, attempts: 3 } });
    aggregates.add(scope, 'nurse|en', { answers: 7 });
    await until(() => state.reads.length === 1);
    state.broken = false;
    await aggregates.flush();
    expect((await aggregates.readScope(scope)).get('nurse|en')).to.deep.equal({ answers: 7 });
  });
});
