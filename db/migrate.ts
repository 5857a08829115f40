import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { DbHandle } from './client.ts';
import { seed } from './seed.ts';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
// Any fixed number: every process that migrates takes the same advisory lock.
const MIGRATION_LOCK = 72_410_001;

/**
 * Applies the checked-in migrations and the seed. On PostgreSQL several servers may start at once, so the
 * work runs on one dedicated connection holding an advisory lock: the first applies, the rest find it done.
 */
export async function migrateDatabase(handle: DbHandle, databaseUrl?: string): Promise<void> {
  if (handle.kind === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: the pglite migrator wants its own driver type
    await migratePglite(handle.db as any, { migrationsFolder });
    await seed(handle.db);
    return;
  }
  if (!databaseUrl) throw new Error('migrateDatabase: a PostgreSQL handle needs its URL');
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const db = drizzle({ client, casing: 'snake_case' });
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await migratePostgres(db, { migrationsFolder });
      await seed(db);
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
