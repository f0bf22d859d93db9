import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the stand-in does with one request, after reading its whole body:
 * - `ok`: accepts it as Teams does (200 with an id; 201 with the stream's id for a stream's first update, 202 for later ones);
 * - `{ status }`: refuses it with that status and a Bot Framework error body (Retry-After for a 429 when given);
 * - `reset`: accepts it (the learner sees it) but the connection is reset before any response: the outcome is lost;
 * - `malformed`: accepts it and answers 200 with a body that is no JSON;
 * - `{ delayMs }`: accepts it and answers 200 only after `delayMs` (a slow connector; the learner sees it at once).
 */
export type Fault = 'ok' | 'reset' | 'malformed' | { status: number; retryAfter?: number } | { delayMs: number };

export interface ConnectorRequest {
  readonly method: string;
  readonly path: string;
  readonly body: any;
  readonly index: number;
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
      const request = { method: req.method ?? '', path: req.url ?? '', body, index: handled.length };
      const fault = decide(request);
      const refused = typeof fault === 'object' && 'status' in fault;
      handled.push({ ...request, fault, accepted: !refused });
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
