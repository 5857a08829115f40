import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { connectPostgres, type DbHandle } from '#db/client.ts';
import { migrateDatabase } from '#db/migrate.ts';

// Tests that involve locks or concurrency need real PostgreSQL; each test file gets a database of its own.
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `mockstock_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/postgres$/, `/${name}`);
  if (options.migrate !== false) {
    const handle = connectPostgres(url, { max: 1 });
    await migrateDatabase(handle, url);
    await handle.close();
  }
  return {
    url,
    name,
    async drop() {
      const cleanup = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export type { DbHandle };
