import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEnv } from '#functions/kernel/env.ts';
import { createTestDatabase, type TestDatabase } from '#functions/testing/pg.ts';
import { spawnFunctionServer } from './support/processes.ts';

const DEADLINE_SECONDS = 3;

let database: TestDatabase;
let sql: postgres.Sql;

beforeAll(async () => {
  database = await createTestDatabase();
  sql = postgres(database.url, { max: 2, onnotice: () => {} });
});
afterAll(async () => {
  await sql?.end();
  await database?.drop();
});

/**
 * A function server process whose GET /api/professions waits on a lock another session holds (on the table
 * it reads), with PostgreSQL's own statement limit far away: only the shutdown deadline can end the wait.
 */
async function serverWithStuckRequest() {
  const server = await spawnFunctionServer({
    DATABASE_URL: database.url,
    JWT_SECRET: 'shutdown-test-secret-shutdown-test-secret',
    RUN_SCHEDULER: 'false',
    RUN_RELAY: 'false',
    SHUTDOWN_TIMEOUT_SECONDS: String(DEADLINE_SECONDS),
    DATABASE_STATEMENT_TIMEOUT_SECONDS: '60',
  });
  let output = '';
  server.process.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    server.process.once('exit', (code) => resolve({ code, at: performance.now() })),
  );
  const holder = await sql.reserve();
  await holder`begin`;
  await holder`lock table professions in access exclusive mode`;
  const answer = fetch(`${server.url}/api/professions`).then(
    (response) => response.status,
    () => 'no answer' as const,
  );
  await expect
    .poll(
      async () =>
        (
          await sql`select count(*)::int as waiting from pg_stat_activity
            where datname = ${database.name} and wait_event_type = 'Lock'`
        )[0]?.waiting,
    )
    .toBe(1);
  return {
    answer,
    exited,
    output: () => output,
    terminate() {
      server.process.kill('SIGTERM');
      return performance.now();
    },
    async release() {
      await holder`rollback`;
      holder.release();
    },
  };
}

describe('a SIGTERM', () => {
  it('lets a request in flight finish, then exits at once', async () => {
    const server = await serverWithStuckRequest();
    const signalled = server.terminate();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await server.release();
    expect(await server.answer).toBe(200);
    const { code, at } = await server.exited;
    console.info(
      `SIGTERM, the lock released 0.5 s later → answered and exited after ${Math.round(at - signalled)} ms`,
    );
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(DEADLINE_SECONDS * 1000);
  });

  it('exits at SHUTDOWN_TIMEOUT_SECONDS although a request is stuck on a lock', async () => {
    const server = await serverWithStuckRequest();
    try {
      const signalled = server.terminate();
      const { code, at } = await server.exited;
      const seconds = (at - signalled) / 1000;
      console.info(`SIGTERM with a request stuck on a lock → exited after ${seconds.toFixed(2)} s`);
      expect(seconds).toBeGreaterThanOrEqual(DEADLINE_SECONDS - 0.1);
      expect(seconds).toBeLessThan(DEADLINE_SECONDS + 2);
      expect(code).toBe(1);
      expect(await server.answer).toBe('no answer');
      expect(server.output()).toContain('shutdown deadline passed');
    } finally {
      await server.release();
    }
  });

  it('is given its deadline by compose before Docker kills the process', async () => {
    const compose = parse(await readFile(new URL('../docker-compose.yml', import.meta.url), 'utf8'));
    const functions = compose.services.functions;
    // Unset, the default applies.
    const deadline = parseEnv({
      SHUTDOWN_TIMEOUT_SECONDS: functions.environment.SHUTDOWN_TIMEOUT_SECONDS,
    }).SHUTDOWN_TIMEOUT_SECONDS;
    const grace = Number(/^(\d+)s$/.exec(functions.stop_grace_period)?.[1]);
    expect(grace).toBeGreaterThan(deadline);
    expect(grace).toBeLessThanOrEqual(deadline + 10);
  });
});
