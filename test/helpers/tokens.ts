import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const b64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/**
 * A local stand-in for the Bot Framework token service: an OpenID metadata document and JWKS on
 * loopback, and a way to sign tokens with its key (or with a stranger's key, for negative tests).
 */
export async function startTokenIssuer(options: { endorsements?: string[] } = {}) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  let base = '';
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else {
      const jwk = publicKey.export({ format: 'jwk' });
      res.end(JSON.stringify({ keys: [{ ...jwk, kid, kty: 'RSA', use: 'sig', alg: 'RS256', endorsements: options.endorsements ?? ['msteams'] }] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function sign(claims: Record<string, unknown>, key: KeyObject = privateKey, header: Record<string, unknown> = {}): string {
    const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid, ...header }));
    const body = b64url(JSON.stringify(claims));
    const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key);
    return `${head}.${body}.${b64url(signature)}`;
  }

  return {
    metadataUrl: `${base}/.well-known/openidconfiguration`,
    issuer: 'https://api.botframework.com',
    /** A token as the Bot Framework channel would send it, with any claim overridden. */
    token(botId: string, serviceUrl: string, overrides: Record<string, unknown> = {}, key?: KeyObject): string {
      const now = Math.floor(Date.now() / 1000);
      return sign({ iss: 'https://api.botframework.com', aud: botId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...overrides }, key);
    },
    strangerKey: () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
    unsigned(botId: string, serviceUrl: string): string {
      const now = Math.floor(Date.now() / 1000);
      return `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT', kid }))}.${b64url(JSON.stringify({ iss: 'https://api.botframework.com', aud: botId, serviceurl: serviceUrl, exp: now + 3600 }))}.`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
