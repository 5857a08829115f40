import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '#functions/testing/pg.ts';
import { freePort, type Nginx, startNginx } from './nginx.ts';
import { spawnFunctionServer, spawnRelay } from './processes.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export type Cluster = {
  url: string;
  database: TestDatabase;
  functions: { url: string }[];
  relays: { url: string; sockets(): Promise<number> }[];
  nginx: Nginx;
  stop(): Promise<void>;
};

/**
 * The product scaled out on this machine: nginx in front of `functionCount` function servers and
 * `relayCount` relays, separate processes sharing one PostgreSQL database and one Redis, as in production.
 */
export async function startCluster(options: {
  functionCount: number;
  relayCount: number;
  redisUrl?: string;
}): Promise<Cluster> {
  const database = await createTestDatabase();
  const shared = {
    DATABASE_URL: database.url,
    REDIS_URL: options.redisUrl ?? 'redis://127.0.0.1:6379',
    // A channel and keys of this run's own on the shared Redis.
    REDIS_PREFIX: `cluster-${randomUUID().slice(0, 8)}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    TRUST_PROXY: 'true',
  };
  const functions = await Promise.all(
    Array.from({ length: options.functionCount }, () =>
      spawnFunctionServer({
        ...shared,
        RUN_RELAY: 'false',
        RUN_SCHEDULER: 'false',
        BCRYPT_COST: '10',
        WEB_DIST,
      }),
    ),
  );
  const relays = await Promise.all(
    Array.from({ length: options.relayCount }, async () =>
      spawnRelay({ ...shared, PORT: String(await freePort()) }),
    ),
  );
  const nginx = await startNginx({
    webRoot: WEB_DIST,
    functions: functions.map((f) => new URL(f.url).host.replace('localhost', '127.0.0.1')),
    relays: relays.map((r) => new URL(r.url).host),
  });
  return {
    url: nginx.url,
    database,
    functions,
    relays: relays.map((relay) => ({
      url: relay.url,
      sockets: async () =>
        ((await (await fetch(`${relay.url}/metrics`)).json()) as { sockets: number }).sockets,
    })),
    nginx,
    async stop() {
      await nginx.stop();
      await Promise.all([...functions, ...relays].map((service) => service.stop()));
      await database.drop();
    },
  };
}
