/**
 * One bench participant per process, so the load generator and the servers do not share a core:
 *   serve.ts hali       HALI's full server (offline mentor, embedded store on disk), as bot/index.ts builds it
 *   serve.ts echo       a bare Teams AI echo bot on restify + TeamsAdapter: the ceiling
 *   serve.ts connector  a stand-in Bot Framework connector that accepts and counts replies
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
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { testDeps } from '../helpers/app';

const ready = (port: number) => process.stdout.write(`READY ${port}\n`);

async function hali(): Promise<void> {
  // The default a single machine runs: the embedded store on disk.
  const documents = new SqliteDocumentStore({ file: join(mkdtempSync(join(tmpdir(), 'hali-bench-')), 'hali.db') });
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

const roles: Record<string, () => Promise<void>> = { hali, echo, connector };
const role = roles[process.argv[2] ?? ''];
if (!role) {
  process.stderr.write('usage: serve.ts hali|echo|connector\n');
  process.exit(2);
}
process.on('SIGUSR1', () => process.stdout.write(`MEMORY ${JSON.stringify(process.memoryUsage())}\n`));
role();
