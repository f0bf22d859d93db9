import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
  /** The status the stand-in answered with. */
  status: number;
}

/** A refusal to inject: the status, and Retry-After in seconds for a 429. */
export interface InjectedAnswer {
  status: number;
  retryAfter?: number;
}

export interface ConnectorOptions {
  /**
   * Enforce Teams' per-tenant rate limit: a token bucket of `perSecond` with `burst` tokens (default 5,
   * a little tolerance for timer jitter). Over the limit the stand-in answers 429 with Retry-After: 1.
   */
  rateLimit?: { perSecond: number; burst?: number };
  /** Decides a refusal for a request (by its body and its number, from 0), or undefined to accept it. */
  inject?: (body: any, index: number) => InjectedAnswer | undefined;
  /** Decides that a request is never answered (a connector that hangs), by its body and its number. */
  hang?: (body: any, index: number) => boolean;
}

/**
 * A stand-in for the Bot Framework connector service on loopback. It accepts what a bot sends
 * (replies, new activities, updates) like the real service, and records each request. Optionally it
 * enforces a rate limit and refuses chosen requests with 429 (with Retry-After), 403 or 404.
 */
export async function startRecordingConnector(options: ConnectorOptions = {}) {
  const requests: RecordedRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let sequence = 0;
  let hung = 0;
  const burst = options.rateLimit?.burst ?? 5;
  let tokens = burst;
  let refilledAt = Date.now();
  const overLimit = (): boolean => {
    if (!options.rateLimit) return false;
    const now = Date.now();
    tokens = Math.min(burst, tokens + ((now - refilledAt) / 1000) * options.rateLimit.perSecond);
    refilledAt = now;
    if (tokens < 1) return true;
    tokens -= 1;
    return false;
  };
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      let body: any = undefined;
      try {
        body = data ? JSON.parse(data) : undefined;
      } catch {
        body = data;
      }
      if (options.hang?.(body, requests.length + hung)) {
        hung++;
        return;
      }
      const refusal: InjectedAnswer | undefined = overLimit() ? { status: 429, retryAfter: 1 } : options.inject?.(body, requests.length);
      const status = refusal?.status ?? 200;
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, status });
      for (const waiter of [...waiters]) {
        if (requests.length >= waiter.count) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
      if (refusal) {
        res.writeHead(refusal.status, { 'content-type': 'application/json', ...(refusal.retryAfter !== undefined ? { 'retry-after': String(refusal.retryAfter) } : {}) });
        res.end(JSON.stringify({ error: { code: refusal.status === 429 ? 'TooManyRequests' : 'Forbidden', message: 'refused by the stand-in connector' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${++sequence}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    /** Activities the bot posted and the stand-in accepted (replies and new messages), typing indicators left out. */
    activities: () => requests.filter((r) => r.status === 200 && r.method === 'POST' && r.body?.type && r.body.type !== 'typing').map((r) => r.body),
    /** How many requests were answered with `status`. */
    answered: (status: number) => requests.filter((r) => r.status === status).length,
    /** Resolves once `count` requests in all have arrived, or rejects after `ms`. */
    waitFor(count: number, ms = 5000): Promise<void> {
      if (requests.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`connector saw ${requests.length} of ${count} requests`)), ms);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    /** How many requests were left unanswered (the `hang` option). */
    hung: () => hung,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
