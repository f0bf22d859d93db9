import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { IDLE_CONNECTION_MS, keepAliveAgents } from '../../bot/connector-client';

/**
 * A reply whose connection breaks after it was sent counts as delivered (connector probe 3: the connector has no idempotent
 * send). The one common way a connection breaks before the connector reads the reply is its reuse just as the connector
 * closes it for idling: HALI closes idle connections first, so it never reuses one the connector may be closing.
 */
describe('connections to the connector: closed by HALI before they idle long enough for the connector to close them', () => {
  let server: http.Server;
  let url: string;
  const sockets: Socket[] = [];
  const closed: Socket[] = [];

  before(async () => {
    server = http.createServer((req, res) => {
      const wait = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('wait') ?? 0);
      req.resume();
      req.on('end', () => setTimeout(() => res.end('{"id":"1"}'), wait));
    });
    // A connector that keeps idle connections a minute: any closing seen here is HALI's.
    server.keepAliveTimeout = 60_000;
    server.on('connection', (socket) => {
      sockets.push(socket);
      socket.on('close', () => closed.push(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (agent: http.Agent, path = '/v3/conversations/a/activities') =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(`${url}${path}`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end('{"type":"message","text":"hello"}');
    });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('reuses a connection for replies in quick succession, and closes it once it has idled', async () => {
    const { http: agent } = keepAliveAgents(150);
    const before = sockets.length;
    for (let i = 0; i < 5; i++) expect(await post(agent)).to.equal(200);
    expect(sockets.length - before, 'one connection for five replies sent back to back').to.equal(1);
    const used = sockets[sockets.length - 1];
    await sleep(500);
    expect(closed, 'HALI closed the idle connection').to.include(used);
    expect(Object.values(agent.freeSockets).flat()).to.have.length(0);
    // The next reply goes on a new connection.
    expect(await post(agent)).to.equal(200);
    expect(sockets.length - before).to.equal(2);
    agent.destroy();
  });

  it('does not cut a reply the connector is slow to answer: only idle connections are closed', async () => {
    const { http: agent } = keepAliveAgents(150);
    expect(await post(agent, '/v3/conversations/a/activities?wait=600')).to.equal(200);
    agent.destroy();
  });

  it('idles for less than a Node server keeps a connection open by default, the shortest keep-alive commonly met', () => {
    expect(IDLE_CONNECTION_MS).to.be.below(new http.Server().keepAliveTimeout);
    expect(IDLE_CONNECTION_MS).to.be.at.least(1_000);
  });
});
