import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { connectPostgres } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';

export const root = fileURLToPath(new URL('..', import.meta.url));
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
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'functions/local.ts'], {
    cwd: root,
    env: {
      ...process.env,
      RUN_SCHEDULER: 'false',
      RUN_RELAY: 'false',
      JWT_SECRET: BENCH_SECRET,
      APP_ORIGIN: BENCH_ORIGIN,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/"url":"(http:\/\/[^"]+)"/);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN);
