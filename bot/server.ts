import restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { HaliAdapter } from './adapter';
import { safeId, type Logger } from './log';
import { jsonBody } from './json-body';
import { nudgeForecastHandler, nudgeRunHandler, type NudgeTrigger } from './nudge-trigger';
import { registerEducatorRoutes, type EducatorWorkspace } from './educator/routes';
import { isPermanentRefusal, SettledActivities, watchConnector, type ConnectorFailure } from './redelivery';
import { OUTCOME_UNKNOWN } from './reply-pacing';

/** What GET /healthz reports. */
export interface Health {
  readonly version: string;
  readonly store: string;
  readonly model: string;
  readonly mentors: readonly string[];
  readonly auth: 'local' | 'bot-framework';
}

export interface ServerDeps {
  readonly adapter: HaliAdapter;
  readonly handleTurn: (context: TurnContext) => Promise<void>;
  readonly health: Health;
  readonly log: Logger;
  /** Readiness: resolves true when the store answers (GET /healthz/ready); default always ready. */
  readonly ready?: () => Promise<boolean>;
  /** POST /api/nudges/run; without it the endpoint says it is not configured. */
  readonly nudges?: NudgeTrigger;
  /** GET /educator and /api/educator/*: the review workspace (absent: not served). */
  readonly educator?: EducatorWorkspace;
  /** Turns answered 200 though they failed, so a redelivery of one is not run again (default: a new in-memory set). */
  readonly settled?: SettledActivities;
}

/** How long GET /healthz/ready waits for the store before answering 503. */
export const READY_TIMEOUT_MS = 2000;

/**
 * Headers on every response. Everything but the educator tab is JSON for Bot Framework and probes,
 * so the strictest policy costs nothing; the tab's page sets its own (bot/educator/page.ts).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

/** Largest request body accepted; Teams messages stay well under 100 KB. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * The HTTP edge: POST /api/messages (Bot Framework), POST /api/nudges/run, GET /api/nudges/forecast, GET /healthz and
 * /healthz/ready, and the educator workspace (GET /educator, /api/educator/*).
 * It validates the body and the token itself, so a malformed request gets a clear 400 and a bad token a 401, never a crash or a 500.
 */
export function createServer({ adapter, handleTurn, health, log, ready, nudges, educator, settled = new SettledActivities() }: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'hali', handleUncaughtExceptions: false });
  server.pre(function securityHeaders(_req, res, next) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.removeHeader('X-Powered-By');
    next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  // Liveness: the process answers. Kept cheap and independent of the store so a slow database
  // never gets a healthy instance restarted.
  server.get('/healthz', async (_req, res) => {
    res.json(200, { status: 'ok', ...health });
  });
  // Readiness: the store is reachable within READY_TIMEOUT_MS.
  server.get('/healthz/ready', async (_req, res) => {
    const isReady = ready ? await withTimeout(ready(), READY_TIMEOUT_MS).catch(() => false) : true;
    if (!isReady) log.warn('health.not_ready', { timeoutMs: READY_TIMEOUT_MS });
    res.json(isReady ? 200 : 503, { status: isReady ? 'ready' : 'unavailable', store: health.store });
  });

  server.post('/api/nudges/run', jsonBody({ maxBytes: MAX_BODY_BYTES, allowEmpty: true }), nudgeRunHandler(nudges, log));
  server.get('/api/nudges/forecast', nudgeForecastHandler(nudges, log));
  if (educator) registerEducatorRoutes(server, educator, log);

  server.post('/api/messages', jsonBody({ maxBytes: MAX_BODY_BYTES }), async (req: restify.Request, res: restify.Response) => {
    const activity = req.body as Record<string, unknown> | undefined;
    if (!isActivity(activity)) {
      log.warn('http.bad_activity', { contentType: safeId(req.header('content-type')) });
      res.json(400, { error: 'bad_request', message: 'The body must be a Bot Framework activity: a JSON object with a "type", "channelId", "serviceUrl" (an http or https address), "from": {"id"}, "recipient": {"id"} and "conversation": {"id"}.' });
      return;
    }
    const authHeader = req.header('authorization') ?? '';
    let auth;
    try {
      auth = await adapter.authenticate(activity, authHeader);
    } catch (error) {
      // botbuilder reports some token failures as plain errors (500); every one of them is a 401.
      log.warn('http.unauthorized', { activityId: safeId(activity.id), reason: (error as Error).message });
      res.json(401, { error: 'unauthorized', message: 'A valid Bot Framework token is required.' });
      return;
    }
    const key = SettledActivities.keyOf(activity);
    if (key && settled.has(key)) {
      log.info('http.redelivery_ignored', { activityId: safeId(activity.id), type: safeId(activity.type) });
      res.send(200);
      return;
    }
    let failures: readonly ConnectorFailure[] = [];
    let outcomeUnknown = 0;
    const watchedTurn = async (context: TurnContext) => {
      failures = watchConnector(context);
      try {
        return await handleTurn(context);
      } finally {
        outcomeUnknown = (context.turnState.get(OUTCOME_UNKNOWN) as number | undefined) ?? 0;
      }
    };
    try {
      const invokeResponse = await adapter.runAuthenticated(auth, activity, watchedTurn).finally(() => {
        // Replies taken as delivered though Teams' answer never came (reply-pacing.ts): if the learner says nothing came, here is why.
        if (outcomeUnknown) log.warn('http.reply_outcome_unknown', { activityId: safeId(activity.id), type: safeId(activity.type), messages: outcomeUnknown });
      });
      if (invokeResponse) {
        res.json(invokeResponse.status, invokeResponse.body ?? {});
      } else {
        res.send(200);
      }
    } catch (error) {
      const refusal = noRetryWanted(activity, failures);
      if (refusal) {
        // Teams' retry would run the turn again and meet the same answer (or, in a shared chat, count the case
        // contribution again): Teams is told the activity was taken, and a redelivery of it is not run.
        log.warn('http.reply_not_delivered', { activityId: safeId(activity.id), type: safeId(activity.type), ...refusal });
        if (key) settled.add(key);
        res.send(200);
        return;
      }
      log.error('http.turn_failed', { activityId: safeId(activity.id), error });
      res.json(500, { error: 'internal', message: 'The activity could not be processed.' });
    }
  });

  server.on('restifyError', (req: restify.Request, res: restify.Response, error: Error & { statusCode?: number }, next: () => void) => {
    log.warn('http.error', { method: req.method, path: req.path(), status: error.statusCode ?? 500, error: error.name });
    next();
  });
  return server;
}

/**
 * Why a turn that failed sending to Teams is answered 200 rather than 5xx, or undefined when Teams' retry is wanted.
 * A refusal that will not change (4xx other than 408, 412, 429) is met again by every retry. A failure of any kind in a
 * channel or group chat is not retried either: the case facilitator writes the shared thread (the contribution, the stage)
 * as it goes, so a turn run again would count the same message twice. A one-to-one turn writes the learner's record only
 * when it ends well (afterTurn) or, failing, what its replies that reached the learner told them (app.ts); a turn that reaches
 * here reached nobody, so after a 5xx or a connector that did not answer, Teams' retry is run and answered once.
 */
function noRetryWanted(activity: Record<string, unknown>, failures: readonly ConnectorFailure[]): { status: number | null; reason: 'refused' | 'shared' } | undefined {
  if (failures.length === 0) return undefined;
  const refused = failures.find(isPermanentRefusal);
  if (refused) return { status: refused.status ?? null, reason: 'refused' };
  const conversationType = (activity.conversation as { conversationType?: unknown }).conversationType;
  const shared = typeof conversationType === 'string' && conversationType !== 'personal';
  return shared ? { status: failures.at(-1)?.status ?? null, reason: 'shared' } : undefined;
}

/** A Bot Framework activity as far as the edge needs: a type, who it is from and to, the conversation, and where replies go. */
function isActivity(body: unknown): body is Record<string, unknown> & { type: string } {
  const hasId = (value: unknown) => !!value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' && (value as { id: string }).id !== '';
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const activity = body as Record<string, unknown>;
  if (!(typeof activity.type === 'string' && activity.type !== '' && hasId(activity.from) && hasId(activity.conversation) && hasId(activity.recipient))) return false;
  // Where every reply goes: without it, or with an address that is no web address, no answer could be sent, and the turn
  // failed with a 500 that Teams would retry (after botbuilder had tried api.botframework.com in its place).
  if (!(typeof activity.channelId === 'string' && activity.channelId !== '' && isWebAddress(activity.serviceUrl))) return false;
  const [conversation, from, recipient] = [activity.conversation, activity.from, activity.recipient] as Record<string, unknown>[];
  // The fields Bot Framework and Teams give as text are text: an object or an array in their place is no activity (it made a 500
  // that Teams would retry). The people and the conversation are copied into every reply, whose serialiser refuses the same.
  const texts: unknown[] = [
    activity.id, activity.locale, activity.text, activity.textFormat, activity.name, activity.replyToId,
    ...[conversation, from, recipient].flatMap((account) => [account.name, account.role, account.aadObjectId]),
    conversation.conversationType, conversation.tenantId,
  ];
  const objects: unknown[] = [activity.channelData];
  const lists: unknown[] = [activity.entities, activity.attachments];
  const absent = (value: unknown) => value === undefined || value === null;
  const isObject = (value: unknown) => !!value && typeof value === 'object' && !Array.isArray(value);
  return (
    texts.every((value) => absent(value) || typeof value === 'string') &&
    objects.every((value) => absent(value) || isObject(value)) &&
    lists.every((value) => absent(value) || (Array.isArray(value) && value.every(isObject))) &&
    (absent(conversation.isGroup) || typeof conversation.isGroup === 'boolean')
  );
}

/** An http or https address (Teams' service URLs; the local playground's and the tests' connectors are http on loopback). */
function isWebAddress(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function withTimeout(work: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Starts listening; resolves with the bound port (useful when `port` is 0). */
export function listen(server: restify.Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}
