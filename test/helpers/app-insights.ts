import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { LOCAL_TLS } from './cosmos';

/** One Application Insights envelope as the Azure Monitor exporter sends it. */
export interface Envelope {
  name: string;
  data?: { baseType?: string; baseData?: Record<string, any> };
  [key: string]: unknown;
}

/**
 * A stand-in for the Application Insights ingestion endpoint (Breeze, POST /v2.1/track) on loopback,
 * over HTTPS with a self-signed certificate as the exporter insists on TLS. It accepts every item and
 * keeps the raw bodies, so a test can check both what arrived and that nothing private did.
 */
export async function startIngestionStandIn() {
  const bodies: string[] = [];
  const server = https.createServer(LOCAL_TLS, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      if (req.method === 'POST' && /\/v2(\.1)?\/track$/.test(req.url ?? '')) bodies.push(text);
      const count = text.startsWith('[') ? (JSON.parse(text) as unknown[]).length : 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: count, itemsAccepted: count, errors: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    connectionString: `InstrumentationKey=00000000-0000-4000-8000-00000000a11c;IngestionEndpoint=${endpoint};LiveEndpoint=${endpoint}`,
    /** Everything received, as one text, for scanning. */
    raw: () => bodies.join('\n'),
    envelopes: (): Envelope[] => bodies.flatMap((body) => (body.startsWith('[') ? JSON.parse(body) : body.split('\n').filter(Boolean).map((line) => JSON.parse(line)))),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
