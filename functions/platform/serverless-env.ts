import type { RuntimeConfig } from '#functions/kernel/context.ts';
import { parseEnv } from '#functions/kernel/env.ts';

export type ServerlessConfig = RuntimeConfig & { DATABASE_URL: string };

/**
 * Lambda and Workers keep no data directory, so neither a generated JWT secret nor an embedded database can
 * live there: both must be configured, and a deployment without them fails on its first request.
 */
export function parseServerlessEnv(source: Record<string, unknown>): ServerlessConfig {
  const config = parseEnv(source);
  const { JWT_SECRET, DATABASE_URL } = config;
  if (!JWT_SECRET || !DATABASE_URL) {
    const missing = Object.entries({ JWT_SECRET, DATABASE_URL }).filter(([, value]) => !value);
    const lines = missing.map(([name]) => `  ${name}: required on Lambda and Workers`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return { ...config, JWT_SECRET, DATABASE_URL };
}
