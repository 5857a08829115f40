import type { AnyPgColumn, PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

/** The database as every use case sees it: the same API on PostgreSQL and on embedded PGlite. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; use cases that must run inside a caller's transaction accept it. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** An instant a query compares with: a value, or a column of the statement that asks (a slot's own start). */
export type InstantOf = Date | AnyPgColumn;

export type DbHandle = { db: Db; kind: 'postgres' | 'pglite'; close(): Promise<void> };

/** Bounds on each connection, in seconds as functions/kernel/env.ts reads them; 0 turns one off. */
export type DatabaseTimeouts = {
  DATABASE_CONNECT_TIMEOUT_SECONDS: number;
  DATABASE_IDLE_TIMEOUT_SECONDS: number;
  DATABASE_STATEMENT_TIMEOUT_SECONDS: number;
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS: number;
};

/**
 * The wait before reconnecting after a failed attempt, in seconds. postgres.js's own grows to 20 s after a
 * few failures, so during an outage a request would hang that long and the pool would lag as much behind
 * PostgreSQL's return. Each connection of the pool waits this long between attempts and serves one queued
 * request per attempt, so a short cap keeps a burst of requests failing fast (pool size 10, 50 waiting:
 * five rounds, about a second) and the pool back within a quarter second, at a few attempts per second per
 * connection. The jitter keeps many processes from reconnecting in step.
 */
const reconnectDelay = (attempts: number) => (0.5 + Math.random() / 2) * Math.min(0.01 * 2 ** attempts, 0.25);

export function connectPostgres(
  url: string,
  options: { max?: number; timeouts?: DatabaseTimeouts } = {},
): DbHandle {
  const { timeouts } = options;
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    backoff: reconnectDelay,
    // Statements are prepared once per connection (patches/drizzle-orm+…): a statement is then one round trip,
    // and the statements of a transaction can go out together. Each execution is still planned for its own
    // parameters, as an unprepared one was: a generic plan could serve a skewed filter badly.
    connection: {
      plan_cache_mode: 'force_custom_plan',
      ...(timeouts && {
        // Server-side limits, set for the session when each connection opens (in milliseconds).
        statement_timeout: timeouts.DATABASE_STATEMENT_TIMEOUT_SECONDS * 1000,
        idle_in_transaction_session_timeout: timeouts.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS * 1000,
      }),
    },
    ...(timeouts && {
      connect_timeout: timeouts.DATABASE_CONNECT_TIMEOUT_SECONDS,
      idle_timeout: timeouts.DATABASE_IDLE_TIMEOUT_SECONDS,
    }),
  });
  return {
    db: drizzle({ client, schema, casing: 'snake_case' }),
    kind: 'postgres',
    close: () => client.end({ timeout: 5 }),
  };
}

/** PGlite under `dataDir`: one process, one connection, nothing to install. Loaded only when used. */
export async function openEmbedded(dataDir: string): Promise<DbHandle> {
  const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }, { mkdir }, { join }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
    import('node:fs/promises'),
    import('node:path'),
  ]);
  await mkdir(dataDir, { recursive: true });
  // pg_trgm backs the admin's user search (migration 0003), as on PostgreSQL.
  const client = new PGlite(join(dataDir, 'pglite'), { extensions: { pg_trgm } });
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
