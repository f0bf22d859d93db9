/**
 * Mocha root hook plugin (.mocharc.json "require"): removes the temporary folders the run's tests made
 * with tempDir() once every suite has finished, so a test run leaves nothing behind in the OS temp
 * directory. Root afterAll runs after every suite's own after hooks, when the bots and workers the
 * tests started have been stopped. The process 'exit' handler in ./temp-dir.ts is the backstop.
 */
import { removeTempDirs } from './temp-dir';

export const mochaHooks = {
  afterAll(): void {
    removeTempDirs();
  },
};
