import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DispatchedEvent } from '#contract/events.ts';
import { connectPostgres } from '#db/client.ts';
import { systemClock } from '#functions/kernel/clock.ts';
import { createInProcessBus } from '#functions/platform/events/bus.ts';
import { dispatchPending } from '#functions/platform/events/dispatcher.ts';
import { createClient, TEST_ORIGIN } from '#functions/testing/harness.ts';
import { createTestDatabase, type TestDatabase } from '#functions/testing/pg.ts';
import { buildWorker } from '#scripts/build-functions.ts';

// The account functions built exactly as deployed (one Workers script) and run in workerd itself, against
// real PostgreSQL reached over cloudflare:sockets.
describe('the Workers build of the account functions', () => {
  let database: TestDatabase;
  let sql: postgres.Sql;
  let workDir: string;
  let mf: Miniflare;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = postgres(database.url, { max: 1, onnotice: () => {} });
    workDir = await mkdtemp(join(tmpdir(), 'mockstock-worker-'));
    const worker = await buildWorker(join(workDir, 'accounts.mjs'));
    mf = new Miniflare({
      // Listed rather than discovered: Miniflare refuses to follow the dynamic import() in a rate-limiter
      // back end we never use, which workerd itself only evaluates if called.
      modules: [{ type: 'ESModule', path: worker.file }],
      modulesRoot: workDir,
      compatibilityDate: '2025-09-01',
      compatibilityFlags: ['nodejs_compat'],
      bindings: {
        DATABASE_URL: database.url,
        JWT_SECRET: 'worker-secret-worker-secret-worker-0123',
        APP_ORIGIN: TEST_ORIGIN,
        BCRYPT_COST: '10',
      },
    });
    await mf.ready;
  });

  afterAll(async () => {
    await mf?.dispose();
    await sql?.end();
    await database?.drop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  const browser = () =>
    createClient(async (url, init) => {
      // Miniflare speaks its own undici's types: the request crosses as plain method, headers and text.
      const request = new Request(url, init);
      // What Cloudflare's edge adds to every request: the caller's address.
      request.headers.set('cf-connecting-ip', '198.51.100.7');
      const response = await mf.dispatchFetch(url, {
        method: request.method,
        headers: Object.fromEntries(request.headers),
        body: request.body ? await request.text() : undefined,
      });
      return new Response(response.body, response);
    });

  it('registers, signs in, refreshes and signs out with rows in PostgreSQL', async () => {
    const client = browser();
    const password = 'worker correct horse 7';

    const registered = await client.post('/api/auth/register', {
      login: 'worker.anna',
      password,
      displayName: 'Anna at the edge',
    });
    expect(registered.status).toBe(201);
    const [user] = await sql`select id, login, display_name, balance from users where login = 'worker.anna'`;
    expect(user).toMatchObject({ login: 'worker.anna', display_name: 'Anna at the edge', balance: 1 });

    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: user?.id, login: 'worker.anna', balance: 1 });

    const signedIn = browser();
    const login = await signedIn.post('/api/auth/login', { login: 'worker.anna', password });
    expect(login.status).toBe(200);
    const sessions = await sql`select id from sessions where user_id = ${user?.id} and revoked_at is null`;
    expect(sessions).toHaveLength(2);

    const refreshTokenBefore = signedIn.jar.get('ms_refresh');
    const refreshed = await signedIn.post('/api/auth/refresh');
    expect(refreshed.status).toBe(204);
    expect(signedIn.jar.get('ms_refresh')).not.toBe(refreshTokenBefore);
    const [used] = await sql`
      select count(*)::int as count from refresh_tokens t join sessions s on s.id = t.session_id
      where s.user_id = ${user?.id} and t.used_at is not null`;
    expect(used?.count).toBe(1);

    const loggedOut = await signedIn.post('/api/auth/logout');
    expect(loggedOut.status).toBe(204);
    expect(signedIn.jar.has('ms_access')).toBe(false);
    expect((await signedIn.get('/api/me')).status).toBe(401);
    const live = await sql`select id from sessions where user_id = ${user?.id} and revoked_at is null`;
    expect(live).toHaveLength(1);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('leaves the events it records pending, for a process that can publish them', async () => {
    const client = browser();
    const registered = await client.post('/api/auth/register', {
      login: 'worker.boris',
      password: 'worker correct horse 8',
      displayName: 'Boris at the edge',
    });
    expect(registered.status).toBe(201);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const [user] = await sql`select id from users where login = 'worker.boris'`;
    const pendingOf = () =>
      sql`select name, version, dispatched_at from outbox_events where user_id = ${user?.id}`;
    // No relay can hear a Worker (it cannot reach Redis): the session's end is not marked sent to nobody.
    expect(await pendingOf()).toEqual([{ name: 'session.ended', version: null, dispatched_at: null }]);

    // The sweep of a process that reaches the relays (its bus stands for Redis here) sends it.
    const heard: DispatchedEvent[] = [];
    const bus = createInProcessBus();
    bus.subscribe((event) => heard.push(event));
    const node = connectPostgres(database.url, { max: 1 });
    try {
      await dispatchPending({ db: node.db, bus, now: systemClock });
    } finally {
      await node.close();
    }
    expect(heard).toContainEqual(
      expect.objectContaining({ name: 'session.ended', audience: { kind: 'user', userId: user?.id } }),
    );
    expect((await pendingOf())[0]?.dispatched_at).toBeInstanceOf(Date);
  });

  it('answers an invalid sign-up with problem+json and writes nothing', async () => {
    const response = await browser().post('/api/auth/register', {
      login: 'no spaces allowed',
      password: 'worker correct horse 7',
      displayName: 'Bad login',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ field: 'login', code: 'login_format' })],
    });
    const [row] = await sql`select count(*)::int as count from users where display_name = 'Bad login'`;
    expect(row?.count).toBe(0);
  });
});
