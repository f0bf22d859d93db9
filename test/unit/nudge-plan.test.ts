import { expect } from 'chai';
import { dailyPosition, MAX_EARLY_MS, ON_TIME_MS, planSends, plannedSendAt, usualWindow, type DemandBucket } from '../../bot/nudges/plan';
import { bestOnTime } from '../helpers/on-time-bound';

const NINE = Date.parse('2026-11-30T09:00:00Z');
const MIN = 60_000;

/** Every planned send of a bucket, one instant per learner, by walking positions. */
function sendsOf(bucket: Parameters<typeof plannedSendAt>[0]) {
  return Array.from({ length: bucket!.count }, (_, i) => plannedSendAt(bucket, (i + 0.5) / bucket!.count)!);
}

describe('nudges: planning a tenant\'s sends under the cap (pure)', () => {
  it('sends at the chosen time when the tenant is quiet, a little early when one second is not enough', () => {
    const quiet = planSends([{ chosenAt: NINE, earliestAt: NINE - MAX_EARLY_MS, count: 40 }], 40);
    expect(new Set(sendsOf(quiet.buckets[0]).map((t) => Math.floor(t / 1000) * 1000))).to.deep.equal(new Set([NINE]));
    const busier = planSends([{ chosenAt: NINE, earliestAt: NINE - MAX_EARLY_MS, count: 100 }], 40);
    const sends = sendsOf(busier.buckets[0]);
    expect(Math.floor(Math.min(...sends) / 1000) * 1000).to.equal(NINE - 2000);
    expect(Math.max(...sends)).to.be.below(NINE + 1000);
    expect(busier.onTime).to.equal(100);
  });

  it('never plans more sends in a second than the rate, nor a send before the earliest instant, and places everyone', () => {
    const demand: DemandBucket[] = [
      { chosenAt: NINE - 60 * MIN, earliestAt: NINE - 180 * MIN, count: 30_000 },
      { chosenAt: NINE, earliestAt: NINE - 30 * MIN, count: 50_000 },
      { chosenAt: NINE + 5 * MIN, earliestAt: NINE + 5 * MIN, count: 3_000 },
    ];
    const plan = planSends(demand, 20);
    const perSecond = new Map<number, number>();
    plan.buckets.forEach((bucket) => {
      const sends = sendsOf(bucket);
      expect(sends).to.have.length(bucket.count);
      for (const t of sends) {
        expect(t).to.be.at.least(bucket.earliestAt);
        const second = Math.floor(t / 1000);
        perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
      }
    });
    expect(Math.max(...perSecond.values())).to.be.at.most(20);
    expect([...perSecond.values()].reduce((a, b) => a + b, 0)).to.equal(83_000);
  });

  it('delivers on time exactly as many as the best any schedule could (Hall\'s bound), on random busy days', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let day = 0; day < 5; day++) {
      const demand: DemandBucket[] = Array.from({ length: 40 }, () => {
        const chosenAt = NINE + Math.floor(random() * 240 - 120) * MIN;
        return { chosenAt, earliestAt: chosenAt - Math.floor(random() * 3) * 20 * MIN, count: Math.floor(random() * 12_000) };
      });
      const rate = 5;
      const plan = planSends(demand, rate);
      const windows = plan.buckets.map((b) => ({ from: Math.max(b.chosenAt - ON_TIME_MS, b.earliestAt) / 1000, until: (b.chosenAt + ON_TIME_MS) / 1000, count: b.count }));
      expect(plan.onTime, `day ${day}`).to.equal(bestOnTime(windows, rate));
      const measured = plan.buckets.reduce((n, b) => n + sendsOf(b).filter((t) => Math.abs(t - b.chosenAt) <= ON_TIME_MS).length, 0);
      expect(measured).to.be.at.least(plan.onTime);
    }
  });

  it('says when a busy time\'s nudges usually arrive, and changes who goes first every day', () => {
    const plan = planSends([{ chosenAt: NINE, earliestAt: NINE - MAX_EARLY_MS, count: 200_000 }], 50);
    const { from, to } = usualWindow(plan.buckets[0]);
    expect(from).to.be.below(NINE - ON_TIME_MS);
    expect(to).to.be.above(NINE);
    const order = (day: string) => ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].sort((x, y) => dailyPosition(x, day) - dailyPosition(y, day)).join('');
    expect(order('2026-11-30')).to.not.equal(order('2026-12-01'));
    expect(order('2026-11-30')).to.equal(order('2026-11-30'));
  });
});
