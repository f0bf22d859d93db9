import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the stand-in does with one request, after reading its whole body:
 * - `ok`: accepts it as Teams does (200 with an id; 201 with the stream's id for a stream's first update, 202 for later ones);
 * - `{ status }`: refuses it with that status and a Bot Framework error body (Retry-After for a 429 when given);
 * - `reset`: accepts it (the learner sees it) but the connection is reset before any response: the outcome is lost;
 * - `malformed`: accepts it and answers 200 with a body that is no JSON;
 * - `{ delayMs }`: accepts it and answers 200 only after `delayMs` (a slow connector; the learner sees it at once);
 * - `hang`: keeps the connection open and never answers nor takes the activity (a connector that is stuck: nothing shown).
 * A refusal's `retryAfter` is sent as given: seconds as a number, or any text (an HTTP date, something unreadable).
 */
export type Fault = 'ok' | 'reset' | 'malformed' | 'hang' | { status: number; retryAfter?: number | string } | { delayMs: number };

export interface ConnectorRequest {
  readonly method: string;
  readonly path: string;
  readonly body: any;
  readonly index: number;
  /** The bearer token the bot sent (Authorization: Bearer ...), if any. */
  readonly token?: string;
}

export interface HandledRequest extends ConnectorRequest {
  readonly fault: Fault;
  /** Whether the connector took the activity (the learner sees it), whatever the bot heard back. */
  readonly accepted: boolean;
}

const isStreamUpdate = (body: any) => body?.type === 'typing' && body.entities?.some((e: any) => e?.type === 'streaminfo');

/**
 * A Bot Framework connector on loopback that misbehaves as networks and Teams do, and keeps what the learner would see:
 * each activity Teams took (a new message, a reply, the final message of a stream) and each update in place of one.
 */
export async function startFaultyConnector(decide: (request: ConnectorRequest) => Fault = () => 'ok') {
  const handled: HandledRequest[] = [];
  let streams = 0;
  let messages = 0;
  const sockets = new Set<import('node:net').Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      let body: any;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const request = { method: req.method ?? '', path: req.url ?? '', body, index: handled.length, ...(token ? { token } : {}) };
      const fault = decide(request);
      const refused = typeof fault === 'object' && 'status' in fault;
      handled.push({ ...request, fault, accepted: !refused && fault !== 'hang' });
      if (fault === 'hang') return;
      if (refused) {
        const headers = { 'content-type': 'application/json', ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}) };
        res.writeHead(fault.status, headers);
        res.end(JSON.stringify({ error: { code: `Status${fault.status}`, message: 'refused by the stand-in connector' } }));
        return;
      }
      if (fault === 'reset') {
        req.socket.destroy();
        return;
      }
      const info = body?.entities?.find((e: any) => e?.type === 'streaminfo');
      const [status, answer] = isStreamUpdate(body)
        ? info.streamId ? [202, {}] : [201, { id: `stream-${++streams}` }]
        : req.method === 'PUT' ? [200, { id: decodeURIComponent(request.path.split('/').at(-1) ?? '') }] : [200, { id: info?.streamId ?? `message-${++messages}` }];
      const respond = () => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(fault === 'malformed' ? '{"id": "message-' : JSON.stringify(answer));
      };
      if (typeof fault === 'object' && 'delayMs' in fault) {
        const timer = setTimeout(() => (timers.delete(timer), respond()), fault.delayMs);
        timers.add(timer);
      } else respond();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const accepted = () => handled.filter((r) => r.accepted);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    handled,
    /** Messages the learner sees in the chat: each accepted new message or reply (a stream's final message included), not typing, not updates. */
    messages: () => accepted().filter((r) => r.method === 'POST' && r.body?.type === 'message'),
    /** Accepted updates of a message already in the chat (PUT), the message's id and its new content. */
    updates: () => accepted().filter((r) => r.method === 'PUT').map((r) => ({ id: decodeURIComponent(r.path.split('/').at(-1) ?? ''), body: r.body })),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * The Microsoft identity platform's token endpoint (OAuth 2.0 client credentials) as a stand-in on loopback, for the bot's
 * outgoing tokens: it issues a new access token at every request ('token-1', 'token-2', ...) and serves the tenant's OpenID
 * metadata. MSAL reaches it through `networkClient`, which carries MSAL's requests for https://login.microsoftonline.com
 * to the stand-in unchanged (MSAL's own hook for its HTTP transport).
 */
export async function startTokenService() {
  const issued: string[] = [];
  const requests: { path: string; form: URLSearchParams }[] = [];
  const authority = 'https://login.microsoftonline.com';
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && path.endsWith('/oauth2/v2.0/token')) {
        const form = new URLSearchParams(raw);
        requests.push({ path, form });
        if (form.get('grant_type') !== 'client_credentials' || !form.get('client_id') || !form.get('client_secret')) {
          res.writeHead(400).end(JSON.stringify({ error: 'invalid_request' }));
          return;
        }
        const token = `token-${issued.length + 1}`;
        issued.push(token);
        res.end(JSON.stringify({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token }));
        return;
      }
      const tenant = path.split('/')[1];
      if (path.endsWith('/.well-known/openid-configuration')) {
        res.end(
          JSON.stringify({
            token_endpoint: `${authority}/${tenant}/oauth2/v2.0/token`,
            authorization_endpoint: `${authority}/${tenant}/oauth2/v2.0/authorize`,
            end_session_endpoint: `${authority}/${tenant}/oauth2/v2.0/logout`,
            issuer: `${authority}/${tenant}/v2.0`,
            jwks_uri: `${authority}/${tenant}/discovery/v2.0/keys`,
          }),
        );
        return;
      }
      if (path.endsWith('/discovery/instance')) {
        res.end(JSON.stringify({ tenant_discovery_endpoint: `${authority}/${tenant}/v2.0/.well-known/openid-configuration`, metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net'] }] }));
        return;
      }
      res.writeHead(404).end(JSON.stringify({ error: 'not_found' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const send = async (method: 'GET' | 'POST', url: string, options?: { headers?: Record<string, string>; body?: string }) => {
    const target = url.startsWith(authority) ? `${base}${url.slice(authority.length)}` : url;
    const response = await fetch(target, { method, headers: options?.headers, body: options?.body });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    return { headers, body: (await response.json()) as any, status: response.status };
  };
  return {
    issued,
    /** Token requests made (client credentials grants). */
    requests,
    networkClient: {
      sendGetRequestAsync: (url: string, options?: { headers?: Record<string, string> }) => send('GET', url, options),
      sendPostRequestAsync: (url: string, options?: { headers?: Record<string, string>; body?: string }) => send('POST', url, options),
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
