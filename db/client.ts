import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

/** The database as every use case sees it: the same API on PostgreSQL and on embedded PGlite. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; use cases that must run inside a caller's transaction accept it. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DbHandle = { db: Db; kind: 'postgres' | 'pglite'; close(): Promise<void> };

export function connectPostgres(url: string, options: { max?: number } = {}): DbHandle {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  return {
    db: drizzle({ client, schema, casing: 'snake_case' }),
    kind: 'postgres',
    close: () => client.end({ timeout: 5 }),
  };
}

/** PGlite under `dataDir`: one process, one connection, nothing to install. Loaded only when used. */
export async function openEmbedded(dataDir: string): Promise<DbHandle> {
  const [{ PGlite }, { drizzle: drizzlePglite }, { mkdir }, { join }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('node:fs/promises'),
    import('node:path'),
  ]);
  await mkdir(dataDir, { recursive: true });
  const client = new PGlite(join(dataDir, 'pglite'));
  await client.waitReady;
  return {
    db: drizzlePglite({ client, schema, casing: 'snake_case' }),
    kind: 'pglite',
    close: () => client.close(),
  };
}

/** The rows of `db.execute()`: postgres.js answers with an array, PGlite with `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
