import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#functions/testing/pg.ts';
import { spawnFunctionServer } from './support/processes.ts';
import { workerLog } from './support/worker-log.ts';

const DEADLINE_SECONDS = 3;
const CONCURRENCY = 4;

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('the supervisor', () => {
  // Two workers start cold (each loads every function), and then a third: on a busy machine that is slow.
  it('replaces a killed worker at once, keeps answering, and stops every worker on SIGTERM', {
    timeout: 150_000,
  }, async () => {
    const server = await spawnFunctionServer({
      WORKERS: '2',
      DATABASE_URL: database.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `supervisor-${randomUUID().slice(0, 8)}`,
      JWT_SECRET: 'supervisor-test-secret-supervisor-test-secret',
      RUN_RELAY: 'false',
      RUN_SCHEDULER: 'false',
      SHUTDOWN_TIMEOUT_SECONDS: String(DEADLINE_SECONDS),
    });
    let running = true;
    try {
      const log = workerLog(server);
      const listening = () => log.lines().filter((line) => line.msg === 'worker listening');
      await expect.poll(() => listening().length, { timeout: 45_000 }).toBe(2);
      const [first, second] = listening();
      expect(new Set([first?.place, second?.place])).toEqual(new Set([0, 1]));

      // Requests all along, CONCURRENCY at a time, each noting how it ended, within a time limit: a request
      // left unanswered by the worker's death must show as a failure, not hang the test.
      const outcomes: { at: number; result: number | string }[] = [];
      const client = async () => {
        while (running) {
          const at = performance.now();
          const result = await fetch(`${server.url}/api/professions`, {
            signal: AbortSignal.timeout(5000),
          }).then(
            async (res) => {
              await res.arrayBuffer();
              return res.status;
            },
            (error: Error) => String((error.cause as { code?: string } | undefined)?.code ?? error.name),
          );
          outcomes.push({ at, result });
        }
      };
      const clients = Array.from({ length: CONCURRENCY }, client);
      await sleep(500);

      const victim = first?.pid ?? 0;
      const killedAt = performance.now();
      process.kill(victim, 'SIGKILL');
      const exited = await log.waitFor((line) => line.msg === 'worker exited' && line.pid === victim, 30_000);
      expect(exited.signal).toBe('SIGKILL');
      const replaced = await log.waitFor(
        (line) => line.msg === 'worker started' && line.place === first?.place && line.pid !== victim,
        30_000,
      );
      const ready = await log.waitFor(
        (line) => line.msg === 'worker listening' && line.pid === replaced.pid,
        45_000,
      );
      await sleep(500);
      running = false;
      await Promise.all(clients);
      const failed = outcomes.filter((o) => o.result !== 200);
      console.info(
        `worker ${victim} killed → replacement forked after ${Math.round(replaced.at - killedAt)} ms, ` +
          `listening after ${Math.round(ready.at - killedAt)} ms; ${outcomes.length} requests, ` +
          `failed: ${JSON.stringify(failed.map((o) => o.result))}`,
      );
      expect(replaced.at - killedAt).toBeLessThan(2000);

      // The port never closed: only requests under way as the worker died fail (its kept-alive connections
      // reset), none is refused, and every request begun a second after the kill is answered.
      expect(failed.filter((o) => o.result === 'ECONNREFUSED')).toEqual([]);
      expect(failed.filter((o) => o.at > killedAt + 1000)).toEqual([]);
      expect(outcomes.filter((o) => o.at > killedAt && o.result === 200).length).toBeGreaterThan(0);

      const workers = [second?.pid ?? 0, replaced.pid];
      const exit = new Promise<{ code: number | null; at: number }>((resolve) =>
        server.process.once('exit', (code) => resolve({ code, at: performance.now() })),
      );
      const signalled = performance.now();
      server.process.kill('SIGTERM');
      const { code, at } = await exit;
      console.info(`SIGTERM → the supervisor and its workers exited after ${Math.round(at - signalled)} ms`);
      expect(code).toBe(0);
      expect(at - signalled).toBeLessThan(DEADLINE_SECONDS * 1000);
      for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
    } finally {
      running = false;
      // Its workers exit with it (their channel to it closes).
      if (server.process.exitCode === null && server.process.signalCode === null)
        server.process.kill('SIGKILL');
    }
  });
});
