/**
 * `npm run bench -- national`: one weekday of nudges for NATIONAL_BENCH_LEARNERS learners (default
 * 1,500,000, NHS England's single tenant) on a simulated clock, through the real sweep, plans,
 * claims, lease, limiter and deliver code, over a compact store (national-store.ts). Sends are
 * capped at 50 per second and each takes 80 ms of simulated network time. It reports the share that
 * arrives within 15 minutes of the chosen time beside the best share any schedule could achieve
 * under the cap (Hall's bound, test/helpers/on-time-bound.ts), duplicates, lost nudges, the most sent
 * in one second and peak memory; then the same with two instances sharing the store.
 */
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import type { NudgeSender } from '../../bot/nudges/deliver';
import { createNudgeEngine } from '../../bot/nudges/engine';
import { SweepLease } from '../../bot/nudges/lease';
import { TenantRateLimiter } from '../../bot/nudges/limiter';
import { ON_TIME_MS } from '../../bot/nudges/plan';
import { SendPlans, tenantPlans } from '../../bot/nudges/plans';
import { earliestSendAt, nudgeDueAt } from '../../bot/learning/nudge-plan';
import { createStores } from '../../bot/stores';
import { realFaculty } from '../helpers/app';
import { bestOnTime } from '../helpers/on-time-bound';
import { CompactLearnerStore } from './national-store';
import { nationalPopulation, DAY, DAY_START } from './national-population';
import { SimulatedClock } from './simulated-clock';

const LEARNERS = Number(process.env.NATIONAL_BENCH_LEARNERS ?? 1_500_000);
const CAP = 50;
const SEND_MS = 80;

interface Outcome {
  readonly onTimeShare: number;
  readonly bestShare: number;
  readonly duplicates: number;
  readonly lost: number;
  readonly maxPerSecond: number;
  readonly peakRssMiB: number;
  /** RSS once the simulated store holds every learner, before the day starts: what the store itself takes. */
  readonly storeRssMiB: number;
  readonly lastArrival: number;
  readonly wallSeconds: number;
}

async function simulateDay(instances: number, write: (line: string) => void): Promise<Outcome> {
  const started = Date.now();
  const population = nationalPopulation(LEARNERS);
  const documents = new CompactLearnerStore(population, DAY, (learner) => nudgeDueAt(learner));
  const stores = createStores(documents, loadConfig({ NODE_ENV: 'test' }), () => new Date(sim.now));
  const sim = new SimulatedClock(DAY_START);
  global.gc?.();
  const storeRss = process.memoryUsage().rss;
  const clock = () => new Date(sim.now);
  const sends = new Uint8Array(LEARNERS);
  const arrival = new Float64Array(LEARNERS).fill(NaN);
  let sent = 0;
  let second = -1;
  let inSecond = 0;
  let maxPerSecond = 0;
  const sender: NudgeSender = {
    async send(ref) {
      await sim.sleep(SEND_MS);
      const i = Number(ref.conversationId.slice(2));
      sends[i]++;
      arrival[i] = sim.now;
      sent++;
      const now = Math.floor(sim.now / 1000);
      inSecond = now === second ? inSecond + 1 : 1;
      second = now;
      maxPerSecond = Math.max(maxPerSecond, inSecond);
      return { status: 'sent' };
    },
  };
  const faculty = realFaculty();
  const engines = Array.from({ length: instances }, (_, n) => {
    const instanceId = `instance-${n + 1}`;
    return createNudgeEngine({
      learners: stores.learners,
      claims: stores.claims,
      faculty,
      sender,
      limiter: new TenantRateLimiter(CAP, { now: () => sim.now, sleep: sim.sleep }),
      log: createLogger({ level: 'silent' }),
      instanceId,
      lease: new SweepLease(documents, instanceId, 60_000, () => sim.now),
      clock,
      plans: new SendPlans({ learners: stores.learners, plans: tenantPlans(stores.plans), ratePerSecond: CAP, clock }),
      sweep: { concurrency: 16, batchSize: 500, sleep: sim.sleep },
    });
  });
  let peakRss = process.memoryUsage().rss;
  const driver = (async () => {
    // Every instance's scheduler ticks once a simulated minute, all day, until everyone has had theirs.
    for (let minute = 0; minute < 24 * 60 && sent < LEARNERS; minute++) {
      for (const engine of engines) void engine.runOnce('schedule').catch((error: Error) => write(`sweep failed: ${error.stack}\n`));
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await sim.sleep(60_000);
    }
  })();
  await sim.runUntil(driver);
  await Promise.all(engines.map((e) => e.stop()));
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const mib = (bytes: number) => bytes / 1024 / 1024;
  return { ...measure(population, sends, arrival), maxPerSecond, peakRssMiB: mib(peakRss), storeRssMiB: mib(storeRss), wallSeconds: (Date.now() - started) / 1000 };
}

function measure(population: ReturnType<typeof nationalPopulation>, sends: Uint8Array, arrival: Float64Array) {
  let onTime = 0;
  let duplicates = 0;
  let lost = 0;
  let lastArrival = 0;
  const windows = new Map<string, { from: number; until: number; count: number }>();
  for (let i = 0; i < population.size; i++) {
    const learner = population.learner(i);
    const chosen = Date.parse(learner.nudge!.nextAt!);
    if (sends[i] === 0) lost++;
    if (sends[i] > 1) duplicates++;
    if (Math.abs(arrival[i] - chosen) <= ON_TIME_MS) onTime++;
    if (arrival[i] > lastArrival) lastArrival = arrival[i];
    const from = Math.max(chosen - ON_TIME_MS, earliestSendAt(learner)!) / 1000;
    const key = `${from}/${chosen}`;
    const window = windows.get(key) ?? { from, until: (chosen + ON_TIME_MS) / 1000 + 1, count: 0 };
    window.count++;
    windows.set(key, window);
  }
  const best = bestOnTime([...windows.values()], CAP);
  return { onTimeShare: onTime / population.size, bestShare: best / population.size, duplicates, lost, lastArrival };
}

const pct = (share: number) => `${(share * 100).toFixed(2)}%`;

function report(label: string, o: Outcome, write: (line: string) => void): void {
  write(
    `${label}: within 15 min of the chosen time ${pct(o.onTimeShare)}; best any schedule could achieve under the cap ${pct(o.bestShare)} ` +
      `(gap ${((o.bestShare - o.onTimeShare) * 100).toFixed(2)} points, goal <= 2); duplicates ${o.duplicates} (goal 0); lost ${o.lost} (goal 0); ` +
      `most sent in one second ${o.maxPerSecond} (cap ${CAP}); last arrival ${new Date(o.lastArrival).toISOString().slice(11, 16)} UTC; ` +
      `peak RSS ${o.peakRssMiB.toFixed(0)} MiB, of which ${o.storeRssMiB.toFixed(0)} MiB before the day began (the process, the content and the simulated store holding every learner); ` +
      `${o.wallSeconds.toFixed(0)} s of wall clock\n`,
  );
}

export async function runNationalBench(write: (line: string) => void): Promise<void> {
  write(
    `\nNational scale: ${LEARNERS.toLocaleString('en-GB')} learners in one tenant, ${DAY} (a Monday), simulated clock, ` +
      `cap ${CAP}/s, ${SEND_MS} ms per send; chosen times 30% 08:00, 25% 09:00, 10% 12:30, the rest every 5 minutes 07:00-18:00; 8% with quiet hours until 07:30\n\n`,
  );
  report('one instance', await simulateDay(1, write), write);
  report('two instances, one store', await simulateDay(2, write), write);
}
