import { expect } from 'chai';
import { AggregationTemporality, MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Verbs } from '../../cards/verbs';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { createMentorModel } from '../../bot/models/models';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { startTelemetry } from '../../bot/telemetry/start';
import { TracedDocumentStore } from '../../bot/telemetry/store';
import { createTelemetry, type Telemetry } from '../../bot/telemetry/telemetry';
import { cardExecute, personalMessage, TENANT } from '../helpers/activities';
import { testApp } from '../helpers/app';
import { startTestServer } from '../helpers/server';
import { startOpenAIStandIn } from '../helpers/openai-stand-in';

/** Collects metrics on demand, in memory. */
class InMemoryReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

function inMemoryTelemetry() {
  const spans = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const reader = new InMemoryReader();
  const meterProvider = new MeterProvider({ readers: [reader] });
  const telemetry = createTelemetry({ tracer: tracerProvider.getTracer('hali'), meter: meterProvider.getMeter('hali'), exporter: 'custom' });
  const metrics = async () => {
    const { resourceMetrics } = await reader.collect();
    return resourceMetrics;
  };
  return { telemetry, spans: () => spans.getFinishedSpans(), metrics, close: () => Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]) };
}

/** Every metric point as name + attributes + value. */
function points(resourceMetrics: ResourceMetrics): { name: string; attributes: Record<string, unknown>; value: unknown }[] {
  return resourceMetrics.scopeMetrics.flatMap((scope) =>
    scope.metrics.flatMap((metric) => metric.dataPoints.map((p) => ({ name: metric.descriptor.name, attributes: p.attributes as Record<string, unknown>, value: p.value }))),
  );
}

const span = (spans: ReadableSpan[], name: string) => spans.filter((s) => s.name === name);

describe('telemetry: traces and metrics for turns, model calls, store calls and nudge runs', function () {
  this.timeout(20_000);
  const MARKER = 'ZEBRA-MARKER-4471';
  const NHS = '999 000 0018';
  const USER = '29:telemetry-user';
  const AAD = 'aad-telemetry-4b1d';
  const CONVERSATION = 'a:telemetry-conversation-77';
  let standIn: Awaited<ReturnType<typeof startOpenAIStandIn>>;
  let t: ReturnType<typeof inMemoryTelemetry>;
  beforeEach(async () => {
    standIn = await startOpenAIStandIn({ kind: 'answer', content: () => `Here is an answer that repeats ${MARKER} [1].` });
    t = inMemoryTelemetry();
  });
  afterEach(async () => {
    await standIn.close();
    await t.close();
  });

  async function appWith(telemetry: Telemetry) {
    const env = { NODE_ENV: 'test', OPENAI_API_KEY: 'test-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl };
    const model = await createMentorModel(loadConfig(env), createLogger({ level: 'silent' }));
    const documents = new TracedDocumentStore(new SqliteDocumentStore({ file: ':memory:', purgeEveryMs: 0 }), telemetry);
    return testApp({ env, model, documents, telemetry });
  }

  it('records a turn, its model call (tokens) and its store calls, by kind and outcome', async () => {
    const { send } = await appWith(t.telemetry);
    const replies = await send(personalMessage(`What is a large language model? ${MARKER} my NHS number is ${NHS}`, { userId: USER, aadObjectId: AAD, conversationId: CONVERSATION }));
    expect(replies.length).to.be.greaterThan(0);
    const spans = t.spans();

    const [turn] = span(spans, 'hali.turn');
    expect(turn.attributes).to.deep.equal({ 'hali.activity.type': 'message', 'hali.conversation.type': 'personal', 'hali.turn.outcome': 'ok' });
    const [model] = span(spans, 'hali.model');
    expect(model.attributes).to.include({ 'hali.model.kind': 'openai', 'hali.model.answered_by': 'model', 'hali.model.status': 'success' });
    expect(model.attributes['hali.model.tokens']).to.be.a('number').greaterThan(0);
    const [learnerRead] = span(spans, 'hali.store.read').filter((s) => s.attributes['hali.store.container'] === 'learners');
    expect(learnerRead.attributes).to.deep.equal({ 'db.system': 'sqlite', 'hali.store.container': 'learners', 'hali.store.operation': 'read', 'hali.store.outcome': 'miss' });
    expect(span(spans, 'hali.store.create').map((s) => s.attributes['hali.store.container'])).to.include('markers');

    const metrics = points(await t.metrics());
    const names = new Set(metrics.map((p) => p.name));
    for (const name of ['hali.turns', 'hali.turn.duration', 'hali.model.calls', 'hali.model.duration', 'hali.model.tokens', 'hali.store.operations', 'hali.store.duration']) {
      expect(names, name).to.include(name);
    }
    const turns = metrics.find((p) => p.name === 'hali.turns')!;
    expect(turns).to.deep.include({ attributes: { 'hali.activity.type': 'message', 'hali.conversation.type': 'personal', 'hali.turn.outcome': 'ok' }, value: 1 });
    expect(metrics.find((p) => p.name === 'hali.model.tokens')!.value).to.equal(model.attributes['hali.model.tokens']);
  });

  it('records the offline mentor when the model fails, and a card action by its invoke name', async () => {
    standIn.set({ kind: 'status', status: 500 });
    const { send } = await appWith(t.telemetry);
    await send(personalMessage('What is a large language model?'));
    await send(cardExecute(Verbs.setLanguage, { language: 'cy' }));
    const spans = t.spans();
    expect(span(spans, 'hali.model')[0].attributes).to.include({ 'hali.model.answered_by': 'offline', 'hali.model.tokens': 0 });
    expect(span(spans, 'hali.turn').map((s) => s.attributes['hali.invoke.name'])).to.deep.equal([undefined, 'adaptiveCard/action']);
  });

  it('puts no message text, names, user, conversation or tenant ids, or NHS numbers in any span or metric', async () => {
    const { send } = await appWith(t.telemetry);
    const options = { userId: USER, aadObjectId: AAD, conversationId: CONVERSATION };
    await send(personalMessage(`Tell me about bias ${MARKER}. Patient ${NHS}, Sam Nurse`, options));
    await send(personalMessage('my data', options));
    await send(cardExecute(Verbs.setLanguage, { language: 'cy', note: MARKER }, options));
    t.telemetry.nudgeRun({ claimed: 3, sent: 2, skipped: 0, unreachable: 1, failed: 0, ms: 40 });
    const spans = t.spans();
    expect(spans.length).to.be.greaterThan(10);
    const recorded = JSON.stringify({
      spans: spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status })),
      metrics: points(await t.metrics()).map((p) => ({ name: p.name, attributes: p.attributes })),
    });
    const forbidden = [MARKER, NHS, NHS.replace(/ /g, ''), USER, AAD, CONVERSATION, TENANT, 'Sam Nurse', 'bias', 'large language'];
    for (const value of forbidden) expect(recorded, `telemetry holds "${value}"`).to.not.include(value);
  });

  it('records a nudge run with its counts, and marks it failed when sends failed', async () => {
    t.telemetry.nudgeRun({ claimed: 5, sent: 3, skipped: 1, unreachable: 0, failed: 1, ms: 120 });
    const [run] = span(t.spans(), 'hali.nudge.run');
    expect(run.attributes).to.deep.equal({ 'hali.nudge.claimed': 5, 'hali.nudge.sent': 3, 'hali.nudge.skipped': 1, 'hali.nudge.unreachable': 0, 'hali.nudge.failed': 1, 'hali.nudge.ms': 120 });
    expect(run.status.code).to.equal(2);
    const nudges = points(await t.metrics()).filter((p) => p.name === 'hali.nudges');
    expect(nudges.map((p) => [p.attributes['hali.nudge.outcome'], p.value])).to.have.deep.members([['sent', 3], ['skipped', 1], ['failed', 1]]);
  });

  it('records every sweep the nudge engine runs', async () => {
    const key = 'telemetry-nudge-key-0123456789';
    const bot = await startTestServer({ env: { NUDGE_TRIGGER_KEY: key }, telemetry: t.telemetry });
    try {
      expect((await bot.runNudges(key)).status).to.equal(200);
    } finally {
      await bot.close();
    }
    const [run] = span(t.spans(), 'hali.nudge.run');
    expect(run.attributes).to.include({ 'hali.nudge.claimed': 0, 'hali.nudge.sent': 0, 'hali.nudge.failed': 0 });
  });

  it('traced() marks a failure by error type only, never its message, and rethrows', async () => {
    const failing = t.telemetry.traced('hali.example', { 'hali.step': 'one' }, async () => {
      throw new TypeError(`broken for ${MARKER}`);
    });
    await failing.then(
      () => expect.fail('should reject'),
      (error: Error) => expect(error.message).to.include(MARKER),
    );
    const [example] = span(t.spans(), 'hali.example');
    expect(example.attributes).to.deep.equal({ 'hali.step': 'one', 'error.type': 'TypeError' });
    expect(example.status.code).to.equal(2);
    expect(JSON.stringify(example.events)).to.not.include(MARKER);
  });

  it('configures no exporter without APPLICATIONINSIGHTS_CONNECTION_STRING: nothing is recorded', async () => {
    const telemetry = await startTelemetry(loadConfig({ NODE_ENV: 'test' }));
    expect(telemetry.exporter).to.equal('none');
    expect(await telemetry.traced('hali.example', {}, async (handle) => handle.isRecording())).to.equal(false);
    await telemetry.shutdown();
  });
});
