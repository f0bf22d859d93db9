import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const b64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

export const TEST_TENANT = '11111111-2222-3333-4444-555555555555';
export const FOREIGN_TENANT = '99999999-8888-7777-6666-555555555555';
export const TEST_CLIENT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

/**
 * A local stand-in for Microsoft Entra ID's v2 token issuer: OpenID metadata whose issuer carries
 * {tenantid} (as the multi-tenant endpoint's does) and a JWKS on loopback, and tokens signed with its
 * key shaped like Teams SSO tokens (tid, oid, idtyp user, scp access_as_user, name, roles, aud api://<domain>/<app id>).
 */
export async function startEntraIssuer() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  let base = '';
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/v2.0/.well-known/openid-configuration') {
      res.end(JSON.stringify({ issuer: `${base}/{tenantid}/v2.0`, jwks_uri: `${base}/discovery/v2.0/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else {
      res.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const sign = (claims: Record<string, unknown>, key: KeyObject = privateKey) => {
    const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
    const body = b64url(JSON.stringify(claims));
    return `${head}.${body}.${b64url(createSign('RSA-SHA256').update(`${head}.${body}`).sign(key))}`;
  };

  return {
    metadataUrl: `${base}/v2.0/.well-known/openid-configuration`,
    /** The settings that point the workspace at this issuer. */
    env: (extra: Record<string, string> = {}): Record<string, string> => ({
      AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
      AAD_APP_TENANT_ID: TEST_TENANT,
      AAD_APP_OAUTH_AUTHORITY: `${base}/${TEST_TENANT}`,
      EDUCATOR_OPENID_METADATA_URL: `${base}/v2.0/.well-known/openid-configuration`,
      ...extra,
    }),
    /** A Teams SSO token for a person with `roles` (Entra app role values), any claim overridden. */
    token(roles: string[], overrides: Record<string, unknown> = {}, key?: KeyObject): string {
      const now = Math.floor(Date.now() / 1000);
      const tid = (overrides.tid as string | undefined) ?? TEST_TENANT;
      return sign(
        {
          iss: `${base}/${tid}/v2.0`,
          aud: `api://hali.example.org/${TEST_CLIENT_ID}`,
          tid,
          oid: randomUUID(),
          idtyp: 'user',
          scp: 'access_as_user',
          name: 'Dr Test Educator',
          roles,
          nbf: now - 60,
          iat: now - 60,
          exp: now + 3600,
          ...overrides,
        },
        key,
      );
    },
    strangerKey: () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
