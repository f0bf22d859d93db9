/**
 * One nudge fan-out in its own process (so its memory is its own): seeds `count` learners, all due,
 * into a fresh embedded store on disk, then runs one sweep (select, compose, render, claim, send
 * through the real adapter to the stand-in connector at `connectorUrl`, record) at `rate` per second.
 * Prints "RESULT <json>" with the sweep summary, the seeding time and the peak RSS.
 *   nudge-run.ts <count> <rate> <concurrency> <connectorUrl>
 */
import { join } from 'node:path';
import { benchTempDir } from './temp-dir';
import { createAdapter } from '../../bot/adapter';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { TenantRateLimiter } from '../../bot/nudges/limiter';
import { withNudgePlan } from '../../bot/learning/nudge-plan';
import { runSweep } from '../../bot/nudges/sweep';
import { createTeamsSender } from '../../bot/proactive';
import { createStores } from '../../bot/stores';
import { CONTAINERS } from '../../bot/store/documents';
import { DEFAULT_NUDGES, newLearner } from '../../bot/learning/learner';
import { LEARNER_RECORD_ID } from '../../bot/store/learners';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { realFaculty } from '../helpers/app';

const [count, rate, concurrency, connectorUrl] = process.argv.slice(2);
const PLANNED = new Date('2026-11-30T07:00:00Z');
const DUE = new Date('2026-11-30T09:00:30Z');
const TENANT = 'bench-tenant';

async function seed(documents: SqliteDocumentStore, n: number): Promise<void> {
  // Learners as the repository writes them (planned, with the due instant indexed), many per transaction.
  for (let start = 0; start < n; start += 2000) {
    const items = [];
    for (let i = start; i < Math.min(n, start + 2000); i++) {
      const learner = withNudgePlan(
        {
          ...newLearner(`aad-bench-${i}`, TENANT, PLANNED),
          preferences: { nudges: DEFAULT_NUDGES, timeZone: 'Europe/London' },
          conversationRef: { channelId: 'msteams', serviceUrl: connectorUrl, conversationId: `a:bench-${i}`, tenantId: TENANT, userId: `29:bench-${i}`, botId: '28:hali-bot' },
        },
        PLANNED,
      );
      items.push({ pk: learner.id, id: LEARNER_RECORD_ID, value: learner, options: { dueAt: Date.parse(learner.nudge!.nextAt!) } });
    }
    await documents.createMany(CONTAINERS.learners, items);
  }
}

async function main(): Promise<void> {
  const clock = () => DUE;
  const documents = new SqliteDocumentStore({ file: join(benchTempDir('hali-nudge-bench-'), 'hali.db'), clock, purgeEveryMs: 0 });
  const config = loadConfig({ NODE_ENV: 'test' });
  const stores = createStores(documents, config, clock);
  const faculty = realFaculty();
  const seedStarted = Date.now();
  await seed(documents, Number(count));
  const seedMs = Date.now() - seedStarted;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const summary = await runSweep(
    {
      learners: stores.learners,
      claims: stores.claims,
      faculty,
      sender: createTeamsSender(createAdapter(config), undefined),
      limiter: new TenantRateLimiter(Number(rate)),
      log: createLogger({ level: 'silent' }),
      instanceId: `bench-${process.pid}`,
    },
    DUE,
    { concurrency: Number(concurrency) },
  );
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  process.stdout.write(`RESULT ${JSON.stringify({ ...summary, seedMs, peakRssMiB: peakRss / 1024 / 1024 })}\n`);
  await documents.close();
}

main().catch((error: Error) => {
  process.stderr.write(`nudge-run failed: ${error.stack}\n`);
  process.exit(1);
});
