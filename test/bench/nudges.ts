/**
 * Nudge fan-out figures for `npm run bench`, each run in its own processes on loopback:
 *  - capped: the stand-in connector enforces Teams' 50 messages/s per tenant and refuses a share of
 *    requests with 429 + Retry-After; the limiter is set to 50 to match. Achieved/allowed rate,
 *    duplicates and lost nudges. NUDGE_BENCH_CAPPED learners (default 1,000, about 20 s; 100,000
 *    would take 33+ minutes at 50/s).
 *  - ceiling: the cap lifted; nudges per second selected, composed, rendered, claimed, sent and
 *    recorded by one instance, and its peak memory. NUDGE_BENCH_LEARNERS learners (default 20,000).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const CAPPED = Number(process.env.NUDGE_BENCH_CAPPED ?? 1000);
const UNCAPPED = Number(process.env.NUDGE_BENCH_LEARNERS ?? 20_000);
const CAP = 50;
/** Extra 429s the stand-in refuses at random on top of the cap (NUDGE_BENCH_INJECTED_429, default 1%; 0 measures the cap alone). */
const INJECTED_429_SHARE = Number(process.env.NUDGE_BENCH_INJECTED_429 ?? 0.01);

function child(script: string, args: string[]): { process: ChildProcess; lines: string[]; line(prefix: string, ms: number): Promise<string> } {
  const proc = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, script), ...args], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  proc.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  const line = async (prefix: string, ms: number) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const found = lines.find((l) => l.startsWith(prefix));
      if (found) {
        lines.splice(lines.indexOf(found), 1);
        return found.slice(prefix.length).trim();
      }
      if (proc.exitCode !== null) throw new Error(`${script} exited with ${proc.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${script} did not print ${prefix} within ${ms} ms`);
  };
  return { process: proc, lines, line };
}

async function fanOut(count: number, cap: number, rate: number, concurrency: number, injected: number) {
  const connector = child('serve.ts', ['nudge-connector', String(cap), String(injected)]);
  try {
    const port = await connector.line('READY', 60_000);
    // Bounded: seeding plus the sweep at the slowest expected rate, with room to spare.
    const budgetMs = 120_000 + (count / Math.min(rate, 500)) * 2000;
    const run = child('nudge-run.ts', [String(count), String(rate), String(concurrency), `http://127.0.0.1:${port}/`]);
    const result = JSON.parse(await run.line('RESULT', budgetMs));
    connector.process.kill('SIGUSR2');
    const stats = JSON.parse(await connector.line('STATS', 10_000));
    return { result, stats };
  } finally {
    connector.process.kill('SIGTERM');
  }
}

export async function runNudgeBench(write: (line: string) => void): Promise<void> {
  write(`\nNudge fan-out (embedded store on disk, real adapter over HTTP to a stand-in connector on loopback, all learners due)\n\n`);
  const capped = await fanOut(CAPPED, CAP, CAP, 16, INJECTED_429_SHARE);
  const seconds = (capped.stats.lastAt - capped.stats.firstAt) / 1000;
  const achieved = seconds > 0 ? (capped.stats.accepted - 1) / seconds : 0;
  write(
    `capped at ${CAP}/s per tenant, ${INJECTED_429_SHARE * 100}% extra 429s, limiter ${CAP}/s: ${CAPPED} learners in ${seconds.toFixed(1)} s; ` +
      `achieved ${achieved.toFixed(1)}/s = ${((achieved / CAP) * 100).toFixed(1)}% of allowed (goal >= 95%); ` +
      `duplicates ${capped.stats.duplicates} (goal 0); lost ${CAPPED - capped.stats.distinct} (goal 0); ` +
      `429s ${capped.stats.throttledByCap} from the cap + ${capped.stats.throttledInjected} injected; summary ${JSON.stringify(capped.result)}\n`,
  );
  const ceiling = await fanOut(UNCAPPED, 0, 1_000_000, 64, 0);
  const perSecond = ceiling.result.sent / (ceiling.result.ms / 1000);
  write(
    `ceiling, cap lifted: ${UNCAPPED} learners in ${(ceiling.result.ms / 1000).toFixed(1)} s = ${perSecond.toFixed(0)} nudges/s selected, rendered and sent by one instance (goal >= 1,000/s); ` +
      `peak RSS ${ceiling.result.peakRssMiB.toFixed(0)} MiB; duplicates ${ceiling.stats.duplicates}; lost ${UNCAPPED - ceiling.stats.distinct}; seeding took ${(ceiling.result.seedMs / 1000).toFixed(1)} s\n`,
  );
  write(`  (scale with NUDGE_BENCH_CAPPED and NUDGE_BENCH_LEARNERS; the full run is NUDGE_BENCH_LEARNERS=100000)\n`);
}
