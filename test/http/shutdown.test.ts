import { expect } from 'chai';
import { join } from 'node:path';
import { Verbs } from '../../cards/verbs';
import { cardSubmit, personalMessage } from '../helpers/activities';
import { answers, startBotProcess as startBot, type BotProcess } from '../helpers/bot-process';
import { cardTexts, realFaculty } from '../helpers/app';
import { startLrs } from '../helpers/lrs-stand-in';
import { startRecordingConnector } from '../helpers/connector';
import { startOpenAIStandIn } from '../helpers/openai-stand-in';
import { freePort } from '../helpers/ports';
import { tempDir } from '../helpers/temp-dir';

describe('http: graceful shutdown of the real bot', function () {
  this.timeout(120_000);
  let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
  let model: Awaited<ReturnType<typeof startOpenAIStandIn>>;
  let bot: BotProcess | undefined;
  before(async () => {
    connector = await startRecordingConnector();
    // The model takes 2 s to answer, so the turn is still running when the signal arrives.
    model = await startOpenAIStandIn({ kind: 'hang', ms: 2000 });
  });
  after(async () => {
    if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await model.close();
    await connector.close();
  });

  it('on SIGTERM stops accepting, finishes the turn in flight, writes its learning event and exits 0', async () => {
    const port = await freePort();
    const dataDir = tempDir('hali-shutdown-');
    bot = await startBot(port, dataDir, { OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: model.openaiBaseUrl });
    const activity = personalMessage('What is a large language model?', { serviceUrl: connector.url, userId: '29:shutdown' });
    const inFlight = fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });

    for (let i = 0; i < 200 && model.requests.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(model.requests, 'the turn reached the model').to.have.length(1);
    bot.child.kill('SIGTERM');

    let refused = false;
    for (let i = 0; i < 40 && !refused; i++) {
      refused = !(await answers(port));
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(refused, 'new connections are refused while the turn finishes').to.equal(true);

    const res = await inFlight;
    expect(res.status).to.equal(200);
    const reply = connector.activities().find((a) => a.replyToId === activity.id);
    expect([reply?.text ?? '', ...cardTexts(reply?.attachments?.[0]?.content)].join('\n')).to.include('late answer');
    expect(await bot.exited).to.equal(0);
    const stopped = bot.events().find((e) => e.event === 'server.stopped');
    expect(stopped, 'logs server.stopped').to.include({ signal: 'SIGTERM', drained: true });

    // The learning event of the finished turn was written before the store closed.
    bot = await startBot(port, dataDir);
    await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage('my data', { serviceUrl: connector.url, userId: '29:shutdown' })),
    });
    const exported = JSON.parse(connector.activities().at(-1).text.replace(/^```json\n/, '').replace(/\n```$/, ''));
    expect(exported.documents.filter((d: { value: { type?: string } }) => d.value.type === 'question.answered')).to.have.length(1);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).to.equal(0);
  });

  it('on SIGTERM the outbox sender\'s worker thread finishes the send in flight, closes its store connection and ends before the process exits 0', async () => {
    const lrs = await startLrs();
    try {
      const port = await freePort();
      const dataDir = tempDir('hali-shutdown-outbox-');
      bot = await startBot(port, dataDir, { XAPI_ENDPOINT: lrs.url, REPORTING_SENDER: 'true', REPORTING_SENDER_THREAD: 'worker' });
      const post = (activity: Record<string, unknown>) =>
        fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      const lessonId = realFaculty().get('hali')!.lessons[0].id;
      // Each learner is sent the lesson first: a Done for a card never sent counts for nothing.
      await post(personalMessage('lesson', { serviceUrl: connector.url, userId: '29:sender-stop-1' }));
      await post(cardSubmit({ verb: Verbs.lessonDone, mentorId: 'hali', lessonId }, { serviceUrl: connector.url, userId: '29:sender-stop-1' }));
      for (let i = 0; i < 600 && lrs.stored.size === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(lrs.stored.size, 'the worker sent the first learner\'s statements').to.be.greaterThan(0);
      const first = lrs.stored.size;

      // The next send is slow: SIGTERM arrives while the worker waits on the LRS.
      lrs.delayMs = 1500;
      await post(personalMessage('lesson', { serviceUrl: connector.url, userId: '29:sender-stop-2' }));
      const requests = lrs.counts.requests;
      await post(cardSubmit({ verb: Verbs.lessonDone, mentorId: 'hali', lessonId }, { serviceUrl: connector.url, userId: '29:sender-stop-2' }));
      for (let i = 0; i < 600 && lrs.counts.requests === requests; i++) await new Promise((resolve) => setTimeout(resolve, 25));
      bot.child.kill('SIGTERM');
      expect(await bot.exited).to.equal(0);
      expect(lrs.stored.size, 'the send in flight finished').to.equal(first * 2);
      const events = bot.events().map((e) => e.event);
      expect(bot.events().find((e) => e.event === 'outbox.worker_started')).to.include({ thread: 'worker' });
      expect(events).to.include('outbox.worker_stopped');
      expect(events.indexOf('outbox.worker_stopped')).to.be.lessThan(events.indexOf('server.stopped'));
      expect(events.filter((e) => ['outbox.worker_exited', 'outbox.worker_stop_timeout', 'outbox.run_failed'].includes(e))).to.deep.equal([]);
    } finally {
      await lrs.close();
    }
  });
});
