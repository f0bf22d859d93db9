import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { personalMessage } from '../helpers/activities';
import { storedLearner } from '../helpers/app';
import { serverWithConnectorEachTest } from '../helpers/server';

/** A multipart form with one file field of `bytes` bytes and one large text field. */
function multipart(bytes: number): { body: Buffer; type: string } {
  const boundary = 'haliBoundary7d1';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const field = `\r\n--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nmessage\r\n--${boundary}--\r\n`;
  return { body: Buffer.concat([Buffer.from(head), Buffer.alloc(bytes, 0x61), Buffer.from(field)]), type: `multipart/form-data; boundary=${boundary}` };
}

const uploads = () => readdirSync(tmpdir()).filter((name) => /^upload_|^[0-9a-f]{32}$/.test(name));

describe('http: request bodies are JSON only, bounded, and never written to disk', () => {
  const each = serverWithConnectorEachTest({ env: { NUDGE_TRIGGER_KEY: 'a-test-key-of-sixteen-chars' } });
  const raw = (path: string, body: NonNullable<RequestInit["body"]>, headers: Record<string, string>) =>
    fetch(`${each.bot.base}${path}`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);

  for (const path of ['/api/messages', '/api/nudges/run']) {
    it(`${path}: a 2 MB multipart upload gets 415 before authentication, and no file appears in the temp folder`, async () => {
      const before = new Set(uploads());
      const { body, type } = multipart(2 * 1024 * 1024);
      const res = await raw(path, body, { 'content-type': type, 'x-nudge-key': 'wrong' });
      expect(res.status).to.equal(415);
      expect(((await res.json()) as any).error).to.equal('unsupported_media_type');
      expect(uploads().filter((name) => !before.has(name))).to.deep.equal([]);
    });

    it(`${path}: url-encoded and text/plain forms (what a web page can post without a preflight) get 415`, async () => {
      const activity = JSON.stringify(personalMessage('my data', { serviceUrl: each.connector.url, userId: '29:victim' }));
      for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'text/plain;charset=UTF-8', 'application/jsonx']) {
        const res = await raw(path, type.startsWith('application/x-www') ? `a=${encodeURIComponent(activity)}` : activity, { 'content-type': type });
        expect(res.status, type).to.equal(415);
      }
      expect(each.connector.requests).to.deep.equal([]);
      expect(await storedLearner(each.bot.stores, 'aad-29:victim')).to.equal(undefined);
    });

    it(`${path}: a chunked JSON body over 256 KB with no Content-Length gets 413`, async () => {
      const big = JSON.stringify({ ...personalMessage('x'.repeat(300 * 1024), { serviceUrl: each.connector.url }), at: undefined });
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < big.length; i += 16 * 1024) controller.enqueue(new TextEncoder().encode(big.slice(i, i + 16 * 1024)));
          controller.close();
        },
      });
      const res = await raw(path, stream, { 'content-type': 'application/json', 'x-nudge-key': 'a-test-key-of-sixteen-chars' });
      expect(res.status).to.equal(413);
      expect(each.connector.requests).to.deep.equal([]);
    });
  }

  it('still accepts application/json with a charset, and POST /api/nudges/run with no body at all', async () => {
    const res = await raw('/api/messages', JSON.stringify(personalMessage('hi', { serviceUrl: each.connector.url })), { 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).to.equal(200);
    const run = await fetch(`${each.bot.base}/api/nudges/run`, { method: 'POST', headers: { 'x-nudge-key': 'a-test-key-of-sixteen-chars' } });
    expect(run.status).to.equal(200);
  });
});
