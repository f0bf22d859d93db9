import { join } from 'node:path';
import { assembleBot } from './assemble';
import { ConfigError, loadConfig, readEnvFiles } from './config';
import { createLogger, routeLibraryConsole } from './log';
import { loadMentors } from './mentors/load';
import { createMentorModel } from './models/models';
import { packageVersion, projectRoot } from './paths';
import { listen } from './server';
import { createShutdown } from './shutdown';
import { createReportingEngine, reportingRules, senderThreadFor } from './reporting';
import { storeLocationOf } from './reporting/worker-engine';
import { reportingSinks } from './reporting/sinks';
import { createVivaEngine } from './viva';
import { createStores } from './stores';
import { openDocumentStore } from './store';
import { startTelemetry } from './telemetry/start';
import { TracedDocumentStore } from './telemetry/store';
import { boundedByTurn } from './store/turn-budget';
import { preparePatientChecks } from './safety/patient-specific';
import { prepareRedaction } from './safety/redact';
import { createGovernance, createWorkspace } from './educator/workspace';

/** How often an instance re-reads review decisions made on other instances. */
const GOVERNANCE_REFRESH_MS = 60_000;

async function main(): Promise<void> {
  const root = projectRoot();
  const config = loadConfig(readEnvFiles(join(root, 'env')));
  const log = createLogger({ level: config.logLevel });
  routeLibraryConsole(log);
  const telemetry = await startTelemetry(config, packageVersion(root));
  log.info('telemetry.started', { exporter: telemetry.exporter });
  if (config.localMode) {
    log.warn('auth.local_mode', {
      message: 'LOCAL MODE: BOT_ID is not set, so inbound requests are NOT authenticated. Listening on 127.0.0.1 only; use this only on your own machine.',
    });
  }
  const mentorsDir = join(root, 'mentors');
  const started = Date.now();
  const mentors = loadMentors(mentorsDir);
  // Redaction's word lists and the one-patient checks' patterns and model load now, not on the first learner's message (a
  // broken model file stops start-up here, naming the file and `npm run train:one-patient`).
  prepareRedaction();
  preparePatientChecks();
  const clock = () => new Date();
  // Inside a turn, store operations end in time for the turn to answer (store/turn-budget.ts).
  const documents = boundedByTurn(new TracedDocumentStore(await openDocumentStore(config, clock), telemetry));
  // The outbox rule words learning in the content learners are served (read when a learner is saved).
  const served = { mentors: () => governance.faculty.mentors };
  const stores = createStores(documents, config, clock, {
    onEventError: (error, count) => log.error('events.write_failed', { count, error }),
    // Counts only (mentor and month in the scope, role and language in the cell): what the cohort views now lack.
    onAggregateGiveUp: (error, lost) => log.error('analytics.aggregate_write_gave_up', { ...lost, error }),
    learnerRules: reportingRules(() => served.mentors(), config),
  });
  // Learners are served what the review decisions allow (only approved content in production).
  const governance = createGovernance(mentors, stores, config);
  await governance.refresh();
  const faculty = governance.faculty;
  log.info('content.loaded', {
    mentors: faculty.mentors.map((m) => ({ id: m.id, explainers: m.explainers.length, lessons: m.lessons.length, quizItems: m.quiz.length, cases: m.cases.length })),
    drafts: config.serveDraftContent ? 'served' : 'withheld',
    indexDocuments: faculty.retriever.documentCount,
    indexBytes: faculty.retriever.sizeBytes(),
    ms: Date.now() - started,
  });
  const model = await createMentorModel(config, log);
  const deps = { config, log, stores, faculty, mentorsDir, model, clock, telemetry };
  const educator = createWorkspace({ config, stores, governance, mentorsDir, root, clock });
  const { server, nudges } = assembleBot(deps, { version: packageVersion(root), educator });
  // Without authentication, only this machine may reach the bot.
  const host = config.localMode ? '127.0.0.1' : undefined;
  const port = await listen(server, config.port, host);
  log.info('server.listening', {
    host: host ?? 'all interfaces', port, messages: `http://localhost:${port}/api/messages`, educator: `http://localhost:${port}/educator`, mentors: faculty.mentors.length, store: documents.kind });
  const refreshTimer = setInterval(() => void governance.refresh().catch((error: unknown) => log.warn('content.refresh_failed', { error })), GOVERNANCE_REFRESH_MS);
  refreshTimer.unref();
  if (config.nudges.scheduler) nudges.startSchedule();
  const viva = config.reporting.viva ? createVivaEngine(config.reporting.viva, { mentors: faculty.mentors, learners: stores.learners, log, clock }) : undefined;
  // The sender runs on the turns' event loop unless REPORTING_SENDER_THREAD=worker (a thread with its own store connection).
  const store = storeLocationOf(config);
  const reporting = createReportingEngine({
    stores, config, sinks: reportingSinks(config, log, viva), clock, log,
    // Statements are worded in the content learners are served now (review decisions change it), in either thread.
    mentors: () => faculty.mentors, content: () => faculty.served,
    thread: senderThreadFor(config, store), worker: { store, mentorsDir },
  });
  if (config.reporting.sender) {
    reporting.startSchedule();
    viva?.startSchedule();
  }

  // In-flight turns may wait on a model for up to MODEL_TIMEOUT_MS; they finish before the store closes.
  const shutdown = createShutdown({
    server,
    log,
    graceMs: config.modelTimeoutMs + 3000,
    // No new nudge sweeps; sends in flight finish and record their outcome before the store closes.
    before: [
      { name: 'nudges', run: () => nudges.stop() },
      { name: 'learning records', run: () => (viva?.stop(), reporting.stop()) },
      { name: 'content refresh', run: async () => clearInterval(refreshTimer) },
    ],
    after: [
      { name: 'learning events', run: () => stores.events.flush() },
      { name: 'cohort aggregates', run: () => stores.aggregates.flush() },
      { name: 'telemetry', run: () => telemetry.shutdown() },
      { name: 'store', run: () => documents.close() },
    ],
  });
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const problems = error instanceof ConfigError ? error.problems : undefined;
  process.stderr.write(
    JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'startup.failed', message: (error as Error).message, problems }) + '\n',
  );
  process.exit(1);
});
