import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../helpers/ports';
import { personalMessage } from '../helpers/activities';
import { cardTexts } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { tempDir } from '../helpers/temp-dir';

const ROOT = join(__dirname, '..', '..');


/** The real bot process (bot/index.ts), on the embedded store in `dataDir`. */
async function startBot(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(ROOT, 'bot', 'index.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}`);
    try {
      const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { store: string };
      expect(health.store).to.equal('sqlite');
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('the bot did not start');
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

describe('http: restarting the bot on the embedded store', function () {
  this.timeout(120_000);
  let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
  let bot: ChildProcess | undefined;
  before(async () => {
    connector = await startRecordingConnector();
  });
  after(async () => {
    if (bot && bot.exitCode === null) await stop(bot, 'SIGTERM');
    await connector.close();
  });

  const post = (port: number, text: string) =>
    fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage(text, { serviceUrl: connector.url, userId: '29:restart' })),
    });

  const lastReplyText = () => {
    const last = connector.activities().at(-1);
    return [last?.text ?? '', ...cardTexts(last?.attachments?.[0]?.content)].join('\n');
  };

  // The learner's record is written before each reply, so a crash loses none of it. Learning events
  // are written in batches just after the reply, so a crash can lose the last few milliseconds of
  // them; a clean stop writes them all.
  it('finds the learner\'s record intact after a crash, and record and events after a clean stop', async () => {
    const port = await freePort();
    const dataDir = tempDir('hali-restart-');

    bot = await startBot(port, dataDir);
    expect((await post(port, 'Cymraeg')).status).to.equal(200);
    expect(lastReplyText()).to.match(/^Byddaf yn siarad Cymraeg/);

    await stop(bot, 'SIGKILL');
    bot = await startBot(port, dataDir);
    expect((await post(port, 'hi')).status).to.equal(200);
    expect(lastReplyText()).to.include('Croeso i HALI');
    expect((await post(port, 'Beth yw gogwydd awtomeiddio?')).status).to.equal(200);
    expect(lastReplyText()).to.include('Gogwydd awtomeiddio');

    await stop(bot, 'SIGTERM');
    bot = await startBot(port, dataDir);
    await post(port, 'fy nata');
    const exported = JSON.parse(
      connector
        .activities()
        .slice(-1)[0]
        .text.replace(/^```json\n/, '')
        .replace(/\n```$/, ''),
    );
    const record = exported.documents.find((d: { id: string }) => d.id === 'record').value;
    expect(record.language).to.equal('cy');
    expect(exported.documents.filter((d: { value: { type?: string } }) => d.value.type === 'question.answered')).to.have.length(1);
  });
});
