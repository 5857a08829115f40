import { spawnFunctionServer } from '#e2e/support/processes.ts';

export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-00';
export const BENCH_ORIGIN = 'http://bench.mockstock.test';

/** The function server as deployed on a host: its own process (`functions/local.ts`), PostgreSQL behind it. */
export async function startServerProcess(
  env: Record<string, string>,
): Promise<{ url: string; stop(): Promise<void> }> {
  return spawnFunctionServer({
    RUN_SCHEDULER: 'false',
    RUN_RELAY: 'false',
    JWT_SECRET: BENCH_SECRET,
    APP_ORIGIN: BENCH_ORIGIN,
    ...env,
  });
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN);
