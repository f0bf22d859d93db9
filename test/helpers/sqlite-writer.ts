/**
 * A child process for the crash test: writes numbered documents to an embedded store as fast as it
 * can, printing each number once the write has returned, until it is killed.
 */
import { CONTAINERS } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';

const store = new SqliteDocumentStore({ file: process.argv[2], purgeEveryMs: 0 });
(async () => {
  for (let i = 0; ; i++) {
    await store.upsert(CONTAINERS.learners, `learner-${i % 50}`, `event:${i}`, { i, payload: 'x'.repeat(500) });
    process.stdout.write(`${i}\n`);
  }
})();
