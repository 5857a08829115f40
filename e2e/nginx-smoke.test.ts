import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '#functions/platform/node-server.ts';
import { createClient, TEST_ORIGIN } from '#functions/testing/harness.ts';
import { createTestDatabase, type TestDatabase } from '#functions/testing/pg.ts';
import { type Nginx, startNginx } from './support/nginx.ts';

const APP_SHELL =
  '<!doctype html><html><head><title>Mockstock</title></head><body><div id="root">mockstock-shell</div></body></html>';
/** As the build lists the app's pages (web/build/page-manifest.ts). */
const PAGES = [
  { name: 'home', path: '/', preload: [] },
  { name: 'settings', path: '/settings', preload: ['/assets/settings-9c1e2b.js'] },
];

/** A JSON POST from a chosen local address (the loopback range is ours), as a second machine would send it. */
function postFrom(localAddress: string, url: string, body: unknown, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      localAddress,
      headers: { 'content-type': 'application/json', ...headers },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

// The deployed nginx configuration in front of the real functions server: what compose runs, and what CI
// checks with Debian's nginx.
describe('nginx in front of the functions', () => {
  let database: TestDatabase;
  let sql: postgres.Sql;
  let server: Awaited<ReturnType<typeof startServer>>;
  let workDir: string;
  let nginx: Nginx;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = postgres(database.url, { max: 1, onnotice: () => {} });
    workDir = await mkdtemp(join(tmpdir(), 'mockstock-nginx-'));
    // nginx's workers drop root privileges and must still read the web root.
    await chmod(workDir, 0o755);
    const webRoot = join(workDir, 'web');
    await mkdir(join(webRoot, 'assets'), { recursive: true });
    await writeFile(join(webRoot, 'index.html'), APP_SHELL);
    await writeFile(join(webRoot, 'pages.json'), JSON.stringify({ pages: PAGES }));
    await writeFile(join(webRoot, 'robots.txt'), 'User-agent: *\nDisallow: /api/\n');
    await writeFile(join(webRoot, 'assets', 'app-3f2a1c.js'), 'console.log("mockstock");');

    server = await startServer({
      env: {
        DATABASE_URL: database.url,
        JWT_SECRET: 'nginx-secret-nginx-secret-nginx-secret-01',
        TRUST_PROXY: 'true',
        PORT: '0',
        WEB_DIST: webRoot,
        BCRYPT_COST: '10',
      },
      log: () => {},
    });

    nginx = await startNginx({
      webRoot,
      functions: [new URL(server.url).host],
      relays: [new URL(server.url).host],
    });
    base = nginx.url;
  });

  afterAll(async () => {
    await nginx?.stop();
    await server?.close();
    await sql?.end();
    await database?.drop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  /** The harness's browser, pointed at nginx and sending nginx's address as its Origin. */
  const browser = () =>
    createClient((url, init) => {
      const headers = new Headers(init?.headers);
      if (headers.get('origin') === TEST_ORIGIN) headers.set('origin', base);
      const target = new URL(url);
      return fetch(`${base}${target.pathname}${target.search}`, { ...init, headers, redirect: 'manual' });
    });

  it('signs up, reads the account and signs out through nginx', async () => {
    const client = browser();
    // Accepted only because nginx passes Host with its port: the Origin check compares the two.
    const registered = await client.post('/api/auth/register', {
      login: 'nginx.nina',
      password: 'nginx correct horse 7',
      displayName: 'Nina',
    });
    expect(registered.status).toBe(201);
    const [user] = await sql`select id from users where login = 'nginx.nina'`;
    expect(user).toBeDefined();

    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: user?.id, login: 'nginx.nina' });

    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('refuses a forged form post and a request from another site', async () => {
    const form = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'login=nginx.nina&password=nginx+correct+horse+7',
    });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ code: 'unsupported_media_type' });

    const foreign = await browser().post(
      '/api/auth/login',
      { login: 'nginx.nina', password: 'nginx correct horse 7' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: 'origin_mismatch' });
  });

  it('serves the web app: the shell of every page from the functions, 404 elsewhere, hashed assets for good', async () => {
    for (const path of ['/', '/settings']) {
      const page = await fetch(`${base}${path}`);
      expect(page.status, path).toBe(200);
      expect(await page.text(), path).toContain('mockstock-shell');
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
    }
    // The shell the functions send: with the page's own code preloaded.
    expect(await (await fetch(`${base}/settings`)).text()).toContain('href="/assets/settings-9c1e2b.js"');
    const unknown = await fetch(`${base}/settings/profile`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('mockstock-shell');
    const robots = await fetch(`${base}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toContain('Disallow: /api/');
    const asset = await fetch(`${base}/assets/app-3f2a1c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('max-age=315360000');
    // gzip is on for the API's JSON (nginx says so with Vary even when a body is too small to compress).
    const api = await fetch(`${base}/api/professions`, { headers: { 'accept-encoding': 'gzip' } });
    expect(api.headers.get('vary') ?? '').toMatch(/Accept-Encoding/i);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('gives the web app the same security headers as the functions give the API', async () => {
    const page = await fetch(`${base}/`);
    const api = await fetch(`${base}/api/professions`);
    expect(api.status).toBe(200);
    for (const name of [
      'content-security-policy',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
    ]) {
      expect(api.headers.get(name), name).not.toBeNull();
      expect(page.headers.get(name), name).toBe(api.headers.get(name));
    }
  });

  it('tells the functions the real client address and drops the one the client claims', async () => {
    const login = `${base}/api/auth/login`;
    const wrong = { login: 'nginx.nina', password: 'not her password' };
    const claimed = { 'x-real-ip': '203.0.113.9', 'x-forwarded-for': '203.0.113.9' };
    // From 127.0.0.2, claiming to be 203.0.113.9: five failures spend the login-and-address counter.
    for (let failure = 0; failure < 5; failure += 1)
      expect(await postFrom('127.0.0.2', login, wrong, { origin: base, ...claimed })).toBe(401);
    expect(await postFrom('127.0.0.2', login, wrong, { origin: base, ...claimed })).toBe(429);

    // Asked directly, the functions show whose counter that was: 127.0.0.2's, as nginx reported it.
    const direct = (realIp: string) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { origin: server.url, 'content-type': 'application/json', 'x-real-ip': realIp },
        body: JSON.stringify(wrong),
      }).then((res) => res.status);
    expect(await direct('127.0.0.2')).toBe(429);
    expect(await direct('203.0.113.9')).toBe(401);
    expect(await direct('127.0.0.1')).toBe(401);
  });

  it('carries the realtime connection over a WebSocket on /socket.io/, for our origin only', async () => {
    const open = (origin: string) => {
      const socket = connect(base, {
        transports: ['websocket'],
        extraHeaders: { origin },
        reconnection: false,
      });
      const outcome = new Promise<string>((resolve) => {
        socket.once('connect', () => resolve(socket.io.engine.transport.name));
        socket.once('connect_error', (error) => resolve(`refused: ${error.message}`));
      });
      return outcome.finally(() => socket.disconnect());
    };
    expect(await open(base)).toBe('websocket');
    expect(await open('https://evil.example')).toMatch(/^refused/);
  });
});
