import type { AddressInfo } from 'node:net';
import { assembleBot } from '../../bot/assemble';
import { listen } from '../../bot/server';
import { testDeps, type TestAppOptions } from './app';
import { startRecordingConnector } from './connector';
import { createWorkspace } from '../../bot/educator/workspace';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The real HTTP server on a loopback port, built by the same factory bot/index.ts uses (assembleBot). */
export async function startTestServer(options: TestAppOptions & { nudgeWaitMs?: number; tenantRatePerSecond?: number } = {}) {
  const { deps, logs, stores, governance } = testDeps({ ...options, governed: true });
  const educator = createWorkspace({ config: deps.config, stores, governance: governance!, mentorsDir: deps.mentorsDir, root: ROOT, clock: deps.clock });
  const { server, nudges, handleTurn } = assembleBot(deps, {
    version: 'test',
    instanceId: 'test-instance',
    nudgeWaitMs: options.nudgeWaitMs,
    tenantRatePerSecond: options.tenantRatePerSecond,
    educator,
  });
  const port = await listen(server, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port ?? port}`;
  return {
    base,
    logs,
    log: deps.log,
    stores,
    governance: governance!,
    deps,
    /** The app's turn handler, for Teams-shaped activities through botbuilder's TestAdapter on the same app. */
    handleTurn,
    post: (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    nudges,
    /** POST /api/nudges/run with `key` (when given) and `body`. */
    runNudges: (key: string | undefined, body?: unknown) =>
      fetch(`${base}/api/nudges/run`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key !== undefined ? { 'x-nudge-key': key } : {}) },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      }),
    close: async () => {
      await nudges.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A fresh server and recording connector for every test of the calling suite, closed after it:
 * read them as `each.bot` and `each.connector` inside the tests.
 */
export function serverWithConnectorEachTest(options: TestAppOptions = {}) {
  const each = {} as { bot: Awaited<ReturnType<typeof startTestServer>>; connector: Awaited<ReturnType<typeof startRecordingConnector>> };
  beforeEach(async () => {
    each.connector = await startRecordingConnector();
    each.bot = await startTestServer(options);
  });
  afterEach(async () => {
    await each.bot.close();
    await each.connector.close();
  });
  return each;
}
