import { randomBytes } from 'node:crypto';
import type { Clock } from '#functions/kernel/clock.ts';
import type { NodeDeps } from '#functions/platform/node-deps.ts';
import { startServer } from '#functions/platform/node-server.ts';
import { createTestDatabase } from '#functions/testing/pg.ts';

/**
 * The whole product (built web app and API) on a free port, over a fresh PostgreSQL database. With `now`,
 * the server reads time from that clock and runs no scheduler of its own: a test that moves time also runs
 * the scheduled jobs (`runScheduledJobs` with `deps`) at the moments it chooses.
 */
export async function startApp({ now }: { now?: Clock } = {}): Promise<{
  url: string;
  deps: NodeDeps;
  close(): Promise<void>;
}> {
  const database = await createTestDatabase();
  const server = await startServer({
    env: {
      DATABASE_URL: database.url,
      PORT: '0',
      JWT_SECRET: randomBytes(32).toString('hex'),
      RUN_SCHEDULER: now ? 'false' : 'true',
    },
    now,
    log: () => {},
  });
  return {
    url: server.url,
    deps: server.deps,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
