/**
 * The outbox sender in its own worker thread, so sending (HTTP, JSON, the settling writes) never
 * takes the turns' event loop. It opens its own connection to the store the turns write to (a
 * second SQLite connection on the WAL file, or its own Cosmos DB client) and runs the same
 * OutboxSender as the inline mode: same lease, batches, backoff, ids and ETag-checked settling.
 * The main thread decides when to run (its schedule and clock); this thread only answers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createLogger, type Logger } from '../log';
import { servedMentors } from '../content/served';
import { loadMentors } from '../mentors/load';
import type { Mentor } from '../mentors/types';
import type { DocumentStore } from '../store/documents';
import { packageVersion, projectRoot } from '../paths';
import { createStores } from '../stores';
import { startTelemetry } from '../telemetry/start';
import { TracedDocumentStore } from '../telemetry/store';
import type { Telemetry } from '../telemetry/telemetry';
import { createVivaEngine } from '../viva';
import { VivaSink } from '../viva/sink';
import { createReportingEngine, reportingRules, type ReportingEngine } from './index';
import type { RecordSink } from './sink';
import type { FromSender, SenderThreadSetup, ServedContent, StoreLocation, ToSender } from './thread-protocol';
import { XapiSink } from './xapi-sink';

const setup = workerData as SenderThreadSetup;
const port = parentPort!;
const post = (message: FromSender) => port.postMessage(message);

/**
 * The main thread's clock (tests move it; production's is the wall clock), from the setup and then
 * from each run. Never the worker's own wall clock: the store judges expiry by it, and a lease
 * another instance holds must not look expired here.
 */
let offsetMs = setup.clockOffsetMs;
const clock = () => new Date(Date.now() + offsetMs);

/** Lines in the project's format, written by the main thread's logger (one stdout, one format). */
const log: Logger = createLogger({
  level: setup.config.logLevel,
  write: (line) => {
    const { level, event, time: _time, ...fields } = JSON.parse(line) as Record<string, unknown>;
    post({ type: 'log', level: level as 'info', event: String(event), fields });
  },
});

/**
 * The content statements are worded in: what the main thread serves. Until it sends review verdicts
 * (an ungoverned faculty never does) that is everything loaded; after, only what those verdicts
 * allow, built by the same function as the main thread's governed faculty.
 */
let onDisk: readonly Mentor[] = [];
let served: readonly Mentor[] = [];
function serve(content: ServedContent): void {
  served = servedMentors(onDisk, new Map(content.verdicts), setup.config.serveDraftContent);
  log.info('outbox.worker_content', { lessons: served.reduce((n, m) => n + m.lessons.length, 0), onDisk: onDisk.reduce((n, m) => n + m.lessons.length, 0) });
}

async function open(location: StoreLocation): Promise<DocumentStore> {
  if (location.kind === 'cosmos') {
    const { CosmosDocumentStore } = await import('../store/cosmos');
    return CosmosDocumentStore.connect(location);
  }
  const { SqliteDocumentStore } = await import('../store/sqlite');
  // Expired documents are purged by the main thread's connection, never by this one (not even at open).
  return new SqliteDocumentStore({ file: location.file, clock, purgeEveryMs: 0, purgeAtOpen: false });
}

async function start(): Promise<{ engine: ReportingEngine; documents: DocumentStore; telemetry: Telemetry }> {
  const { config } = setup;
  onDisk = served = loadMentors(setup.mentorsDir);
  // This thread's own exporter (an SDK registers per thread), so its store calls are traced as the main thread's are.
  const telemetry = await startTelemetry(config, packageVersion(projectRoot()));
  const documents = new TracedDocumentStore(await open(setup.store), telemetry);
  const mentors = () => served;
  const stores = createStores(documents, config, clock, { learnerRules: reportingRules(mentors, config) });
  const sinks: RecordSink[] = [];
  if (config.reporting.xapi) sinks.push(new XapiSink(config.reporting.xapi, log.child({ component: 'xapi' }), setup.sinkTimeoutMs));
  if (config.reporting.viva) {
    const viva = createVivaEngine(config.reporting.viva, { mentors: served, learners: stores.learners, log, clock });
    sinks.push(new VivaSink(viva.graph, config.reporting.viva.providerId, log.child({ component: 'viva' }), clock));
  }
  const engine = createReportingEngine({ stores, config, sinks, clock, log, backoff: setup.backoff, instanceId: setup.instanceId, mentors, thread: 'inline' });
  return { engine, documents, telemetry };
}

const started = start();
let stopping: Promise<void> | undefined;

port.on('message', (message: ToSender) => {
  if (message.type === 'stop') {
    stopping ??= (async () => {
      const { engine, documents, telemetry } = await started;
      await engine.stop();
      await documents.close();
      await telemetry.shutdown();
      post({ type: 'stopped' });
      port.close();
    })().catch((error: unknown) => {
      // A worker that never started has nothing to finish; it is exiting already.
      log.warn('outbox.worker_stop_failed', { error });
    });
    return;
  }
  if (stopping) return post({ type: 'report', id: message.id });
  offsetMs = message.clockOffsetMs;
  void started
    .then(({ engine }) => {
      if (message.content) serve(message.content);
      return engine.runOnce();
    })
    .then(
      (report) => post({ type: 'report', id: message.id, report }),
      (error: Error) => post({ type: 'report', id: message.id, error: { name: error.name, message: error.message } }),
    );
});

started.then(
  () => post({ type: 'ready' }),
  (error: unknown) => {
    log.error('outbox.worker_start_failed', { error });
    // An exit code the main thread treats as a crash, and restarts after a pause.
    setImmediate(() => process.exit(1));
  },
);
