/**
 * The bot put together from the app's deps: the Teams AI app, the Bot Framework adapter, the nudge
 * engine and the HTTP server. bot/index.ts runs exactly this, and the HTTP tests start exactly this,
 * so what the tests prove is how HALI is built. No I/O: nothing listens until `listen`.
 */
import { createAdapter } from './adapter';
import { createApp } from './app';
import type { AppDeps } from './deps';
import { TenantRateLimiter } from './nudges/limiter';
import { buildNudgeEngine } from './proactive';
import { createServer } from './server';
import { storeIsReachable } from './store';
import type { EducatorWorkspace } from './educator/types';

export interface AssembleOptions {
  /** Reported by /healthz. */
  readonly version: string;
  /** Names this instance on its nudge claims; default host, process and a random part. */
  readonly instanceId?: string;
  /** How long POST /api/nudges/run waits for its sweep before answering 202 (tests). */
  readonly nudgeWaitMs?: number;
  /** The educator workspace (GET /educator, /api/educator/*); absent, it is not served. */
  readonly educator?: EducatorWorkspace;
  /** Sends per second per tenant for replies and nudges together; default NUDGE_RATE_PER_SECOND (tests of large bursts raise it). */
  readonly tenantRatePerSecond?: number;
}

export function assembleBot(given: AppDeps, options: AssembleOptions) {
  const { config, faculty, log, model, stores } = given;
  // One pacing per tenant for everything HALI sends to Teams: replies and nudges share Teams' limit.
  const deps = { ...given, tenantLimiter: given.tenantLimiter ?? new TenantRateLimiter(options.tenantRatePerSecond ?? config.nudges.ratePerSecond) };
  const adapter = createAdapter(config);
  const { handleTurn } = createApp(deps);
  const nudges = buildNudgeEngine(deps, adapter, options.instanceId);
  const server = createServer({
    adapter,
    handleTurn,
    log,
    nudges: { key: config.nudges.triggerKey, allowAt: !config.production, run: (at) => nudges.runOnce('http', at), waitMs: options.nudgeWaitMs, now: deps.clock },
    health: {
      version: options.version,
      store: stores.documents.kind,
      model: model.kind,
      mentors: faculty.mentors.map((m) => m.id),
      auth: config.localMode ? 'local' : 'bot-framework',
    },
    ready: () => storeIsReachable(stores.documents),
    educator: options.educator,
  });
  return { adapter, handleTurn, nudges, server };
}
