import type { TurnContext } from 'botbuilder';
import http from 'node:http';
import https from 'node:https';

interface PipelineRequest {
  url: string;
  agent?: http.Agent;
  /** core-rest-pipeline aborts the request after this many ms (0: never). */
  timeout?: number;
}
interface Pipeline {
  removePolicy(options: { name: string }): unknown;
  getOrderedPolicies(): { name: string }[];
  addPolicy(policy: { name: string; sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<unknown>): Promise<unknown> }): void;
}

// botbuilder builds a new connector client, with its own connection pool, for every turn and every
// proactive send: share keep-alive connections instead, so a fan-out does not open one per message.
const keepAlive = { http: new http.Agent({ keepAlive: true, maxSockets: 64 }), https: new https.Agent({ keepAlive: true, maxSockets: 64 }) };

/**
 * Three changes to the connector client of a turn or a proactive send. Its own retries of 429 and
 * 5xx go (for about 12 s, unseen by the pacing that must hear every 429: HALI paces and retries per
 * tenant itself); every request gets a timeout from `timeoutMs()` (a connector that never answers
 * would otherwise hold the turn past Teams' 15 s, and Teams' retry would then be dropped as a
 * duplicate); and connections are reused.
 */
export function tuneConnectorClient(context: TurnContext, timeoutMs: () => number): void {
  const pipeline = (context.turnState.get(context.adapter.ConnectorClientKey) as { client?: { pipeline?: Pipeline } } | undefined)?.client?.pipeline;
  if (!pipeline || pipeline.getOrderedPolicies().some((p) => p.name === 'haliConnectorTuning')) return;
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.addPolicy({
    name: 'haliConnectorTuning',
    sendRequest: (request, next) => {
      request.agent ??= request.url.startsWith('https:') ? keepAlive.https : keepAlive.http;
      request.timeout = Math.max(1, Math.round(timeoutMs()));
      return next(request);
    },
  });
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
 * Whether a failed request may still have been taken: it reached the connector but no answer came back (a reset after
 * the body was sent, a timeout). Teams may show it; sending it again may show it twice.
 */
export function outcomeUnknown(error: unknown): boolean {
  return statusOf(error) === undefined && !neverConnected(error) && !/cancel/i.test((error as Error | undefined)?.message ?? '');
}

/** Whether the connector said it took the request (2xx) though its answer could not be read (a body that is no JSON). */
export function acceptedUnreadable(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && status >= 200 && status < 300;
}
