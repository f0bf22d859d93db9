import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { personalMessage } from '../helpers/activities';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startRecordingConnector } from '../helpers/connector';
import { LOCAL_COSMOS_KEY, startCosmosServer } from '../helpers/cosmos';
import { freePort } from '../helpers/ports';
import { tempDir } from '../helpers/temp-dir';

const ROOT = join(__dirname, '..', '..');
const NO_NATIVE_SQLITE = join(__dirname, '..', 'helpers', 'no-native-sqlite.js');

/** Packages under node_modules that hold a compiled native addon (a .node file). */
function nativePackages(dir = join(ROOT, 'node_modules'), found = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.isSymbolicLink()) nativePackages(path, found);
    else if (entry.name.endsWith('.node') && statSync(path).isFile()) {
      const parts = relative(join(ROOT, 'node_modules'), path).split(sep);
      found.add(parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]);
    }
  }
  return found;
}

describe('http: the deployed package runs on any platform', function () {
  this.timeout(300_000);

  it('leaves every native module out of the App Service package (.webappignore)', () => {
    const ignored = readFileSync(join(ROOT, '.webappignore'), 'utf8').split('\n').map((l) => l.trim().replace(/\/$/, ''));
    const natives = [...nativePackages()];
    expect(natives, 'this machine has better-sqlite3 built').to.include('better-sqlite3');
    for (const name of natives) expect(ignored, `${name} holds a native addon built for this machine`).to.include(`node_modules/${name}`);
  });

  describe('the built bot (npm run build, node lib/bot/index.js) with better-sqlite3 unloadable', () => {
    let cosmos: Awaited<ReturnType<typeof startCosmosServer>>;
    let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
    let bot: BotProcess | undefined;
    before(async () => {
      await promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT });
      cosmos = await startCosmosServer();
      connector = await startRecordingConnector();
    });
    afterEach(async () => {
      if (bot && bot.child.exitCode === null) {
        bot.child.kill('SIGTERM');
        await bot.exited;
      }
      bot = undefined;
    });
    after(async () => {
      await connector.close();
      await cosmos.close();
    });

    it('starts on Cosmos DB and answers a learner', async () => {
      const port = await freePort();
      const env = {
        COSMOS_ENDPOINT: cosmos.endpoint,
        COSMOS_KEY: LOCAL_COSMOS_KEY,
        COSMOS_DATABASE: 'hali-built',
        COSMOS_CREATE_CONTAINERS: 'true',
        // The local Cosmos DB server's certificate is self-signed (loopback only).
        NODE_TLS_REJECT_UNAUTHORIZED: '0',
      };
      bot = await startBotProcess(port, tempDir('hali-built-'), env, [NO_NATIVE_SQLITE], { built: true });
      const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { store: string };
      expect(health.store).to.equal('cosmos');
      expect((await fetch(`http://127.0.0.1:${port}/healthz/ready`)).status).to.equal(200);
      const posted = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(personalMessage('help', { serviceUrl: connector.url, userId: '29:built' })),
      });
      expect(posted.status).to.be.within(200, 202);
      await connector.waitFor(1, 20_000);
      expect(connector.activities().length, 'a reply reached the connector').to.be.greaterThan(0);
    });

    it('on the embedded store, stops at start with a message that names better-sqlite3 and the fix', async () => {
      const port = await freePort();
      const started = startBotProcess(port, tempDir('hali-built-'), {}, [NO_NATIVE_SQLITE], { built: true });
      const error = await started.then(() => undefined, (e: Error) => e);
      expect(error?.message).to.match(/better-sqlite3/).and.match(/COSMOS_ENDPOINT/);
    });
  });
});
