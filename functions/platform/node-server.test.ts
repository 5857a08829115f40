import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingMessage, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress } from 'node:zlib';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '#functions/kernel/runtime.ts';
import { createTestDatabase, type TestDatabase } from '#functions/testing/pg.ts';
import { startServer } from './node-server.ts';

let database: TestDatabase;
let web: string;
let server: Awaited<ReturnType<typeof startServer>>;
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;
/** As web/build/page-manifest.ts writes them. */
const PAGES = [
  { name: 'home', path: '/', preload: ['/assets/home-1.js'] },
  { name: 'exchange', path: '/exchange', preload: ['/assets/exchange-1.js'] },
  { name: 'slot', path: '/slots/:id', preload: ['/assets/slot-1.js'] },
  { name: 'profile', path: '/u/:login', preload: [] },
];

beforeAll(async () => {
  database = await createTestDatabase();
  web = await mkdtemp(join(tmpdir(), 'mockstock-web-'));
  await mkdir(join(web, 'assets'));
  await writeFile(
    join(web, 'index.html'),
    '<!doctype html><html><head><meta name="description" content="Mockstock" /><title>mockstock-shell</title></head><body></body></html>',
  );
  await writeFile(join(web, 'pages.json'), JSON.stringify({ pages: PAGES }));
  await writeFile(join(web, 'robots.txt'), 'User-agent: *\nDisallow: /api/\n');
  await writeFile(join(web, 'assets', 'app-3f2a1c.js'), SCRIPT);
  await writeFile(join(web, 'assets', 'app-3f2a1c.js.br'), await promisify(brotliCompress)(SCRIPT));
  server = await startServer({
    env: {
      DATABASE_URL: database.url,
      PORT: '0',
      WEB_DIST: web,
      JWT_SECRET: 'x'.repeat(40),
      RUN_SCHEDULER: 'false',
    },
    log: () => {},
  });
});
afterAll(async () => {
  await server?.close();
  await database?.drop();
  await rm(web, { recursive: true, force: true });
});

describe('the built-in server’s web app', () => {
  it('sends hashed assets compressed when the browser takes it, cached for good', async () => {
    // node:http, not fetch: fetch would decode, and the raw bytes are what must be compressed.
    const res = await new Promise<IncomingMessage>((resolve, reject) =>
      get(`${server.url}/assets/app-3f2a1c.js`, { headers: { 'accept-encoding': 'gzip, br' } }, resolve).on(
        'error',
        reject,
      ),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(body.length).toBeLessThan(SCRIPT.length / 10);
    expect((await promisify(brotliDecompress)(body)).toString()).toBe(SCRIPT);
    const plain = await fetch(`${server.url}/assets/app-3f2a1c.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('revalidates the shell on every visit, on every page, with the page’s own code preloaded', async () => {
    for (const path of ['/', '/exchange', '/u/someone', '/Exchange/']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain('mockstock-shell');
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
    expect(await (await fetch(`${server.url}/`)).text()).toContain('href="/assets/home-1.js"');
    expect(await (await fetch(`${server.url}/exchange`)).text()).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/exchange-1.js">',
    );
  });

  it('answers 404 at an address the app does not have, with the shell to show its "not found" page', async () => {
    for (const path of ['/nope', '/exchange/more', '/u/', '/slots/not-a-slot', `/slots/${randomUUID()}`]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain('mockstock-shell');
      expect(html, path).not.toContain('modulepreload');
    }
    const robots = await fetch(`${server.url}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toContain('Disallow: /api/');
  });

  it('tells link previews what a slot is, from its public view only', async () => {
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    const [profession] = await sql`select id from professions order by position limit 1`;
    const [user] =
      await sql`insert into users ${sql({ login: 'og.anna', display_name: 'Анна <Смирнова>' })} returning id`;
    const startsAt = new Date(Date.now() + 24 * 3600_000);
    const [slot] = await sql`insert into slots ${sql({
      interviewer_id: user?.id,
      profession_id: profession?.id,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 3600_000),
      duration_minutes: 60,
      meeting_url: 'https://meet.example.com/secret-room',
      level: 'senior',
      language: 'en',
      description: 'System design & "scaling" <script>alert(1)</script>',
    })} returning id`;
    await sql.end();

    const res = await fetch(`${server.url}/slots/${slot?.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<meta property="og:url" content="${server.url}/slots/${slot?.id}" />`);
    expect(html).toMatch(/<meta property="og:title" content="Собеседование: [^"]+, senior — Mockstock" \/>/);
    expect(html).toContain('Интервьюер: Анна &#60;Смирнова&#62;.');
    expect(html).toContain('System design &#38; &#34;scaling&#34; &#60;script&#62;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('secret-room');
    expect(html).toContain('href="/assets/slot-1.js"');
  });
});

describe('the built-in server’s body limit, over HTTP', () => {
  const login = (password: string) => JSON.stringify({ login: 'nobody', password });

  it('refuses a body that declares more than 64 KB, and reads one that declares less', async () => {
    const send = async (body: string) => {
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body,
      });
      const { code } = (await res.json()) as { code: string };
      return { status: res.status, type: res.headers.get('content-type'), code };
    };
    expect(await send(login('p'.repeat(MAX_BODY_BYTES)))).toEqual({
      status: 413,
      type: 'application/problem+json',
      code: 'payload_too_large',
    });
    expect((await send(login('p'.repeat(100)))).code).toBe('invalid_credentials');
  });

  it('counts a body sent in chunks as it arrives', async () => {
    const post = (chunks: string[]) =>
      new Promise<{ status: number; code: string }>((resolve, reject) => {
        const url = new URL('/api/auth/login', server.url);
        const req = request(
          url,
          { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url } },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => {
              text += chunk.toString();
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, code: JSON.parse(text).code }));
          },
        );
        req.on('error', reject);
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    const body = login('p'.repeat(MAX_BODY_BYTES));
    const huge = await post([body.slice(0, 1000), body.slice(1000)]);
    expect(huge).toEqual({ status: 413, code: 'payload_too_large' });
    const small = login('p'.repeat(100));
    expect((await post([small.slice(0, 10), small.slice(10)])).code).toBe('invalid_credentials');
  });
});
