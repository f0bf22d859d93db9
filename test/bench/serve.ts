/**
 * One bench participant per process, so the load generator and the servers do not share a core:
 *   serve.ts hali       HALI's full server (offline mentor, embedded store on disk), as bot/index.ts builds it
 *   serve.ts echo       a bare Teams AI echo bot on restify + TeamsAdapter: the ceiling
 *   serve.ts connector  a stand-in Bot Framework connector that accepts and counts replies
 *   serve.ts nudge-connector <perSecond> <injected429Share>
 *                       a stand-in connector for the nudge fan-out: counts messages per conversation,
 *                       enforces Teams' per-tenant rate (token bucket, 0 = uncapped) with 429 +
 *                       Retry-After: 1, and refuses a random share of requests with 429 as well
 * Each prints "READY <port>" on stdout, and "STATS <json>" when asked with SIGUSR2.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { MemoryStorage, type TurnContext } from 'botbuilder';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { createAdapter } from '../../bot/adapter';
import { createApp } from '../../bot/app';
import { createServer, listen } from '../../bot/server';
import { join } from 'node:path';
import { benchTempDir } from './temp-dir';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { testDeps } from '../helpers/app';

const ready = (port: number) => process.stdout.write(`READY ${port}\n`);

async function hali(): Promise<void> {
  // The default a single machine runs: the embedded store on disk.
  const documents = new SqliteDocumentStore({ file: join(benchTempDir('hali-bench-'), 'hali.db') });
  const { deps } = testDeps({ documents, now: () => new Date() });
  const { handleTurn } = createApp({ ...deps, typingIndicator: true });
  const server = createServer({
    adapter: createAdapter(deps.config),
    handleTurn,
    log: deps.log,
    health: { version: 'bench', store: documents.kind, model: deps.model.kind, mentors: ['hali'], auth: 'local' },
  });
  ready(await listen(server, 0, '127.0.0.1'));
}

async function echo(): Promise<void> {
  const adapter = new TeamsAdapter({});
  const app = new Application({ storage: new MemoryStorage(), adapter });
  app.activity('message', async (context: TurnContext) => {
    await context.sendActivity(`echo: ${context.activity.text}`);
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
  });
  ready(await listen(server as never, 0, '127.0.0.1'));
}

async function connector(): Promise<void> {
  const counts: Record<string, number> = {};
  let id = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const type = /"type"\s*:\s*"(\w+)"/.exec(body)?.[1] ?? 'unknown';
      counts[type] = (counts[type] ?? 0) + 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"r${++id}"}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  process.on('SIGUSR2', () => process.stdout.write(`STATS ${JSON.stringify(counts)}\n`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ready((server.address() as AddressInfo).port);
}

async function nudgeConnector(): Promise<void> {
  const perSecond = Number(process.argv[3] ?? 0);
  const injectShare = Number(process.argv[4] ?? 0);
  const perConversation = new Map<string, number>();
  const stats = { accepted: 0, throttledByCap: 0, throttledInjected: 0, firstAt: 0, lastAt: 0 };
  // The extra 429s fall on the same requests, by their order, in every run (a seeded generator, not Math.random): how many
  // there are decides how many Retry-After waits a run pays, so unseeded runs of one commit differed by 5 to 12 refusals and
  // 4 points of the achieved rate, more than any change being compared.
  let seed = 17;
  const nextRandom = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const burst = 5;
  let tokens = burst;
  let refilledAt = Date.now();
  const overCap = () => {
    if (perSecond <= 0) return false;
    const now = Date.now();
    tokens = Math.min(burst, tokens + ((now - refilledAt) / 1000) * perSecond);
    refilledAt = now;
    if (tokens < 1) return true;
    tokens -= 1;
    return false;
  };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const capped = overCap();
      if (capped || (injectShare > 0 && nextRandom() < injectShare)) {
        if (capped) stats.throttledByCap++;
        else stats.throttledInjected++;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end('{"error":{"code":"TooManyRequests"}}');
        return;
      }
      const conversation = decodeURIComponent(/\/v3\/conversations\/([^/]+)\//.exec(req.url ?? '')?.[1] ?? '');
      perConversation.set(conversation, (perConversation.get(conversation) ?? 0) + 1);
      stats.accepted++;
      stats.lastAt = Date.now();
      stats.firstAt ||= stats.lastAt;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"n${stats.accepted}"}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  process.on('SIGUSR2', () => {
    const duplicates = [...perConversation.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    process.stdout.write(`STATS ${JSON.stringify({ ...stats, distinct: perConversation.size, duplicates })}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ready((server.address() as AddressInfo).port);
}

const roles: Record<string, () => Promise<void>> = { hali, echo, connector, 'nudge-connector': nudgeConnector };
const role = roles[process.argv[2] ?? ''];
if (!role) {
  process.stderr.write('usage: serve.ts hali|echo|connector|nudge-connector\n');
  process.exit(2);
}
process.on('SIGUSR1', () => process.stdout.write(`MEMORY ${JSON.stringify(process.memoryUsage())}\n`));
role();
