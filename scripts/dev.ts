/**
 * `npm run dev`: the bot and the Microsoft 365 Agents Playground together, nothing to configure.
 * Prints the addresses to open (the playground, and the educator workspace in local mode), and
 * stops both when either stops or on Ctrl+C. The workspace's page is built first (npm run build:web).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = join(__dirname, '..');
const botPort = Number(process.env.PORT ?? 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);
const children: ChildProcess[] = [];

function say(message: string): void {
  process.stdout.write(`[dev] ${message}\n`);
}

/**
 * The playground opens a browser with xdg-open when it starts and exits if that fails, which it
 * does on a machine with no desktop. There, put a harmless opener first on its PATH (in a temporary
 * folder, removed when this process exits: stopAll and Ctrl+C end it with process.exit).
 */
function playgroundEnv(): NodeJS.ProcessEnv {
  const hasDesktop = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';
  if (hasDesktop) return process.env;
  const bin = mkdtempSync(join(tmpdir(), 'hali-opener-'));
  process.on('exit', () => {
    try {
      rmSync(bin, { recursive: true, force: true });
    } catch {
      // left for the OS to clear
    }
  });
  writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(bin, 'xdg-open'), 0o755);
  return { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The bot did not answer ${url} within ${timeoutMs / 1000} s; see its log above.`);
}

function stopAll(code: number): never {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}

async function main(): Promise<void> {
  const bot = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(root, 'bot', 'index.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(botPort) },
    stdio: 'inherit',
  });
  children.push(bot);
  bot.on('exit', (code) => {
    say(`the bot stopped (exit ${code ?? 'signal'}).`);
    stopAll(code ?? 1);
  });
  await waitForHealth(`http://127.0.0.1:${botPort}/healthz`, 60_000);
  say(`Educator workspace (local mode, signed in as a local educator with both roles): http://localhost:${botPort}/educator`);

  const cli = join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const args = ['start', '--app-endpoint', `http://127.0.0.1:${botPort}/api/messages`, '--channel-id', 'msteams', '--port', String(playgroundPort), '--disable-telemetry'];
  const playground = spawn(process.execPath, [cli, ...args], { cwd: root, env: playgroundEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(playground);
  playground.stdout!.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    const listening = /Listening on (\d+)/.exec(text);
    if (listening) {
      say(`HALI is running. Open http://localhost:${listening[1]} in your browser to chat with HALI in the Microsoft 365 Agents Playground.`);
      say('Try "hi", then ask "What is a large language model?". Press Ctrl+C to stop.');
    }
  });
  playground.on('exit', (code) => {
    say(`the playground stopped (exit ${code ?? 'signal'}).`);
    stopAll(code ?? 1);
  });
}

process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));
main().catch((error: Error) => {
  say(error.message);
  stopAll(1);
});
