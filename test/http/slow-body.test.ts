import { expect } from 'chai';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { jsonBody } from '../../bot/json-body';
import { listen } from '../../bot/server';

/**
 * A client that sends its body a byte at a time (an outside probe held a connection 330 s that way, at Node's defaults):
 * the body reader gives it a bounded time, answers 408 and closes the connection; a body sent at once is read as before.
 */
describe('http: a body sent too slowly', function () {
  this.timeout(10_000);
  let server: restify.Server;
  let port: number;
  before(async () => {
    server = restify.createServer({ handleUncaughtExceptions: false });
    server.post('/echo', jsonBody({ maxBytes: 1_000, readTimeoutMs: 400 }), async (req: restify.Request, res: restify.Response) => {
      res.json(200, { got: req.body });
    });
    port = await listen(server, 0, '127.0.0.1');
    port = (server.address() as AddressInfo).port ?? port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends the headers, then `body` a byte every `everyMs`; resolves with what came back and when the socket closed. */
  function trickle(body: string, everyMs: number): Promise<{ reply: string; closedAfterMs: number }> {
    return new Promise((resolve) => {
      const started = Date.now();
      const socket = connect(port, '127.0.0.1');
      let reply = '';
      let timer: NodeJS.Timeout | undefined;
      socket.on('data', (chunk) => (reply += chunk.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ reply, closedAfterMs: Date.now() - started });
      });
      socket.write(`POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      let at = 0;
      if (everyMs === 0) {
        socket.write(body);
        return;
      }
      timer = setInterval(() => {
        if (at < body.length && !socket.destroyed) socket.write(body[at++]);
      }, everyMs);
    });
  }

  it('answers 408 and closes the connection when the body is still arriving after the time allowed', async () => {
    const { reply, closedAfterMs } = await trickle(JSON.stringify({ text: 'x'.repeat(60) }), 100);
    expect(reply).to.match(/^HTTP\/1\.1 408/);
    expect(reply).to.include('request_timeout');
    expect(closedAfterMs).to.be.below(3_000);
  });

  it('reads a body that arrives in time', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'hello' }) });
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ got: { text: 'hello' } });
  });
});
