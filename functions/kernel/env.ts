import { z } from 'zod';
import { PAIR_REWARD_WINDOW_DAYS } from '#contract/rules.ts';

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback)
    .transform((value) => value === 'true' || value === '1');

/** A whole number of seconds; where `min` is 0, 0 turns the limit off. */
const seconds = ({ min = 0, max, fallback }: { min?: number; max: number; fallback: number }) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  WEB_DIST: z.string().min(1).default('./web/dist'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Bounds on every PostgreSQL connection, so that an outage or a stuck transaction turns into a quick 503
  // rather than a request that hangs: how long a connection may take to open, stay unused, run one
  // statement (lock waits included), and sit idle inside a transaction (holding its locks).
  DATABASE_CONNECT_TIMEOUT_SECONDS: seconds({ min: 1, max: 60, fallback: 2 }),
  DATABASE_IDLE_TIMEOUT_SECONDS: seconds({ max: 3600, fallback: 60 }),
  DATABASE_STATEMENT_TIMEOUT_SECONDS: seconds({ max: 3600, fallback: 10 }),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS: seconds({ max: 3600, fallback: 10 }),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  // Prefix of every Redis key and channel, so deployments (or test runs) can share one Redis.
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/)
    .default('mockstock'),
  // Required wherever there is no data directory to keep a generated one in (Lambda, Workers, compose).
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(900).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  BCRYPT_COST: z.coerce.number().int().min(10).max(15).default(11),
  SIGNUP_BONUS_POINTS: z.coerce.number().int().min(0).max(100).default(1),
  // Anti-farming: an interviewer earns at most one point per candidate within this many days (0 turns it off).
  PAIR_REWARD_WINDOW_DAYS: z.coerce.number().int().min(0).max(365).default(PAIR_REWARD_WINDOW_DAYS),
  INITIAL_ADMIN_LOGIN: z.string().min(3).max(32).optional(),
  // The public origin (https://mockstock.example); when unset, the request's own Host is the origin.
  APP_ORIGIN: z.url().optional(),
  // Honour X-Forwarded-For / X-Forwarded-Proto: only behind a proxy that sets them (nginx in compose).
  TRUST_PROXY: flag('false'),
  // The local server runs the scheduled functions every minute; turn off where a platform schedules them.
  RUN_SCHEDULER: flag('true'),
  // The local server also serves Socket.io; turn off where separate relays do (compose, scale-out).
  RUN_RELAY: flag('true'),
  // On SIGTERM the server stops taking connections and lets requests finish for this long, then exits anyway.
  SHUTDOWN_TIMEOUT_SECONDS: seconds({ min: 1, max: 300, fallback: 10 }),
  // Worker processes functions/local.ts keeps alive on this machine (functions/platform/supervisor.ts).
  WORKERS: z.coerce.number().int().min(1).max(16).default(1),
});

/**
 * Several workers share nothing in memory: the embedded database, a secret generated into DATA_DIR and the
 * in-process event bus are each one process's own, and Socket.io's polling would need sticky sessions.
 */
const ZConfig = ZEnv.superRefine((env, ctx) => {
  if (env.WORKERS === 1) return;
  const needs = [
    [!env.DATABASE_URL, 'DATABASE_URL must be set'],
    [!env.REDIS_URL, 'REDIS_URL must be set'],
    [!env.JWT_SECRET, 'JWT_SECRET must be set'],
    [env.RUN_RELAY, 'RUN_RELAY must be false (run separate relays)'],
  ] as const;
  for (const [missing, message] of needs) {
    if (missing) ctx.addIssue({ code: 'custom', path: ['WORKERS'], message: `above 1, ${message}` });
  }
});

export type Config = z.infer<typeof ZEnv>;

/** Parses an environment (process.env, Lambda's, a Worker's bindings) once, listing every problem at once. */
export function parseEnv(source: Record<string, unknown>): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = ZConfig.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
