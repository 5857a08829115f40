import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#db/client.ts';
import { parseEnv } from '#functions/kernel/env.ts';
import { createRuntime } from '#functions/kernel/runtime.ts';
import { httpFunctions } from '#functions/registry.ts';
import { openNodeDeps } from './node-deps.ts';
import { startServer } from './node-server.ts';

const run = promisify(execFile);
const PASSWORD = 'outage-secret-pw';

/** A port nothing listens on, found by listening there once. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * A PostgreSQL cluster of this test's own, in a temporary directory on a free port, so that stopping it
 * touches no other test. initdb refuses root, so as root its programs run as the postgres user.
 */
async function ownCluster() {
  const versions = (await readdir('/usr/lib/postgresql')).sort((a, b) => Number(b) - Number(a));
  const bin = (name: string) => `/usr/lib/postgresql/${versions[0]}/bin/${name}`;
  const asPostgres = (command: string, args: string[]) =>
    process.getuid?.() === 0
      ? run('runuser', ['-u', 'postgres', '--', command, ...args])
      : run(command, args);
  const dir = await mkdtemp(join(tmpdir(), 'mockstock-outage-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    await chown(dir, Number(stdout.trim()), -1);
  }
  const port = await freePort();
  const data = join(dir, 'data');
  await asPostgres(bin('initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const pgCtl = (...args: string[]) => asPostgres(bin('pg_ctl'), ['-D', data, ...args]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  return {
    // Any password would do (trust): it is here to prove the logs never show it.
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    start: () => pgCtl('start', '-w', '-o', options, '-l', join(dir, 'log')),
    // As a crash would: no goodbye to the connected clients.
    kill: () => pgCtl('stop', '-m', 'immediate'),
    async remove() {
      await pgCtl('stop', '-m', 'immediate').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A request and how long it took. */
async function timed(url: string, init?: RequestInit) {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = await response.text();
  return { response, body, ms: performance.now() - started };
}

describe('a PostgreSQL outage', () => {
  let cluster: Awaited<ReturnType<typeof ownCluster>>;
  let server: Awaited<ReturnType<typeof startServer>>;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    cluster = await ownCluster();
    await cluster.start();
    server = await startServer({
      env: {
        DATABASE_URL: cluster.url,
        DATABASE_POOL_SIZE: '4',
        PORT: '0',
        JWT_SECRET: 'outage-test-secret-outage-test-secret-0',
        RUN_SCHEDULER: 'false',
        RUN_RELAY: 'false',
        DATABASE_STATEMENT_TIMEOUT_SECONDS: '7',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS: '8',
      },
      log: (line) => logs.push(line),
    });
  });
  afterAll(async () => {
    await server?.close();
    await cluster?.remove();
  });

  it('bounds what PostgreSQL lets each connection do, as configured', async () => {
    const [limits] = rowsOf(
      await server.deps.db.execute(
        sql`select current_setting('statement_timeout') as statement,
          current_setting('idle_in_transaction_session_timeout') as idle_in_transaction`,
      ),
    );
    expect(limits).toEqual({ statement: '7s', idle_in_transaction: '8s' });
  });

  it('answers 503 with Retry-After at once while it is down, and normally within 5 s of its return', async () => {
    const professions = `${server.url}/api/professions`;
    const login = () =>
      timed(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ login: 'someone', password: 'correct horse battery' }),
      });
    expect((await timed(professions)).response.status).toBe(200);

    await cluster.kill();
    const down = performance.now();
    const answers: Awaited<ReturnType<typeof timed>>[] = [];
    // Both the connections the pool had open and new ones that are refused, alone and several at once.
    while (performance.now() - down < 3000) {
      answers.push(await timed(professions), await login());
      answers.push(...(await Promise.all(Array.from({ length: 12 }, () => timed(professions)))));
    }
    for (const { response, body, ms } of answers) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(JSON.parse(body)).toMatchObject({ status: 503, code: 'service_unavailable' });
      expect(ms).toBeLessThan(2000);
    }
    const slowest = Math.max(...answers.map((answer) => answer.ms));

    // Operators see why, in the driver's words, and never the password of DATABASE_URL.
    const outageLogs = logs.filter((line) => line.msg === 'database unavailable');
    expect(outageLogs.length).toBe(answers.length);
    expect(outageLogs.map((line) => line.error).join('\n')).toMatch(/ECONNREFUSED|CONNECTION_CLOSED/);
    expect(JSON.stringify(logs)).not.toContain(PASSWORD);
    expect(logs.filter((line) => line.msg === 'unhandled error')).toEqual([]);

    await cluster.start();
    const up = performance.now();
    let answer = await timed(professions);
    while (answer.response.status !== 200 && performance.now() - up < 5000) {
      // Until the pool is back, still the outage's answer, never a 500.
      expect(answer.response.status).toBe(503);
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await timed(professions);
    }
    const back = performance.now() - up;
    expect(answer.response.status).toBe(200);
    expect(back).toBeLessThan(5000);
    console.info(
      `PostgreSQL down: ${answers.length} answers, all 503, the slowest in ${Math.round(slowest)} ms; ` +
        `back → 200 in ${Math.round(back)} ms`,
    );
  });
});

describe('a PostgreSQL host that does not answer', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    // Accepts the connection and never says a word, as a host behind a firewall that drops packets seems.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('is given up on after DATABASE_CONNECT_TIMEOUT_SECONDS, with a 503', async () => {
    const address = silent.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const deps = await openNodeDeps(
      parseEnv({
        DATABASE_URL: `postgres://postgres:${PASSWORD}@127.0.0.1:${address.port}/postgres`,
        DATABASE_CONNECT_TIMEOUT_SECONDS: '1',
        JWT_SECRET: 'outage-test-secret-outage-test-secret-0',
      }),
    );
    const logs: Record<string, unknown>[] = [];
    const app = createRuntime({
      functions: Object.values(httpFunctions),
      provide: async () => ({ deps }),
      clientIp: () => '203.0.113.9',
      log: (line) => logs.push(line),
    });
    try {
      const started = performance.now();
      const response = await app.request('/api/professions');
      const ms = performance.now() - started;
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(ms).toBeGreaterThanOrEqual(900);
      expect(ms).toBeLessThan(2000);
      expect(logs).toEqual([
        expect.objectContaining({ msg: 'database unavailable', path: '/api/professions' }),
      ]);
      expect(String(logs[0]?.error)).toContain('CONNECT_TIMEOUT');
      expect(JSON.stringify(logs)).not.toContain(PASSWORD);
    } finally {
      await deps.close();
    }
  });
});
