import type { Hono } from 'hono';
import { getConnInfo, handle } from 'hono/aws-lambda';
import { Redis } from 'ioredis';
import { connectPostgres } from '#db/client.ts';
import { systemClock } from '#functions/kernel/clock.ts';
import type { AppEnv, Deps } from '#functions/kernel/context.ts';
import { createRuntime } from '#functions/kernel/runtime.ts';
import { createDispatcher } from '#functions/platform/events/dispatcher.ts';
import { createRedisBus } from '#functions/platform/events/redis-bus.ts';
import type { Job } from '#functions/scheduled/job.ts';
import { createLoginLimiter } from './rate-limit.ts';
import { parseServerlessEnv } from './serverless-env.ts';

/**
 * A Lambda instance serves one request at a time, so one PostgreSQL connection is all it can use, and all a
 * database can afford across hundreds of instances. Redis, when configured, carries events to the relay and
 * shares the login counters between instances.
 */
function openLambdaDeps(): Deps {
  const config = parseServerlessEnv(process.env);
  const redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 }) : undefined;
  redis?.on('error', () => {});
  const db = connectPostgres(config.DATABASE_URL, { max: 1, timeouts: config }).db;
  const log = (line: Record<string, unknown>) => console.error(JSON.stringify(line));
  // No sweep here: a Lambda lives per request. What one leaves pending goes out with the next request or the
  // next scheduled run, every minute. Without Redis no relay can hear a Lambda, so its events stay pending
  // rather than be marked sent to nobody.
  const dispatcher = config.REDIS_URL
    ? createDispatcher({
        db,
        bus: createRedisBus(config.REDIS_URL, config.REDIS_PREFIX),
        now: systemClock,
        log,
      })
    : undefined;
  return {
    db,
    now: systemClock,
    config,
    loginLimiter: createLoginLimiter(redis, config.REDIS_PREFIX),
    dispatch: dispatcher?.dispatch ?? (async () => {}),
  };
}

/** One function as a Lambda handler behind API Gateway; its dependencies open on the first request. */
export function createLambdaHandler(app: Hono<AppEnv>) {
  let deps: Deps | undefined;
  return handle(
    createRuntime({
      functions: [app],
      provide: async () => {
        deps ??= openLambdaDeps();
        return { deps };
      },
      // API Gateway's own record of the caller (requestContext); x-forwarded-for only behind an ALB.
      clientIp: (c) => getConnInfo(c).remote.address ?? 'unknown',
      log: (line) => console.error(JSON.stringify(line)),
    }),
  );
}

/**
 * One scheduled function as a Lambda fired by its schedule event: it runs the job once at the current time
 * and publishes what it produced. Jobs are idempotent, so a late or repeated invocation is harmless.
 */
export function createScheduledHandler(job: Job) {
  let deps: Deps | undefined;
  return async () => {
    deps ??= openLambdaDeps();
    const result = await job({ db: deps.db, now: deps.now() });
    // Also the sweep for whatever an earlier invocation could not send.
    await deps.dispatch();
    return { affected: result.affected };
  };
}
