import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentials, ledgerEntries, users } from '#db/schema/index.ts';
import { createUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
beforeAll(async () => {
  h = await createHarness({ env: { INITIAL_ADMIN_LOGIN: 'Boss' } });
});
afterAll(() => h.close());

const register = (body: unknown) => h.client().post('/api/auth/register', body);

describe('POST /api/auth/register', () => {
  it('creates the account with the signup bonus in the ledger and signs it in', async () => {
    const client = h.client();
    const res = await client.post('/api/auth/register', {
      login: 'Anna.K',
      password: 'пароль-для-анны',
      displayName: 'Анна',
    });
    expect(res.status).toBe(201);
    const { user } = await res.json();
    expect(user).toMatchObject({
      login: 'Anna.K',
      displayName: 'Анна',
      balance: 1,
      timeZone: 'Europe/Moscow',
    });
    expect(client.jar.has('ms_access')).toBe(true);
    expect(client.jar.has('ms_refresh')).toBe(true);

    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect((await me.json()).id).toBe(user.id);

    const ledger = await h.deps.db.select().from(ledgerEntries).where(eq(ledgerEntries.userId, user.id));
    expect(ledger).toMatchObject([{ delta: 1, reason: 'signup_bonus' }]);
    const [stored] = await h.deps.db.select().from(credentials).where(eq(credentials.userId, user.id));
    expect(stored?.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(stored?.passwordHash).not.toContain('пароль');
  });

  it('sets cookies httpOnly, SameSite and scoped', async () => {
    const res = await register({ login: 'cookie-check', password: 'long enough secret', displayName: 'C' });
    const cookies = res.headers.getSetCookie();
    const access = cookies.find((c) => c.startsWith('ms_access='));
    const refresh = cookies.find((c) => c.startsWith('ms_refresh='));
    expect(access).toMatch(/HttpOnly/);
    expect(access).toMatch(/SameSite=Lax/);
    expect(access).toMatch(/Max-Age=900/);
    expect(refresh).toMatch(/HttpOnly/);
    expect(refresh).toMatch(/Path=\/api\/auth/);
    // The web app's hint that a session may exist: readable by scripts, as long-lived as the refresh token.
    const hint = cookies.find((c) => c.startsWith('ms_session='));
    expect(hint).not.toMatch(/HttpOnly/);
    expect(hint).toMatch(/Path=\/;/);
    expect(hint).toMatch(/Max-Age=2592000/);
  });

  it('gives the hint to a session from before it existed, on its next signed-in request', async () => {
    const user = await createUser(h);
    expect(user.client.jar.has('ms_session')).toBe(false);
    const me = await user.client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.headers.getSetCookie().find((c) => c.startsWith('ms_session='))).toMatch(/^ms_session=1;/);
    // A guest's read sets nothing.
    const guest = await h.client().get('/api/slots');
    expect(guest.headers.getSetCookie().some((c) => c.startsWith('ms_session='))).toBe(false);
  });

  it('refuses a login taken in another case', async () => {
    await register({ login: 'Taken', password: 'first owner secret', displayName: 'A' });
    const res = await register({ login: 'tAKEN', password: 'second owner secret', displayName: 'B' });
    expect(res.status).toBe(409);
    const problem = await res.json();
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(problem).toMatchObject({ code: 'login_taken', errors: [{ field: 'login', code: 'login_taken' }] });
  });

  it('lets exactly one of concurrent registrations of the same login win', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        register({ login: 'racer', password: `racer secret ${i}`, displayName: 'R' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it.each([
    [{ password: 'long enough 1', displayName: 'X' }, 'login', 'required'],
    [{ login: 'ab', password: 'long enough 1', displayName: 'X' }, 'login', 'login_format'],
    [{ login: 'a'.repeat(33), password: 'long enough 1', displayName: 'X' }, 'login', 'login_format'],
    [{ login: 'кириллица', password: 'long enough 1', displayName: 'X' }, 'login', 'login_format'],
    [{ login: 'shorty', password: 'short', displayName: 'X' }, 'password', 'password_too_short'],
    [{ login: 'common', password: 'password123', displayName: 'X' }, 'password', 'password_common'],
    [
      { login: 'SameAsLogin', password: 'sameaslogin', displayName: 'X' },
      'password',
      'password_same_as_login',
    ],
    [
      { login: 'longname', password: 'long enough 1', displayName: 'x'.repeat(81) },
      'displayName',
      'too_long',
    ],
    [{ login: 'blankname', password: 'long enough 1', displayName: '   ' }, 'displayName', 'required'],
    [{ login: 'extra', password: 'long enough 1', displayName: 'X', role: 'admin' }, 'role', 'unknown_field'],
  ])('refuses %j with %s: %s and stores nothing', async (body, field, code) => {
    const before = await h.deps.db.$count(users);
    const res = await register(body);
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toContainEqual(expect.objectContaining({ field, code }));
    expect(await h.deps.db.$count(users)).toBe(before);
  });

  it('refuses a 73-byte password instead of truncating it, and accepts 72 bytes', async () => {
    // 36 Cyrillic letters are 72 bytes; one more ASCII character makes 73.
    const seventyTwo = 'ж'.repeat(36);
    const tooLong = await register({ login: 'bytes73', password: `${seventyTwo}x`, displayName: 'B' });
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).errors).toContainEqual(
      expect.objectContaining({ code: 'password_too_long' }),
    );
    const fits = await register({ login: 'bytes72', password: seventyTwo, displayName: 'B' });
    expect(fits.status).toBe(201);
  });

  it('makes INITIAL_ADMIN_LOGIN the first admin, and only while there is none', async () => {
    const first = await register({ login: 'boss', password: 'the boss secret', displayName: 'Boss' });
    expect((await first.json()).user.role).toBe('admin');
    await h.deps.db.update(users).set({ login: 'former-boss' }).where(eq(users.login, 'boss'));
    const second = await register({ login: 'BOSS', password: 'another boss secret', displayName: 'Boss 2' });
    expect((await second.json()).user.role).toBe('user');
  });
});
