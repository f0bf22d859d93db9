import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { LOCAL_TLS } from './cosmos';

/**
 * An HTTPS proxy on loopback in front of the local Cosmos DB server that answers document reads with
 * 429 (and a retry-after) as a throttled account does, `times` times or for ever.
 */
export async function startThrottlingProxy(target: string, options: { times: number; retryAfterMs: number }) {
  const upstream = new URL(target);
  let throttled = 0;
  let remaining = options.times;
  const server = https.createServer(LOCAL_TLS, (req, res) => {
    const isDocumentRead = req.method === 'GET' && /\/docs\/[^/]+$/.test(req.url ?? '');
    if (isDocumentRead && remaining !== 0) {
      remaining--;
      throttled++;
      req.resume();
      res.writeHead(429, { 'content-type': 'application/json', 'x-ms-retry-after-ms': String(options.retryAfterMs), 'x-ms-substatus': '3200' });
      res.end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large.' }));
      return;
    }
    const forward = https.request(
      { hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host }, rejectUnauthorized: false },
      (answer) => {
        if (req.url !== '/') {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        // The account document advertises where to send requests: advertise the proxy instead.
        let body = '';
        answer.on('data', (chunk) => (body += chunk));
        answer.on('end', () => {
          const rewritten = body.split(upstream.host).join(self.host);
          const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(rewritten)) };
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(rewritten);
        });
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const self = new URL(`https://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return {
    endpoint: self.origin,
    throttled: () => throttled,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
