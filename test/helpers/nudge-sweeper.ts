/**
 * A child process for the crash test: one nudge sweep on a file-backed embedded store, sending to
 * the stand-in connector, printing its summary when done (unless it is killed first).
 */
import { loadConfig } from '../../bot/config';
import { createStores } from '../../bot/stores';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { realFaculty } from './app';
import { sweepDirect } from './nudges';

const [file, asOf, rate] = process.argv.slice(2);
const clock = () => new Date(asOf);
const config = loadConfig({ NODE_ENV: 'test' });
const stores = createStores(new SqliteDocumentStore({ file, clock, purgeEveryMs: 0 }), config, clock);
const faculty = realFaculty();
process.stdout.write('READY\n');
sweepDirect(stores, faculty, config, clock(), { instanceId: `child-${process.pid}`, ratePerSecond: Number(rate) }).then((summary) => {
  process.stdout.write(`DONE ${JSON.stringify(summary)}\n`);
  process.exit(0);
});
