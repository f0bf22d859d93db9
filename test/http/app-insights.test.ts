import { expect } from 'chai';
import { join } from 'node:path';
import { Verbs } from '../../cards/verbs';
import { cardSubmit, personalMessage, TENANT } from '../helpers/activities';
import { realFaculty } from '../helpers/app';
import { startIngestionStandIn } from '../helpers/app-insights';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startRecordingConnector } from '../helpers/connector';
import { startLrs } from '../helpers/lrs-stand-in';
import { freePort } from '../helpers/ports';
import { tempDir } from '../helpers/temp-dir';

const LOOPBACK_ONLY = join(__dirname, '..', 'helpers', 'loopback-only.ts');

describe('http: telemetry exported to Application Insights (a stand-in ingestion endpoint on loopback)', function () {
  this.timeout(120_000);
  const MARKER = 'QUOKKA-MARKER-9931';
  const NHS = '999 000 0018';
  const USER = '29:insights-user';
  const AAD = 'aad-insights-77c1';
  const CONVERSATION = 'a:insights-conversation-42';
  let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
  let ingestion: Awaited<ReturnType<typeof startIngestionStandIn>>;
  let bot: BotProcess | undefined;
  before(async () => {
    connector = await startRecordingConnector();
    ingestion = await startIngestionStandIn();
  });
  after(async () => {
    if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await ingestion.close();
    await connector.close();
  });

  it('sends turn and store spans and HALI\'s metrics when the connection string is set, with no text or identifiers', async () => {
    const port = await freePort();
    bot = await startBotProcess(
      port,
      tempDir('hali-insights-'),
      {
        APPLICATIONINSIGHTS_CONNECTION_STRING: ingestion.connectionString,
        APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
        // The stand-in's certificate is self-signed; this child process talks only to loopback.
        NODE_TLS_REJECT_UNAUTHORIZED: '0',
      },
      [LOOPBACK_ONLY],
    );
    expect(bot.events().find((e) => e.event === 'telemetry.started')).to.include({ exporter: 'azure-monitor' });
    const options = { serviceUrl: connector.url, userId: USER, aadObjectId: AAD, conversationId: CONVERSATION };
    for (const text of [`What is automation bias? ${MARKER} patient ${NHS}, Sam Nurse`, 'progress']) {
      const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(text, options)) });
      expect(res.status).to.equal(200);
    }
    // A clean stop flushes spans and metrics.
    bot.child.kill('SIGTERM');
    expect(await bot.exited).to.equal(0);

    const envelopes = ingestion.envelopes();
    const names = envelopes.map((e) => e.data?.baseData?.name).filter(Boolean);
    expect(names.filter((n) => n === 'hali.turn')).to.have.length(2);
    expect(names).to.include('hali.store.read');
    const metrics = envelopes.filter((e) => e.data?.baseType === 'MetricData').flatMap((e) => e.data!.baseData!.metrics.map((m: { name: string }) => m.name));
    expect(metrics).to.include.members(['hali.turns', 'hali.turn.duration', 'hali.store.operations']);

    const raw = ingestion.raw();
    for (const value of [MARKER, NHS, NHS.replace(/ /g, ''), USER, AAD, CONVERSATION, TENANT, 'Sam Nurse', 'automation bias']) {
      expect(raw, `Application Insights received "${value}"`).to.not.include(value);
    }
    // Only cloud metadata probes were refused: nothing else tried to leave the machine.
    const refused = [...bot.stderr().matchAll(/loopback-only: refused (\S+)/g)].map((m) => m[1]);
    expect(refused.filter((host) => host !== '169.254.169.254')).to.deep.equal([]);
  });

  it('traces the store calls of the outbox sender\'s worker thread too (REPORTING_SENDER_THREAD=worker)', async () => {
    const lrs = await startLrs();
    try {
      const before = ingestion.envelopes().length;
      const port = await freePort();
      bot = await startBotProcess(
        port,
        tempDir('hali-insights-worker-'),
        {
          APPLICATIONINSIGHTS_CONNECTION_STRING: ingestion.connectionString,
          APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
          NODE_TLS_REJECT_UNAUTHORIZED: '0',
          XAPI_ENDPOINT: lrs.url,
          REPORTING_SENDER: 'true',
          REPORTING_SENDER_THREAD: 'worker',
        },
        [LOOPBACK_ONLY],
      );
      const lessonId = realFaculty().get('hali')!.lessons[0].id;
      // The lesson is sent first: a Done for a card never sent counts for nothing.
      const lesson = personalMessage('lesson', { serviceUrl: connector.url, userId: USER, aadObjectId: AAD, conversationId: CONVERSATION });
      await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(lesson) });
      const done = cardSubmit({ verb: Verbs.lessonDone, mentorId: 'hali', lessonId }, { serviceUrl: connector.url, userId: USER, aadObjectId: AAD, conversationId: CONVERSATION });
      const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(done) });
      expect(res.status).to.equal(200);
      for (let i = 0; i < 600 && lrs.stored.size === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(lrs.stored.size, 'the worker sent the statements').to.be.greaterThan(0);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).to.equal(0);
      const spans = ingestion.envelopes().slice(before).filter((e) => e.data?.baseType === 'RemoteDependencyData');
      // Only the sender reads the outbox index (findToSend), and in worker mode only the worker sends.
      const outboxReads = spans.filter((e) => e.data!.baseData!.name === 'hali.store.findToSend');
      expect(outboxReads.length).to.be.greaterThan(0);
      expect(outboxReads[0].data!.baseData!.properties).to.include({ 'hali.store.container': 'learners', 'hali.store.operation': 'findToSend' });
      const raw = ingestion.raw();
      for (const value of [USER, AAD, CONVERSATION, ...lrs.stored.keys()]) expect(raw, `Application Insights received "${value}"`).to.not.include(value);
    } finally {
      await lrs.close();
    }
  });
});
