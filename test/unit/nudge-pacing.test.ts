import { expect } from 'chai';
import { backoffMs } from '../../bot/nudges/deliver';
import { SweepLease } from '../../bot/nudges/lease';
import { TenantRateLimiter } from '../../bot/nudges/limiter';
import { retryAfterMs } from '../../bot/retry-after';
import { SqliteDocumentStore } from '../../bot/store/sqlite';

/** A clock that only moves when someone sleeps on it. */
function virtualTime() {
  let now = 0;
  return { now: () => now, sleep: async (ms: number) => void (now += ms), advance: (ms: number) => (now += ms) };
}

describe('nudges: pacing, backoff and the sweep lease', () => {
  it('spaces a tenant\'s sends evenly at the configured rate, and keeps tenants apart', async () => {
    const time = virtualTime();
    const limiter = new TenantRateLimiter(40, time);
    const slots: number[] = [];
    for (let i = 0; i < 5; i++) {
      await limiter.acquire('tenant-a');
      slots.push(time.now());
    }
    expect(slots).to.deep.equal([0, 25, 50, 75, 100]);
    const before = time.now();
    await limiter.acquire('tenant-b');
    expect(time.now()).to.equal(before);
    expect(() => new TenantRateLimiter(0)).to.throw(RangeError);
  });

  it('does not send in a burst after the event loop was busy: a waiter woken late takes a fresh slot', async () => {
    let now = 0;
    let stall = 100;
    const limiter = new TenantRateLimiter(50, { now: () => now, sleep: async (ms) => void ((now += ms + stall), (stall = 0)) });
    await limiter.acquire('t');
    await limiter.acquire('t');
    expect(now, 'woken at 120 instead of 20: sends now, on a fresh slot').to.equal(120);
    await limiter.acquire('t');
    expect(now, 'the next one keeps its distance').to.equal(140);
  });

  it('pauses the tenant for Retry-After once several 429s arrive within a second, but not for one', async () => {
    const time = virtualTime();
    const limiter = new TenantRateLimiter(10, time);
    await limiter.acquire('t');
    limiter.throttled('t', 2000);
    await limiter.acquire('t');
    expect(time.now()).to.equal(100);
    limiter.throttled('t', 2000);
    limiter.throttled('t', 2000);
    await limiter.acquire('t');
    expect(time.now()).to.equal(2100);
  });

  it('backs off at least as long as Retry-After, exponentially without it, with at most 25% jitter', () => {
    expect(backoffMs(1, 1000, () => 0)).to.equal(1000);
    expect(backoffMs(1, 1000, () => 1)).to.equal(1250);
    expect(backoffMs(3, undefined, () => 0)).to.equal(2000);
    expect(backoffMs(1, 0, () => 0)).to.equal(500);
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores nonsense', () => {
    expect(retryAfterMs('3')).to.equal(3000);
    expect(retryAfterMs('Fri, 27 Nov 2026 09:00:05 GMT', Date.parse('2026-11-27T09:00:00Z'))).to.equal(5000);
    expect(retryAfterMs('soon')).to.equal(undefined);
    expect(retryAfterMs(undefined)).to.equal(undefined);
  });

  it('lets one instance hold the sweep lease at a time, through the store; an expired lease passes on', async () => {
    const store = new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 });
    let now = 1_000_000;
    const a = new SweepLease(store, 'a', 60_000, () => now);
    const b = new SweepLease(store, 'b', 60_000, () => now);
    const [first, second] = await Promise.all([a.acquire(), b.acquire()]);
    expect([first, second].filter(Boolean)).to.have.length(1);
    const [holder, other] = first ? [a, b] : [b, a];
    expect(await holder.renew()).to.equal(true);
    expect(await other.acquire()).to.equal(false);
    now += 61_000;
    expect(await other.acquire(), 'the holder stopped renewing').to.equal(true);
    expect(await holder.renew(), 'the old holder learns it lost the lease').to.equal(false);
    await other.release();
    expect(await holder.acquire(), 'released at once').to.equal(true);
    await store.close();
  });
});
