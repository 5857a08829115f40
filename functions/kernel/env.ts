import { z } from 'zod';

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback)
    .transform((value) => value === 'true' || value === '1');

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  WEB_DIST: z.string().min(1).default('./web/dist'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
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
  INITIAL_ADMIN_LOGIN: z.string().min(3).max(32).optional(),
  // The public origin (https://mockstock.example); when unset, the request's own Host is the origin.
  APP_ORIGIN: z.url().optional(),
  // Honour X-Forwarded-For / X-Forwarded-Proto: only behind a proxy that sets them (nginx in compose).
  TRUST_PROXY: flag('false'),
  // The local server runs the scheduled functions every minute; turn off where a platform schedules them.
  RUN_SCHEDULER: flag('true'),
  // The local server also serves Socket.io; turn off where separate relays do (compose, scale-out).
  RUN_RELAY: flag('true'),
});

export type Config = z.infer<typeof ZEnv>;

/** Parses an environment (process.env, Lambda's, a Worker's bindings) once, listing every problem at once. */
export function parseEnv(source: Record<string, unknown>): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
