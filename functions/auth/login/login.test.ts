import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loginLimits } from '#functions/platform/rate-limit.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
beforeAll(async () => {
  h = await createHarness();
  for (const login of ['maria', 'victim', 'ivan']) {
    await h
      .client()
      .post('/api/auth/register', { login, password: `${login} real secret`, displayName: login });
  }
});
afterAll(() => h.close());

const login = (body: unknown) => h.client().post('/api/auth/login', body);

describe('POST /api/auth/login', () => {
  it('signs in with the right password, ignoring the login case', async () => {
    const client = h.client();
    const res = await client.post('/api/auth/login', { login: 'MARIA', password: 'maria real secret' });
    expect(res.status).toBe(200);
    expect((await res.json()).user.login).toBe('maria');
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('answers a wrong password and an unknown login alike', async () => {
    const wrong = await login({ login: 'maria', password: 'not her secret' });
    const unknown = await login({ login: 'nobody-here', password: 'whatever secret' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('blocks an address after repeated failures on one account, with Retry-After, even for the right password', async () => {
    h.setClientIp('198.51.100.7');
    for (let i = 0; i < loginLimits.loginAndIp.points; i++) {
      expect((await login({ login: 'victim', password: `guess ${i}` })).status).toBe(401);
    }
    const limited = await login({ login: 'victim', password: 'victim real secret' });
    expect(limited.status).toBe(429);
    expect((await limited.json()).code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    // The real owner elsewhere is not locked out by the attacker's address.
    h.setClientIp('192.0.2.44');
    expect((await login({ login: 'victim', password: 'victim real secret' })).status).toBe(200);
  });

  it('blocks one address guessing across many accounts', async () => {
    h.setClientIp('198.51.100.99');
    for (let i = 0; i < loginLimits.ip.points; i++) {
      await login({ login: `spray-${i}`, password: 'spray guess' });
    }
    expect((await login({ login: 'ivan', password: 'ivan real secret' })).status).toBe(429);
    h.setClientIp('192.0.2.45');
    expect((await login({ login: 'ivan', password: 'ivan real secret' })).status).toBe(200);
  });

  it('slows a distributed guess at one account, but only for a short block', async () => {
    await h
      .client()
      .post('/api/auth/register', { login: 'target', password: 'target real secret', displayName: 'T' });
    // The limiter library reads Date.now(); faking only Date moves its notion of time without sleeping.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date() });
    try {
      for (let i = 0; i < loginLimits.login.points; i++) {
        h.setClientIp(`10.66.0.${i + 1}`);
        await login({ login: 'target', password: `guess ${i}` });
      }
      h.setClientIp('192.0.2.200');
      const blocked = await login({ login: 'target', password: 'target real secret' });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(loginLimits.login.blockDuration);
      vi.setSystemTime(Date.now() + loginLimits.login.blockDuration * 1000 + 1000);
      expect((await login({ login: 'target', password: 'target real secret' })).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a missing field with a field error', async () => {
    const res = await login({ login: 'maria' });
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toEqual([
      expect.objectContaining({ field: 'password', code: 'required' }),
    ]);
  });
});
