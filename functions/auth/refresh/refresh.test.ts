import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '#db/schema/index.ts';
import { REFRESH_REUSE_GRACE_MS } from '#functions/auth/sessions.ts';
import { type Client, createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let n = 0;
async function signedIn(): Promise<Client> {
  const client = h.client();
  n += 1;
  const res = await client.post('/api/auth/register', {
    login: `refresher${n}`,
    password: 'refresh secret 42',
    displayName: 'R',
  });
  expect(res.status).toBe(201);
  return client;
}

describe('POST /api/auth/refresh', () => {
  it('rotates: a new refresh token each time, and the access token works again after expiry', async () => {
    const client = await signedIn();
    const firstRefresh = client.jar.get('ms_refresh');
    h.clock.advance(16 * 60 * 1000);
    const expired = await client.get('/api/me');
    expect(expired.status).toBe(401);
    expect((await expired.json()).code).toBe('token_invalid');

    const res = await client.post('/api/auth/refresh');
    expect(res.status).toBe(204);
    expect(client.jar.get('ms_refresh')).not.toBe(firstRefresh);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('detects reuse of a spent token and ends the whole family', async () => {
    const victim = await signedIn();
    const stolen = victim.jar.get('ms_refresh');
    expect((await victim.post('/api/auth/refresh')).status).toBe(204);

    // Past the grace a browser of the owner's needs, a spent token can only be a copy.
    h.clock.advance(REFRESH_REUSE_GRACE_MS + 1000);
    const thief = h.client();
    thief.jar.set('ms_refresh', stolen ?? '');
    const replay = await thief.post('/api/auth/refresh');
    expect(replay.status).toBe(401);
    expect((await replay.json()).code).toBe('refresh_reused');

    // The victim's current tokens belong to the revoked family too: both sides must sign in again.
    expect((await victim.get('/api/me')).status).toBe(401);
    expect((await victim.post('/api/auth/refresh')).status).toBe(401);
  });

  it('gives a spent token presented again within the grace a successor: a reloaded tab keeps its session', async () => {
    const client = await signedIn();
    const spent = client.jar.get('ms_refresh') ?? '';
    expect((await client.post('/api/auth/refresh')).status).toBe(204);
    // The tab was reloaded before the answer arrived: the browser still holds the token it sent.
    h.clock.advance(REFRESH_REUSE_GRACE_MS - 1000);
    client.jar.set('ms_refresh', spent);
    const again = await client.post('/api/auth/refresh');
    expect(again.status).toBe(204);
    expect(client.jar.get('ms_refresh')).not.toBe(spent);
    expect((await client.get('/api/me')).status).toBe(200);
    // The window runs from the first use: using the token again did not extend it.
    const stillGood = client.jar.get('ms_refresh') ?? '';
    h.clock.advance(2000);
    const thief = h.client();
    thief.jar.set('ms_refresh', spent);
    expect((await thief.post('/api/auth/refresh')).status).toBe(401);
    client.jar.set('ms_refresh', stillGood);
    expect((await client.post('/api/auth/refresh')).status).toBe(401);
  });

  it('answers concurrent refreshes with one token each with a successor of its own (tabs that woke together)', async () => {
    const client = await signedIn();
    const token = client.jar.get('ms_refresh') ?? '';
    const tabs = [h.client(), h.client(), h.client()];
    for (const tab of tabs) tab.jar.set('ms_refresh', token);
    const statuses = (await Promise.all(tabs.map((tab) => tab.post('/api/auth/refresh')))).map(
      (r) => r.status,
    );
    expect(statuses).toEqual([204, 204, 204]);
    const successors = tabs.map((tab) => tab.jar.get('ms_refresh'));
    expect(new Set([token, ...successors]).size).toBe(4);
    for (const tab of tabs) expect((await tab.get('/api/me')).status).toBe(200);

    // Each successor is single use in turn; the shared token, past the grace, is a copy.
    h.clock.advance(REFRESH_REUSE_GRACE_MS + 1000);
    const copy = h.client();
    copy.jar.set('ms_refresh', token);
    expect((await copy.post('/api/auth/refresh')).status).toBe(401);
    for (const tab of tabs) expect((await tab.get('/api/me')).status).toBe(401);
  });

  it('refuses an expired refresh token', async () => {
    const client = await signedIn();
    h.clock.advance(31 * 24 * 60 * 60 * 1000);
    const res = await client.post('/api/auth/refresh');
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('refresh_invalid');
    expect(client.jar.has('ms_refresh')).toBe(false);
    expect(client.jar.has('ms_session')).toBe(false);
  });

  it('refuses a request without a refresh token', async () => {
    const res = await h.client().post('/api/auth/refresh');
    expect(res.status).toBe(401);
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session at once: the old access token and refresh token stop working', async () => {
    const client = await signedIn();
    const access = client.jar.get('ms_access') ?? '';
    const refresh = client.jar.get('ms_refresh') ?? '';
    const res = await client.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(client.jar.size).toBe(0);

    const replay = h.client();
    replay.jar.set('ms_access', access);
    replay.jar.set('ms_refresh', refresh);
    const me = await replay.get('/api/me');
    expect(me.status).toBe(401);
    expect((await me.json()).code).toBe('session_ended');
    expect((await replay.post('/api/auth/refresh')).status).toBe(401);
  });

  it('ends only this device: another session of the same user goes on', async () => {
    const laptop = await signedIn();
    const phone = h.client();
    expect(
      (await phone.post('/api/auth/login', { login: `refresher${n}`, password: 'refresh secret 42' })).status,
    ).toBe(200);
    await laptop.post('/api/auth/logout');
    expect((await phone.get('/api/me')).status).toBe(200);
    const me = await (await phone.get('/api/me')).json();
    const live = await h.deps.db.select().from(sessions).where(eq(sessions.userId, me.id));
    expect(live.filter((s) => s.revokedAt === null)).toHaveLength(1);
  });
});
