import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '../../bot/config';
import { createStores } from '../../bot/stores';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { realFaculty } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { acceptedPerConversation, seedLearners, sweepDirect } from '../helpers/nudges';
import { tempDir } from '../helpers/temp-dir';

const PLANNED = new Date('2026-11-30T07:00:00Z');
const DUE = new Date('2026-11-30T09:00:30Z');

describe('http: each nudge exactly once, across instances and crashes', function () {
  this.timeout(90_000);
  const config = loadConfig({ NODE_ENV: 'test' });

  it('two sweeps running at once over the same learners send each nudge once', async () => {
    const connector = await startRecordingConnector();
    const clock = () => DUE;
    const stores = createStores(new SqliteDocumentStore({ file: ':memory:', clock, purgeEveryMs: 0 }), config, clock);
    try {
      await seedLearners(stores, 40, connector.url, PLANNED);
      // Paced at 40/s each, every sweep takes about a second: both are certainly under way at once.
      const [a, b] = await Promise.all([
        sweepDirect(stores, realFaculty(), config, DUE, { instanceId: 'instance-a', ratePerSecond: 40, concurrency: 8 }),
        sweepDirect(stores, realFaculty(), config, DUE, { instanceId: 'instance-b', ratePerSecond: 40, concurrency: 8 }),
      ]);
      const summaries = JSON.stringify({ a, b });
      expect(a.sent + b.sent, summaries).to.equal(40);
      expect(a.claimed + b.claimed, summaries).to.equal(40);
      expect(a.sent, 'both instances did some of the work').to.be.above(0);
      expect(b.sent, 'both instances did some of the work').to.be.above(0);
      const accepted = acceptedPerConversation(connector.activities());
      expect(accepted.size).to.equal(40);
      expect([...accepted.values()].every((n) => n === 1)).to.equal(true);
    } finally {
      await stores.documents.close();
      await connector.close();
    }
  });

  it('a sweep killed halfway and run again completes without duplicates; only sends in flight at the kill are at-most-once', async () => {
    const connector = await startRecordingConnector();
    const file = join(tempDir('hali-nudge-crash-'), 'hali.db');
    const seedStore = new SqliteDocumentStore({ file, clock: () => PLANNED, purgeEveryMs: 0 });
    const ids = await seedLearners(createStores(seedStore, config, () => PLANNED), 60, connector.url, PLANNED);
    await seedStore.close();

    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, '..', 'helpers', 'nudge-sweeper.ts'), file, DUE.toISOString(), '30'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await connector.waitFor(20, 60_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(output, 'the sweep was killed before it finished').to.not.include('DONE');
    const beforeRestart = connector.activities().length;
    expect(beforeRestart).to.be.within(20, 59);

    // The next sweeps: a minute later nothing abandoned is old enough to take over; after the
    // stale period, claims that never reached "sending" are taken over and sent.
    const later = new Date(DUE.getTime() + 6 * 60_000);
    const stores = createStores(new SqliteDocumentStore({ file, clock: () => later, purgeEveryMs: 0 }), config, () => later);
    try {
      const summary = await sweepDirect(stores, realFaculty(), config, later, { instanceId: 'restarted', ratePerSecond: 200 });
      expect(summary.failed).to.equal(0);
      expect(summary.claimed, 'the restarted sweep finished the work, taking over abandoned claims').to.be.above(0);
      const accepted = acceptedPerConversation(connector.activities());
      expect([...accepted.values()].every((n) => n === 1), 'no learner nudged twice').to.equal(true);
      const missing = ids.filter((_, i) => !accepted.has(`a:nudge-${i}`));
      // A learner with no nudge is one whose send was in flight when the process died: its claim
      // says "sending" with no outcome, and HALI never sends it again that day (at-most-once).
      for (const id of missing) {
        const claim = await stores.claims.get(id, '2026-11-30');
        expect(claim?.sendingAt, id).to.be.a('string');
        expect(claim?.outcome, id).to.equal(undefined);
      }
      expect(missing.length, 'at most the sends in flight').to.be.at.most(16);
      expect(accepted.size + missing.length).to.equal(60);
      // Nobody is left due today: a further sweep sends nothing.
      const again = await sweepDirect(stores, realFaculty(), config, later, { instanceId: 'again', ratePerSecond: 200 });
      expect(again).to.deep.include({ claimed: 0, sent: 0 });
    } finally {
      await stores.documents.close();
      await connector.close();
    }
  });
});
