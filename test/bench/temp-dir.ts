/**
 * A temporary folder for one bench run's store, removed when the run's process exits or is stopped
 * with SIGTERM (a bench participant is): a run leaves nothing behind in the temp directory (the
 * outbox bench's two stores are about 40 MB each). The shared test helper does the work.
 */
import { tempDir } from '../helpers/temp-dir';

export function benchTempDir(prefix: string): string {
  return tempDir(prefix);
}
