import postgres from 'postgres';
import { connectPostgres } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { spawnFunctionServer } from '../e2e/support/processes.ts';

export const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-00';
export const BENCH_ORIGIN = 'http://bench.mockstock.test';

/** A fresh, migrated database for one benchmark run. */
export async function freshDatabase(name: string): Promise<string> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/postgres$/, `/${name}`);
  const handle = connectPostgres(url, { max: 1 });
  await migrateDatabase(handle, url);
  await handle.close();
  return url;
}

export async function dropDatabase(name: string) {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}

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
