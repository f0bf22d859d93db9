/**
 * `npm run bench`: turns/s and latency of HALI's free-text turn, side by side in one run with a bare
 * Teams AI echo bot as the ceiling. Loopback only; bounded in time; stops by itself.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { runAnalyticsBench } from './analytics';
import { runContentBench } from './content';
import { runCostBench } from './cost';
import { runNationalBench } from './national';
import { runEvaluationBench } from './evaluation';
import { runNudgeBench } from './nudges';
import { runOnePatientBench } from './one-patient';
import { runOutboxBench } from './outbox';
import { runRedactionBench } from './redaction';
import { runStoreBench } from './store';
import { runTokenBench } from './tokens';
import { runWorkspaceBench } from './workspace';

const CONNECTIONS = 20; // concurrent conversations
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_S = 3;
const QUESTIONS = ['What is a large language model?', 'what is automation bias', 'Can I put patient information into an AI tool?', 'When is AI a medical device?'];

interface Participant {
  child: ChildProcess;
  port: number;
  lines: string[];
}

function start(role: string): Promise<Participant> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'serve.ts'), role], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${role} did not start`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        const match = /^READY (\d+)$/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve({ child, port: Number(match[1]), lines });
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
  });
}

async function ask(participant: Participant, signal: NodeJS.Signals, prefix: string): Promise<any> {
  const before = participant.lines.length;
  participant.child.kill(signal);
  for (let i = 0; i < 50; i++) {
    const line = participant.lines.slice(before).find((l) => l.startsWith(prefix));
    if (line) return JSON.parse(line.slice(prefix.length));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

function activityBody(serviceUrl: string, run: string, conversation: number, turn: number): string {
  return JSON.stringify({
    type: 'message',
    // Unique across runs: HALI rightly ignores a repeated activity id as a Teams retry.
    id: `bench-${run}-${conversation}-${turn}`,
    channelId: 'msteams',
    serviceUrl,
    locale: 'en-GB',
    text: QUESTIONS[turn % QUESTIONS.length],
    from: { id: `29:bench-user-${conversation}`, aadObjectId: `aad-bench-${conversation}`, name: 'Bench User' },
    recipient: { id: '28:hali-bot', name: 'HALI' },
    conversation: { id: `a:bench-${conversation}`, conversationType: 'personal', tenantId: 'bench-tenant' },
    channelData: { tenant: { id: 'bench-tenant' } },
  });
}

function load(port: number, serviceUrl: string, seconds: number): Promise<autocannon.Result> {
  let turn = 0;
  const run = Math.random().toString(36).slice(2, 8);
  return autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request: any, context: any) => {
          context.conversation ??= (turn % CONNECTIONS) + 1;
          return { ...request, body: activityBody(serviceUrl, run, context.conversation, turn++) };
        },
      },
    ],
  } as autocannon.Options);
}

async function measure(name: string, participant: Participant, connector: Participant) {
  const connectorUrl = `http://127.0.0.1:${connector.port}/`;
  await load(participant.port, connectorUrl, WARMUP_S);
  const before = (await ask(connector, 'SIGUSR2', 'STATS '))?.message ?? 0;
  const result = await load(participant.port, connectorUrl, DURATION_S);
  // Replies still in flight when the run ends arrive just after it.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const after = (await ask(connector, 'SIGUSR2', 'STATS '))?.message ?? 0;
  const memory = await ask(participant, 'SIGUSR1', 'MEMORY ');
  return {
    repliesPerTurn: (after - before) / result.requests.total,
    name,
    turnsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    turns: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    rssMiB: memory ? memory.rss / 1024 / 1024 : NaN,
  };
}

async function main(): Promise<void> {
  // `npm run bench -- nudges` runs only the nudge fan-out.
  if (process.argv.includes('cost')) {
    await runCostBench((line) => process.stdout.write(line));
    return;
  }
  if (process.argv.includes('national')) {
    await runNationalBench((line) => process.stdout.write(line));
    return;
  }
  if (process.argv.includes('nudges')) {
    await runNudgeBench((line) => process.stdout.write(line));
    return;
  }
  // `npm run bench -- outbox`: learning records through an LRS that is slow, then down.
  if (process.argv.includes('outbox')) {
    await runOutboxBench((line) => process.stdout.write(line));
    return;
  }
  // `npm run bench -- analytics`: cohort analytics at 100,000 learners and 5,000,000 answers.
  if (process.argv.includes('analytics')) {
    await runAnalyticsBench((line) => process.stdout.write(line));
    return;
  }
  // `npm run bench -- workspace`: the educator workspace's queue and item detail, and its page assets.
  if (process.argv.includes('workspace')) {
    await runWorkspaceBench((line) => process.stdout.write(line));
    return;
  }
  // `npm run bench -- redaction` prints the redaction corpus figures.
  if (process.argv.includes('redaction')) {
    runRedactionBench((line) => process.stdout.write(line));
    return;
  }
  // `npm run bench -- safety` prints the one-patient figures (patterns alone, and with the learned model).
  if (process.argv.includes('safety')) {
    runOnePatientBench((line) => process.stdout.write(line));
    return;
  }
  // `npm run bench -- tokens` prints only the prompt token figures (answers and their follow-ups).
  if (process.argv.includes('tokens')) {
    await runTokenBench((line) => process.stdout.write(line));
    return;
  }
  // `npm run bench -- evaluation` runs only the offline mentor's evaluation sets.
  if (process.argv.includes('evaluation')) {
    runEvaluationBench((line) => process.stdout.write(line));
    return;
  }
  const connector = await start('connector');
  const participants = [await start('echo'), await start('hali')];
  try {
    const echo = await measure('Teams AI echo bot (ceiling)', participants[0], connector);
    const hali = await measure('HALI free-text turn (offline mentor)', participants[1], connector);
    const rows = [echo, hali];
    const pad = (s: string | number, n: number) => String(s).padStart(n);
    process.stdout.write(`\nnpm run bench: ${CONNECTIONS} concurrent personal-chat conversations, ${DURATION_S} s each after ${WARMUP_S} s warm-up, loopback only\n\n`);
    process.stdout.write(`${'participant'.padEnd(40)}${pad('turns/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('turns', 9)}${pad('non-2xx', 9)}${pad('errors', 8)}${pad('RSS MiB', 9)}${pad('replies/turn', 14)}\n`);
    for (const r of rows) {
      process.stdout.write(
        `${r.name.padEnd(40)}${pad(r.turnsPerSecond.toFixed(0), 10)}${pad(r.p50, 9)}${pad(r.p99, 9)}${pad(r.turns, 9)}${pad(r.non2xx, 9)}${pad(r.errors, 8)}${pad(r.rssMiB.toFixed(0), 9)}${pad(r.repliesPerTurn.toFixed(2), 14)}\n`,
      );
    }
    const ratio = hali.turnsPerSecond / echo.turnsPerSecond;
    process.stdout.write(`\nHALI / echo turns/s: ${(ratio * 100).toFixed(0)}% (goal >= 50%); HALI p99: ${hali.p99} ms (goal < 100 ms)\n`);
  } finally {
    for (const p of [...participants, connector]) p.child.kill('SIGTERM');
  }
  // `npm run bench -- turns` stops after the side-by-side turns (a quick check of a change to the turn's path).
  if (process.argv.includes('turns')) return;
  await runStoreBench((line) => process.stdout.write(line));
  runContentBench((line) => process.stdout.write(line));
  runRedactionBench((line) => process.stdout.write(line));
  runOnePatientBench((line) => process.stdout.write(line));
  runEvaluationBench((line) => process.stdout.write(line));
  await runTokenBench((line) => process.stdout.write(line));
  await runNudgeBench((line) => process.stdout.write(line));
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack}\n`);
  process.exit(1);
});
