import type { ExecutionContext, Hono } from 'hono';
import { connectPostgres } from '#db/client.ts';
import { systemClock } from '#functions/kernel/clock.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { createRuntime } from '#functions/kernel/runtime.ts';
import { createLoginLimiter } from './rate-limit.ts';
import { parseServerlessEnv } from './serverless-env.ts';

/**
 * Functions as one Cloudflare Worker. The login counters live in the isolate's memory: they slow a guesser
 * who keeps hitting one isolate, nothing more.
 */
export function createWorker(apps: Hono<AppEnv>[]) {
  const loginLimiter = createLoginLimiter();
  const app = createRuntime({
    functions: apps,
    // A Worker must not reuse a socket across requests, so each request opens its own connection and ends
    // it after the response has gone out.
    provide: async (c) => {
      const config = parseServerlessEnv(c.env);
      const database = connectPostgres(config.DATABASE_URL, { max: 1, timeouts: config });
      return {
        deps: {
          db: database.db,
          now: systemClock,
          config,
          loginLimiter,
          // A Worker cannot reach Redis, where the relays listen: what the account functions write to the
          // outbox (session.ended) stays pending, and the sweep of a process that can publish sends it (a
          // Node server every second, the scheduled Lambdas every minute). Marking it sent would lose it.
          dispatch: async () => {},
        },
        release: async () => c.executionCtx.waitUntil(database.close()),
      };
    },
    clientIp: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
    log: (line) => console.error(JSON.stringify(line)),
  });
  return {
    fetch: (request: Request, env: Record<string, unknown>, ctx: ExecutionContext) =>
      app.fetch(request, env, ctx),
  };
}
