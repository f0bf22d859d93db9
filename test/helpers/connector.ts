import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/**
 * A stand-in for the Bot Framework connector service on loopback. It accepts what a bot sends
 * (replies, new activities, updates) like the real service, and records each request.
 */
export async function startRecordingConnector() {
  const requests: RecordedRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let sequence = 0;
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
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      for (const waiter of [...waiters]) {
        if (requests.length >= waiter.count) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
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
    /** Activities the bot posted (replies and new messages), typing indicators left out. */
    activities: () => requests.filter((r) => r.method === 'POST' && r.body?.type && r.body.type !== 'typing').map((r) => r.body),
    /** Resolves once `count` requests in all have arrived, or rejects after `ms`. */
    waitFor(count: number, ms = 5000): Promise<void> {
      if (requests.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`connector saw ${requests.length} of ${count} requests`)), ms);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
