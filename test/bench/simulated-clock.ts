/**
 * A clock for simulations: `sleep` returns at once in real time and resolves when simulated time
 * reaches its end. Time moves only when everything runnable has run (nothing is left but sleepers),
 * to the earliest wake-up; every sleeper due then wakes together.
 */
interface Sleeper {
  readonly at: number;
  readonly order: number;
  readonly wake: () => void;
}

export class SimulatedClock {
  private readonly heap: Sleeper[] = [];
  private order = 0;

  constructor(public now: number) {}

  readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((wake) => this.push({ at: this.now + Math.max(0, ms), order: this.order++, wake }));

  /** Moves time on, waking sleepers in order, until `done` settles. */
  async runUntil(done: Promise<unknown>): Promise<void> {
    let finished = false;
    void done.finally(() => (finished = true));
    while (!finished) {
      // Let everything runnable run first (the store and the code under test never wait on real I/O).
      await new Promise((resolve) => setImmediate(resolve));
      if (finished || this.heap.length === 0) break;
      const at = this.heap[0].at;
      this.now = Math.max(this.now, at);
      while (this.heap.length > 0 && this.heap[0].at <= this.now) this.pop().wake();
    }
    await done;
  }

  private less(a: Sleeper, b: Sleeper): boolean {
    return a.at < b.at || (a.at === b.at && a.order < b.order);
  }

  private push(sleeper: Sleeper): void {
    const heap = this.heap;
    heap.push(sleeper);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private pop(): Sleeper {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let min = i;
        if (l < heap.length && this.less(heap[l], heap[min])) min = l;
        if (r < heap.length && this.less(heap[r], heap[min])) min = r;
        if (min === i) break;
        [heap[i], heap[min]] = [heap[min], heap[i]];
        i = min;
      }
    }
    return top;
  }
}
