import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness } from '#functions/testing/harness.ts';
import { AUDIENCE, ISSUER } from './tokens.ts';

const SECRET = 'test-secret-test-secret-test-secret-0123';
let h: Awaited<ReturnType<typeof createHarness>>;
let owner: Client;
let claims: { sub: string; sid: string };

beforeAll(async () => {
  h = await createHarness({ env: { JWT_SECRET: SECRET } });
  owner = h.client();
  await owner.post('/api/auth/register', {
    login: 'token-owner',
    password: 'token secret 1',
    displayName: 'T',
  });
  const payload = JSON.parse(
    Buffer.from((owner.jar.get('ms_access') ?? '').split('.')[1] ?? '', 'base64url').toString(),
  );
  claims = { sub: payload.sub, sid: payload.sid };
});
afterAll(() => h.close());

const nowSeconds = () => Math.floor(h.clock().getTime() / 1000);

function forge(overrides: {
  alg?: string;
  typ?: string;
  aud?: string;
  iss?: string;
  exp?: number;
  secret?: string;
}) {
  return new SignJWT({ sid: claims.sid })
    .setProtectedHeader({ alg: overrides.alg ?? 'HS256', typ: overrides.typ ?? 'at+jwt' })
    .setSubject(claims.sub)
    .setIssuer(overrides.iss ?? ISSUER)
    .setAudience(overrides.aud ?? AUDIENCE)
    .setIssuedAt(nowSeconds())
    .setExpirationTime(overrides.exp ?? nowSeconds() + 600)
    .sign(new TextEncoder().encode(overrides.secret ?? SECRET));
}

async function meWith(token: string) {
  const client = h.client();
  client.jar.set('ms_access', token);
  return client.get('/api/me');
}

describe('access tokens', () => {
  it('accepts a well-formed token (the control for the cases below)', async () => {
    expect((await meWith(await forge({}))).status).toBe(200);
  });

  it.each([
    [
      'alg none',
      async () =>
        new UnsecuredJWT({ sid: claims.sid })
          .setSubject(claims.sub)
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setIssuedAt(nowSeconds())
          .setExpirationTime(nowSeconds() + 600)
          .encode(),
    ],
    ['a wrong audience', () => forge({ aud: 'someone-else' })],
    ['a wrong issuer', () => forge({ iss: 'evil' })],
    ['a wrong type', () => forge({ typ: 'JWT' })],
    ['an expired time', () => forge({ exp: nowSeconds() - 1 })],
    ['another key', () => forge({ secret: 'another-secret-another-secret-another-1' })],
    ['another HMAC algorithm', () => forge({ alg: 'HS512' })],
    [
      'a tampered signature',
      async () => {
        const [header, payload, signature = ''] = (await forge({})).split('.');
        const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
        return `${header}.${payload}.${flipped}`;
      },
    ],
    [
      'a tampered payload',
      async () => {
        const [header, , signature] = (await forge({})).split('.');
        const payload = Buffer.from(
          JSON.stringify({
            ...claims,
            sub: crypto.randomUUID(),
            iss: ISSUER,
            aud: AUDIENCE,
            exp: nowSeconds() + 600,
            iat: nowSeconds(),
          }),
        ).toString('base64url');
        return `${header}.${payload}.${signature}`;
      },
    ],
    ['garbage', async () => 'not-a-jwt'],
  ])('refuses %s with 401', async (_name, make) => {
    const res = await meWith(await make());
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('token_invalid');
  });

  it('expires the real token after 15 minutes', async () => {
    expect((await owner.get('/api/me')).status).toBe(200);
    h.clock.advance(15 * 60 * 1000 + 1000);
    expect((await owner.get('/api/me')).status).toBe(401);
  });
});
