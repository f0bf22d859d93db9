import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort } from './ports';
import { tempDir } from './temp-dir';

const ROOT = join(__dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(ROOT, 'test-results');

/** Starts `npm run dev` in its own process group and resolves with the address it tells the user to open. */
function startDev(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn('npm', ['run', 'dev'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run dev printed no address within 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm run dev exited (${code}) before it was ready:\n${output}`)));
  });
}

/** Debian's Chromium, headless, as every browser suite runs it: no sandbox (CI runs as root), no GPU, no calls home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Says so and returns false when Debian's Chromium is not installed (the suite then skips). */
export function chromiumInstalled(): boolean {
  if (existsSync(CHROMIUM)) return true;
  process.stdout.write(`      Chromium is not installed at ${CHROMIUM}: this suite is skipped. Install it with "apt-get install chromium" (.ci/run does).\n`);
  return false;
}

/**
 * `npm run dev` as a newcomer runs it (fresh data folder, no desktop, free ports, `env` added to the
 * environment) and the Agents Playground it serves, open in headless Chromium.
 */
export async function openPlayground(env: NodeJS.ProcessEnv = {}) {
  const [botPort, playgroundPort] = [await freePort(), await freePort()];
  const dataDir = tempDir('hali-e2e-');
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(botPort), PLAYGROUND_PORT: String(playgroundPort), LOG_LEVEL: 'info', DATA_DIR: dataDir, ...env };
  delete fullEnv.DISPLAY;
  delete fullEnv.WAYLAND_DISPLAY;
  const dev = await startDev(fullEnv);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(dev.url);
    return {
      page,
      botPort,
      /** Everything `npm run dev` has printed so far. */
      output: dev.output,
      /** Types a message into the chat box and sends it. */
      async send(text: string) {
        const box = page.getByRole('textbox').last();
        await box.click();
        await box.fill(text);
        await page.keyboard.press('Enter');
      },
      /** Keeps a screenshot of the chat as it is now in test-results/ (a fix checked on screen). */
      async shot(name: string) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
      },
      /** Keeps a screenshot in test-results/, closes the browser and stops `npm run dev`. */
      async close(screenshot: string) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, screenshot), fullPage: true }).catch(() => undefined);
        await browser?.close();
        await stopDev(dev.child);
      },
    };
  } catch (error) {
    await browser?.close();
    await stopDev(dev.child);
    throw error;
  }
}

/**
 * Stops `npm run dev` and waits (up to 15 s) until its whole process group, the bot included, has
 * ended: the bot writes to the data folder while it shuts down, and the folder is removed after the run.
 */
async function stopDev(child: ChildProcess): Promise<void> {
  if (!child.pid) return;
  const group = -child.pid;
  try {
    process.kill(group, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      process.kill(group, 0);
    } catch {
      return; // no process of the group is left
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `check` holds, polling, or fails naming `what`. */
export async function expectEventually(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
