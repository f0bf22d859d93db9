import { expect } from 'chai';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { boundedByTurn, TurnOutOfTime, withinTurnBudget } from '../../bot/store/turn-budget';
import { delayedStore } from '../helpers/gated-store';

/** The store's time inside a turn (store/turn-budget.ts): bounded in the turn, never outside it or after it. */
describe('store: a turn’s time for the store', () => {
  const clock = () => new Date('2026-11-27T09:00:00Z');
  let delayMs = 0;
  const slowStore = () => boundedByTurn(delayedStore(new SqliteDocumentStore({ file: ':memory:', clock, purgeEveryMs: 0 }), () => delayMs));

  it('fails an operation that would end after the turn’s budget, and one started after it, at once', async () => {
    const store = slowStore();
    delayMs = 300;
    const started = Date.now();
    const error = await withinTurnBudget(100, () => store.read('learners', 'a', 'b')).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TurnOutOfTime);
    expect(Date.now() - started).to.be.below(280);
    delayMs = 0;
    const late = await withinTurnBudget(0, () => store.read('learners', 'a', 'b')).catch((e: unknown) => e);
    expect(late).to.be.instanceOf(TurnOutOfTime);
  });

  it('leaves an operation in time, one outside any turn, and work the turn left running after it ended', async () => {
    const store = slowStore();
    delayMs = 20;
    expect(await withinTurnBudget(1_000, () => store.upsert('learners', 'p', 'x', { n: 1 }))).to.include({ id: 'x' });
    delayMs = 200;
    expect((await store.read<{ n: number }>('learners', 'p', 'x'))?.value.n).to.equal(1);
    // A batch the turn scheduled runs later, in the turn's async context, but the turn is over: it is not bounded.
    let afterwards: Promise<unknown> | undefined;
    await withinTurnBudget(50, async () => {
      afterwards = new Promise((resolve) => setTimeout(() => resolve(store.read('learners', 'p', 'x')), 60));
    });
    expect(((await afterwards) as { value: { n: number } } | undefined)?.value.n).to.equal(1);
  });
});
