import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#functions/testing/pg.ts';
import { startServer } from './node-server.ts';

let database: TestDatabase;
let web: string;
let server: Awaited<ReturnType<typeof startServer>>;
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;

beforeAll(async () => {
  database = await createTestDatabase();
  web = await mkdtemp(join(tmpdir(), 'mockstock-web-'));
  await mkdir(join(web, 'assets'));
  await writeFile(join(web, 'index.html'), '<!doctype html><title>mockstock-shell</title>');
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

  it('revalidates the shell on every visit, on every client route', async () => {
    for (const path of ['/', '/exchange', '/u/someone']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain('mockstock-shell');
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
  });
});
