import { z } from 'zod';

const ZRelayEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/)
    .default('mockstock'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  APP_ORIGIN: z.url().optional(),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
});

export type RelayConfig = z.infer<typeof ZRelayEnv>;

/** A standalone relay needs Redis (where the functions publish) and the secret that signs access tokens. */
export function parseRelayEnv(source: Record<string, unknown>): RelayConfig {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = ZRelayEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
