import type { TurnContext } from 'botbuilder';
import http from 'node:http';
import https from 'node:https';
import { retryAfterMs } from './retry-after';

interface PipelineRequest {
  url: string;
  headers?: { get(name: string): string | undefined; set(name: string, value: string): void };
  agent?: http.Agent;
  /** core-rest-pipeline aborts the request after this many ms (0: never). */
  timeout?: number;
}
interface Pipeline {
  removePolicy(options: { name: string }): unknown;
  getOrderedPolicies(): { name: string }[];
  addPolicy(policy: { name: string; sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<unknown>): Promise<unknown> }): void;
}

/**
 * How long a kept-alive connection to the connector may sit unused before HALI closes it. A reply sent on a connection the
 * connector closed at that very moment breaks as one whose answer was lost, and is counted delivered (`outcomeUnknown`): so
 * HALI never reuses a connection idle longer than servers commonly keep one (Node's own default is 5 s), and a connection
 * it reuses is one the connector still holds open.
 */
export const IDLE_CONNECTION_MS = 4_000;

/** Shared keep-alive connection pools for the connector, each closing a connection idle for `idleMs`. */
export function keepAliveAgents(idleMs: number = IDLE_CONNECTION_MS): { http: http.Agent; https: https.Agent } {
  const options = { keepAlive: true, maxSockets: 64, timeout: idleMs };
  return { http: new http.Agent(options), https: new https.Agent(options) };
}

// botbuilder builds a new connector client, with its own connection pool, for every turn and every
// proactive send: share keep-alive connections instead, so a fan-out does not open one per message.
const keepAlive = keepAliveAgents();

/** The bot's credentials for the connector (botframework-connector's AppCredentials); absent or without an app id in local mode. */
interface ConnectorCredentials {
  readonly appId?: string | null;
  getToken?(forceRefresh?: boolean): Promise<string>;
}

/**
 * Four changes to the connector client of a turn or a proactive send. Its own retries of 429 and
 * 5xx go (for about 12 s, unseen by the pacing that must hear every 429: HALI paces and retries per
 * tenant itself); every request gets a timeout from `timeoutMs()` (a connector that never answers
 * would otherwise hold the turn past Teams' 15 s, and Teams' retry would then be dropped as a
 * duplicate); connections are reused; and a request refused 401 is sent once more with a new token.
 */
export function tuneConnectorClient(context: TurnContext, timeoutMs: () => number): void {
  const connector = context.turnState.get(context.adapter.ConnectorClientKey) as { client?: { pipeline?: Pipeline }; credentials?: ConnectorCredentials } | undefined;
  const pipeline = connector?.client?.pipeline;
  if (!pipeline || pipeline.getOrderedPolicies().some((p) => p.name === 'haliConnectorTuning')) return;
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  const send = async (request: PipelineRequest, next: (request: PipelineRequest) => Promise<unknown>) => {
    request.agent ??= request.url.startsWith('https:') ? keepAlive.https : keepAlive.http;
    request.timeout = Math.max(1, Math.round(timeoutMs()));
    try {
      const response = await next(request);
      noteAnswer(request.url);
      return response;
    } catch (error) {
      if (statusOf(error) !== undefined) noteAnswer(request.url);
      throw error;
    }
  };
  pipeline.addPolicy({
    name: 'haliConnectorTuning',
    sendRequest: async (request, next) => {
      try {
        return await send(request, next);
      } catch (error) {
        // The bot's token is cached for up to an hour; a 401 says the connector no longer takes it (revoked, rotated, or
        // expired early). A new one is fetched and the same request (refused, so surely not taken) goes once more; a second
        // 401 is the answer.
        const token = statusOf(error) === 401 ? await newToken(connector?.credentials, bearerOf(request)) : undefined;
        if (!token) throw error;
        request.headers?.set('authorization', `Bearer ${token}`);
        return send(request, next);
      }
    },
  });
}

const bearerOf = (request: PipelineRequest) => /^Bearer (.+)$/i.exec(request.headers?.get('authorization') ?? '')?.[1];

/** Token refreshes under way, by the token the connector refused: a burst of 401s for one token fetches one new token. */
const refreshing = new Map<string, Promise<string | undefined>>();

/**
 * A token other than `refused`: the cached one when another request has already replaced it, else a new one from the token
 * service (the cache is botframework-connector's, shared by every connector client of the app). Undefined when the bot
 * sends no token (local mode) or no new one could be had.
 */
async function newToken(credentials: ConnectorCredentials | undefined, refused: string | undefined): Promise<string | undefined> {
  if (!credentials?.appId || !credentials.getToken || !refused) return undefined;
  const getToken = credentials.getToken.bind(credentials);
  let refresh = refreshing.get(refused);
  if (!refresh) {
    refresh = (async () => {
      const cached = await getToken(false);
      return cached !== refused ? cached : getToken(true);
    })()
      .catch(() => undefined)
      .finally(() => refreshing.delete(refused));
    refreshing.set(refused, refresh);
  }
  const token = await refresh;
  return token && token !== refused ? token : undefined;
}

/** Errors of a connection that was never made: nothing reached the connector. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Whether `error` (or what caused it, as fetch and the connector client wrap errors) is a connection never made. */
export function neverConnected(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && NOT_CONNECTED.has(e.code)) return true;
  }
  return false;
}

/** The HTTP status the connector answered a failed request with, if an answer came. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The longest wait a connector's Retry-After is taken at. Teams asks for seconds; a longer value (an hour, a date far ahead)
 * would hold a nudge sweep's workers for that long at every try, and, when many arrive at once, pause every reply and nudge
 * of the tenant for it. Past this the send is tried again and meets a new 429 if Teams still means it.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/** The wait a connector's refusal asks for (its Retry-After, in seconds or as an HTTP date), at most MAX_RETRY_AFTER_MS. */
export function retryAfterOf(error: unknown): number | undefined {
  const header = (error as { response?: { headers?: { get?(name: string): string | undefined } } } | undefined)?.response?.headers?.get?.('retry-after');
  const ms = retryAfterMs(header);
  return ms === undefined ? undefined : Math.min(ms, MAX_RETRY_AFTER_MS);
}

/** Errors of a connection that broke after the request went: the connector may have taken it. */
const ANSWER_LOST = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_SOCKET']);

/**
 * Whether a failed request may still have been taken: it reached the connector but no answer came back (a reset after
 * the body was sent, the request's timeout). Teams may show it; sending it again may show it twice. Only a broken
 * connection or the timeout's abort says so: an error raised before anything was sent (a body that could not be
 * serialised) is no unknown outcome.
 */
export function outcomeUnknown(error: unknown): boolean {
  return lostAnswer(error) !== undefined;
}

/** How the answer to a request that reached the connector was lost: the connection broke, or the request's timeout ended it. */
function lostAnswer(error: unknown): 'broken' | 'timeout' | undefined {
  if (statusOf(error) !== undefined || neverConnected(error)) return undefined;
  for (let e = error as { code?: unknown; name?: unknown; message?: unknown; syscall?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && ANSWER_LOST.has(e.code) && e.syscall !== 'connect') return 'broken';
    if (e.name === 'AbortError' && !/cancel/i.test(String(e.message ?? ''))) return 'timeout';
  }
  return undefined;
}

/** When each connector (by origin) last answered a request, with any status. */
const lastAnswered = new Map<string, number>();
/** A connector that answered within this long and now keeps silent is slow, not gone. */
export const ANSWERED_LATELY_MS = 120_000;

function noteAnswer(url: string): void {
  const origin = originOf(url);
  if (!origin) return;
  lastAnswered.delete(origin);
  lastAnswered.set(origin, Date.now());
  // Teams has a few service URLs (one per region); the oldest go first should many ever be seen.
  if (lastAnswered.size > 1_000) lastAnswered.delete(lastAnswered.keys().next().value as string);
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a request to `serviceUrl` that got no answer was probably taken by Teams. A connection that broke after the
 * request went says the connector was there and read it. A timeout says less: a connector that is down looks the same
 * as a slow one, so it counts as taken only when that connector answered something within ANSWERED_LATELY_MS (it is up,
 * and slow); from one that has answered nothing lately it is left as a failure (Teams' retry may find it back).
 */
export function probablyTaken(error: unknown, serviceUrl: string | undefined): boolean {
  const lost = lostAnswer(error);
  if (lost === 'broken') return true;
  if (lost !== 'timeout') return false;
  const origin = serviceUrl ? originOf(serviceUrl) : undefined;
  const answered = origin ? lastAnswered.get(origin) : undefined;
  return answered !== undefined && Date.now() - answered < ANSWERED_LATELY_MS;
}

/** Whether the connector said it took the request (2xx) though its answer could not be read (a body that is no JSON). */
export function acceptedUnreadable(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && status >= 200 && status < 300;
}
