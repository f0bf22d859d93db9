/**
 * Temporary folders for tests, bench runs and scripts, removed when they are done with: a test run
 * leaves nothing behind in the OS temp directory (some of these folders hold learner-like records).
 *
 * tempDir(prefix) makes a folder under os.tmpdir() and records it. Recorded folders are removed
 *  - at the end of a mocha run, by the root hook in ./temp-dir-hooks.ts (.mocharc.json requires it):
 *    after every suite's own after hooks, so after the bots and workers the tests started are stopped;
 *  - when the process exits (a backstop for scripts, bench runs and mocha without the hook), and when it
 *    is ended by SIGINT, SIGTERM or SIGHUP with nothing else listening for that signal (the signal is
 *    then raised again, so the process still ends as it would have).
 * A test that is done with its folder earlier may remove it itself with removeTempDir(dir).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

function remove(dir: string): void {
  try {
    // Retries: a child process that has just exited may still be closing files in it.
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch (error) {
    process.stderr.write(`could not remove the temporary folder ${dir}: ${(error as Error).message}\n`);
  }
  made.delete(dir);
}

/** Removes every folder tempDir has made in this process and not yet removed. */
export function removeTempDirs(): void {
  for (const dir of [...made]) remove(dir);
}

/** Removes one folder tempDir made, now (a test done with it; a later removal is then a no-op). */
export function removeTempDir(dir: string): void {
  remove(dir);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeTempDirs);
  for (const signal of SIGNALS) {
    const onSignal = () => {
      // Someone else handles this signal (and decides whether to exit; 'exit' then cleans up).
      if (process.listenerCount(signal) > 1) return;
      removeTempDirs();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/** A new empty folder under the OS temp directory, named `prefix` + six random characters. */
export function tempDir(prefix: string): string {
  install();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}
