import cosmosServer from '@zeit/cosmosdb-server';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CosmosDocumentStore } from '../../bot/store/cosmos';

/** The well-known emulator key, accepted by the local server; not a secret. */
export const LOCAL_COSMOS_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

/** The local server's certificate is self-signed: trust it for these loopback connections only. */
export const LOCAL_TLS_AGENT = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

const SERVER_DIR = join(require.resolve('@zeit/cosmosdb-server/package.json'), '..');
export const LOCAL_TLS = { cert: readFileSync(join(SERVER_DIR, 'cert.pem')), key: readFileSync(join(SERVER_DIR, 'key.pem')) };

/** Starts @zeit/cosmosdb-server (a Cosmos DB API server) on a loopback port. */
export async function startCosmosServer() {
  const server = cosmosServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    /** A store on a fresh database, so tests never see each other's documents. */
    connect: (database = `hali-${Math.random().toString(36).slice(2, 10)}`, endpointOverride = endpoint) =>
      CosmosDocumentStore.connect({ endpoint: endpointOverride, key: LOCAL_COSMOS_KEY, database, createIfMissing: true, agent: LOCAL_TLS_AGENT }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Runs `body` inside a describe block that starts a local Cosmos DB API server before it and stops it
 * after; `body` gets the running server.
 */
export function withCosmosServer(title: string, body: (cosmos: () => Awaited<ReturnType<typeof startCosmosServer>>) => void): void {
  describe(title, function () {
    this.timeout(60_000);
    let cosmos: Awaited<ReturnType<typeof startCosmosServer>>;
    before(async () => {
      cosmos = await startCosmosServer();
    });
    after(() => cosmos.close());
    body(() => cosmos);
  });
}
