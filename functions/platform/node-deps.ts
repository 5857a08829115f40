import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { Redis } from 'ioredis';
import { connectPostgres, type DbHandle, openEmbedded } from '#db/client.ts';
import { type Clock, systemClock } from '#functions/kernel/clock.ts';
import type { Deps, RuntimeConfig } from '#functions/kernel/context.ts';
import type { Config } from '#functions/kernel/env.ts';
import { createInProcessBus, type EventBus } from '#functions/platform/events/bus.ts';
import { createDispatcher, type Dispatcher } from '#functions/platform/events/dispatcher.ts';
import { createRedisBus } from '#functions/platform/events/redis-bus.ts';
import { createExchangeCache } from '#functions/slots/exchange-cache.ts';
import { createLoginLimiter } from './rate-limit.ts';

/**
 * Without JWT_SECRET (a fresh `npm start`), a secret is made once and kept in the data directory, so
 * sessions survive restarts. Anything that runs more than one process sets JWT_SECRET instead.
 */
async function jwtSecret(config: Config): Promise<string> {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  await mkdir(config.DATA_DIR, { recursive: true });
  const file = join(config.DATA_DIR, 'jwt-secret');
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing && existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

export type NodeDeps = Deps & {
  database: DbHandle;
  events: EventBus;
  dispatcher: Dispatcher;
  close(): Promise<void>;
};

/**
 * The long-lived dependencies of a Node process: PostgreSQL and Redis when configured, embedded otherwise.
 * With `dispatchAfterResponse` (the server) a handler's `dispatch()` starts sending and returns at once:
 * the answer does not wait for publishing, which the process finishes on its own (the dispatcher retries,
 * the sweep catches anything left, and a stop waits for it). Tests keep it awaited, to look at what went out.
 */
export async function openNodeDeps(
  config: Config,
  now: Clock = systemClock,
  { dispatchAfterResponse = false } = {},
): Promise<NodeDeps> {
  const runtimeConfig: RuntimeConfig = { ...config, JWT_SECRET: await jwtSecret(config) };
  const database = config.DATABASE_URL
    ? connectPostgres(config.DATABASE_URL, { max: config.DATABASE_POOL_SIZE, timeouts: config })
    : await openEmbedded(join(config.DATA_DIR));
  const redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 }) : undefined;
  // While Redis is away the limiter falls back to memory (insurance); the client's errors are expected.
  redis?.on('error', () => {});
  const events = config.REDIS_URL
    ? createRedisBus(config.REDIS_URL, config.REDIS_PREFIX)
    : createInProcessBus();
  // The exchange cache follows the public stream this process relays (docs/decisions/008).
  const exchangeCache = createExchangeCache({ listening: () => events.isListening() });
  events.subscribe((event) => {
    if (event.audience.kind === 'public') exchangeCache.observe(event.version);
  });
  events.onResync(() => exchangeCache.forget());
  const dispatcher = createDispatcher({
    db: database.db,
    bus: events,
    now,
    log: (line) => console.error(JSON.stringify(line)),
  });
  return {
    db: database.db,
    database,
    now,
    events,
    dispatcher,
    dispatch: dispatchAfterResponse
      ? async () => {
          void dispatcher.dispatch();
        }
      : dispatcher.dispatch,
    exchangeCache,
    config: runtimeConfig,
    loginLimiter: createLoginLimiter(redis, config.REDIS_PREFIX),
    async close() {
      await dispatcher.stop();
      await events.close();
      await redis?.quit();
      await database.close();
    },
  };
}

/** The client's address: the proxy's word for it only when we are told to trust the proxy. */
export function nodeClientIp(trustProxy: boolean) {
  return (c: Context): string => {
    if (trustProxy) {
      const forwarded = c.req.header('x-real-ip') ?? c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    return getConnInfo(c).remote.address ?? 'unknown';
  };
}
