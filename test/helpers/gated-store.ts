import type { DocumentStore } from '../../bot/store/documents';

/** A store operation, by method name and arguments (container first), for choosing which one to hold. */
export type StoreCall = (method: string, args: readonly unknown[]) => boolean;

/** An operation held at the store: `entered` resolves when it arrives; `release` lets it go on. */
export interface HeldCall {
  readonly entered: Promise<void>;
  release(): void;
}

/**
 * A document store that can hold one chosen operation before it reaches the real store, so a test can
 * pause work in flight at an exact point (then erase, then let it finish). Everything else passes through.
 */
export function gatedStore(inner: DocumentStore) {
  let next: { matches: StoreCall; arrive: () => void; gate: Promise<void> } | undefined;
  const store = new Proxy(inner, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const held = next?.matches(String(property), args) ? next : undefined;
        if (held) {
          next = undefined;
          held.arrive();
          await held.gate;
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store,
    /** Holds the next operation `matches` accepts. */
    holdNext(matches: StoreCall): HeldCall {
      let arrive!: () => void;
      let release!: () => void;
      const entered = new Promise<void>((resolve) => (arrive = resolve));
      const gate = new Promise<void>((resolve) => (release = resolve));
      next = { matches, arrive, gate };
      return { entered, release };
    },
  };
}

/** A document store whose every operation first waits `delayMs()` (a throttled or distant Cosmos DB); `close` is not held. */
export function delayedStore(inner: DocumentStore, delayMs: () => number): DocumentStore {
  return new Proxy(inner, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function' || property === 'close') return value;
      return async (...args: unknown[]) => {
        const wait = delayMs();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
