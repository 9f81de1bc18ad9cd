// A local OpenID provider standing in for the Microsoft identity platform in the browser tests
// of "Sign in with Microsoft": discovery, JWKS, /authorize (which signs the configured user in
// at once and sends the browser back with a code) and the token endpoint, which checks the
// client secret, the redirect URI and the PKCE verifier and answers an RS256 ID token it really
// signs with a key it made at start. The server's own tests use a Rust twin (server/tests/
// common/idp.rs) that also tampers with tokens.
import * as crypto from 'node:crypto';
import * as http from 'node:http';

export const TENANT = '5a3f0c2e-8b1d-4e6f-9a7c-0d2e4f6a8b1c';
export const CLIENT_ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
export const SECRET = 'e2e~console~secret';

export interface User {
  oid: string;
  preferred_username: string;
  name: string;
  roles: string[];
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export async function startProvider(port: number, user: User): Promise<http.Server> {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'e2e-1', use: 'sig', alg: 'RS256' };
  const base = `http://127.0.0.1:${port}`;
  const issuer = `${base}/${TENANT}/v2.0`;
  const codes = new Map<string, { nonce: string; challenge: string; redirect: string }>();
  const sign = (claims: object) => {
    const input = `${b64(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: 'e2e-1' }))}.${b64(JSON.stringify(claims))}`;
    return `${input}.${b64(crypto.sign('sha256', Buffer.from(input), privateKey))}`;
  };
  const json = (res: http.ServerResponse, status: number, body: object) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const path = url.pathname;
    if (path === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${base}/${TENANT}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/${TENANT}/oauth2/v2.0/token`,
        jwks_uri: `${base}/${TENANT}/discovery/v2.0/keys`,
        response_types_supported: ['code'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
      });
    }
    if (path === `/${TENANT}/discovery/v2.0/keys`) return json(res, 200, { keys: [jwk] });
    if (path === `/${TENANT}/oauth2/v2.0/authorize`) {
      const q = url.searchParams;
      if (q.get('client_id') !== CLIENT_ID || q.get('code_challenge_method') !== 'S256') {
        res.writeHead(400);
        return res.end('AADSTS900144: invalid request');
      }
      const code = crypto.randomBytes(16).toString('base64url');
      codes.set(code, {
        nonce: q.get('nonce') ?? '',
        challenge: q.get('code_challenge') ?? '',
        redirect: q.get('redirect_uri') ?? '',
      });
      const back = new URL(q.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (path === `/${TENANT}/oauth2/v2.0/token` && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const f = new URLSearchParams(body);
        const c = codes.get(f.get('code') ?? '');
        codes.delete(f.get('code') ?? '');
        const verifier = crypto.createHash('sha256').update(f.get('code_verifier') ?? '').digest('base64url');
        if (!c || f.get('client_secret') !== SECRET || verifier !== c.challenge || f.get('redirect_uri') !== c.redirect) {
          return json(res, 400, { error: 'invalid_grant', error_description: 'AADSTS70008: bad code, verifier or client' });
        }
        const now = Math.floor(Date.now() / 1000);
        const idToken = sign({
          aud: CLIENT_ID, iss: issuer, iat: now, nbf: now, exp: now + 3600, nonce: c.nonce,
          tid: TENANT, sub: 'pairwise', ver: '2.0', ...user,
        });
        json(res, 200, { token_type: 'Bearer', expires_in: 3599, access_token: sign({ aud: 'graph' }), id_token: idToken });
      });
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
