import { expect } from 'chai';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personalMessage, TENANT } from '../helpers/activities';
import { startIngestionStandIn } from '../helpers/app-insights';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startRecordingConnector } from '../helpers/connector';
import { freePort } from '../helpers/ports';

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
      mkdtempSync(join(tmpdir(), 'hali-insights-')),
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
});
