import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('POST /api/me/password', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const here = h.client();
    await here.post('/api/auth/register', { login: 'changer', password: 'old secret 123', displayName: 'C' });
    const elsewhere = h.client();
    await elsewhere.post('/api/auth/login', { login: 'changer', password: 'old secret 123' });

    const res = await here.post('/api/me/password', {
      currentPassword: 'old secret 123',
      newPassword: 'new secret 456',
    });
    expect(res.status).toBe(204);
    expect((await here.get('/api/me')).status).toBe(200);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
    expect((await elsewhere.post('/api/auth/refresh')).status).toBe(401);

    expect(
      (await h.client().post('/api/auth/login', { login: 'changer', password: 'old secret 123' })).status,
    ).toBe(401);
    expect(
      (await h.client().post('/api/auth/login', { login: 'changer', password: 'new secret 456' })).status,
    ).toBe(200);
  });

  it('refuses a wrong current password and a new password equal to the login', async () => {
    const client = h.client();
    await client.post('/api/auth/register', {
      login: 'careful',
      password: 'careful secret 1',
      displayName: 'C',
    });
    const wrong = await client.post('/api/me/password', {
      currentPassword: 'nope nope',
      newPassword: 'fresh secret 2',
    });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).errors).toEqual([
      expect.objectContaining({ field: 'currentPassword', code: 'wrong_password' }),
    ]);
    const same = await client.post('/api/me/password', {
      currentPassword: 'careful secret 1',
      newPassword: 'CAREFUL',
    });
    expect(same.status).toBe(400);
    const tooLong = await client.post('/api/me/password', {
      currentPassword: 'careful secret 1',
      newPassword: 'x'.repeat(73),
    });
    expect((await tooLong.json()).errors).toEqual([expect.objectContaining({ code: 'password_too_long' })]);
    expect(
      (await h.client().post('/api/auth/login', { login: 'careful', password: 'careful secret 1' })).status,
    ).toBe(200);
  });

  it('needs a signed-in user', async () => {
    const res = await h
      .client()
      .post('/api/me/password', { currentPassword: 'a', newPassword: 'long enough 9' });
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('unauthenticated');
  });
});
