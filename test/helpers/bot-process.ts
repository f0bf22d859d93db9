import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface BotProcess {
  readonly child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  /** The bot's JSON log lines so far, parsed. */
  events(): Record<string, any>[];
  /** What the process wrote to stderr so far. */
  stderr(): string;
}

/** True when GET /healthz answers 200 on loopback. */
export async function answers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  } catch {
    return false;
  }
}

/**
 * The real bot (bot/index.ts) as a child process on loopback, on the embedded store in `dataDir`,
 * started the way `npm start` starts it (from source, or `built` from lib/); `preload` modules are required first (`node -r`).
 */
export async function startBotProcess(port: number, dataDir: string, env: Record<string, string> = {}, preload: string[] = [], options: { built?: boolean } = {}): Promise<BotProcess> {
  const lines: string[] = [];
  let stderr = '';
  // Built: `node lib/bot/index.js` exactly as `npm start` and App Service run it (no ts-node).
  const runner = options.built ? [] : ['-r', 'ts-node/register/transpile-only'];
  const entry = options.built ? join(ROOT, 'lib', 'bot', 'index.js') : join(ROOT, 'bot', 'index.ts');
  const child = spawn(process.execPath, [...runner, ...preload.flatMap((p) => ['-r', p]), entry], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const bot: BotProcess = { child, exited, events: () => lines.map((l) => JSON.parse(l)), stderr: () => stderr };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}: ${stderr}`);
    if (await answers(port)) return bot;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error('the bot did not start');
}
