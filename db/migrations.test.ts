import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '#functions/testing/pg.ts';
import { connectPostgres, type Db, type DbHandle, openEmbedded, rowsOf } from './client.ts';
import { migrateDatabase } from './migrate.ts';
import { defaultProfessions } from './seed.ts';

// The shape of the public schema as PostgreSQL itself describes it: columns, constraints, indexes.
// NOT NULL is compared through the columns: PGlite's newer PostgreSQL also lists it as constraints (contype n).
const describeSchema = async (db: Db) => {
  const columns = rowsOf(
    await db.execute(sql`select table_name, column_name, data_type, udt_name, is_nullable, column_default
      from information_schema.columns where table_schema = 'public' order by table_name, column_name`),
  );
  const constraints = rowsOf(
    await db.execute(sql`select conrelid::regclass::text as table_name, conname, contype,
        pg_get_constraintdef(oid) as definition
      from pg_constraint where connamespace = 'public'::regnamespace and contype <> 'n' order by 1, 2`),
  );
  const indexes = rowsOf(
    await db.execute(sql`select tablename, indexname, indexdef from pg_indexes
      where schemaname = 'public' order by tablename, indexname`),
  );
  const enums = rowsOf(
    await db.execute(sql`select t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder) as labels
      from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname order by t.typname`),
  );
  return { columns, constraints, indexes, enums };
};

let pg: TestDatabase;
let pgHandle: DbHandle;
let lite: DbHandle;
let liteDir: string;

beforeAll(async () => {
  pg = await createTestDatabase({ migrate: false });
  pgHandle = connectPostgres(pg.url, { max: 2 });
  liteDir = await mkdtemp(join(tmpdir(), 'mockstock-pglite-'));
  lite = await openEmbedded(liteDir);
});
afterAll(async () => {
  await lite.close();
  await rm(liteDir, { recursive: true, force: true });
  await pgHandle.close();
  await pg.drop();
});

describe('migrations', () => {
  it('apply on PostgreSQL and on PGlite and give the same schema', async () => {
    await migrateDatabase(pgHandle, pg.url);
    await migrateDatabase(lite);
    const onPostgres = await describeSchema(pgHandle.db);
    const onPglite = await describeSchema(lite.db);
    expect(onPostgres.columns.length).toBeGreaterThan(80);
    expect(onPostgres.constraints.length).toBeGreaterThan(30);
    expect(onPglite).toEqual(onPostgres);
  });

  it('can run again, also from several servers at once, and seed the professions once', async () => {
    await Promise.all([migrateDatabase(pgHandle, pg.url), migrateDatabase(pgHandle, pg.url)]);
    await migrateDatabase(lite);
    for (const db of [pgHandle.db, lite.db]) {
      const rows = await db.query.professions.findMany();
      expect(rows.map((p) => p.slug).sort()).toEqual(defaultProfessions.map((p) => p.slug).sort());
    }
  });

  it('make the database refuse a negative balance and a second active booking', async () => {
    const db = pgHandle.db;
    const refused = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (e: Error & { cause?: { code?: string } }) => e.cause?.code,
      );
    await db.execute(sql`insert into users (id, login, display_name) values
      ('00000000-0000-4000-8000-000000000001', 'interviewer', 'I'),
      ('00000000-0000-4000-8000-000000000002', 'candidate', 'C'),
      ('00000000-0000-4000-8000-000000000003', 'candidate2', 'C2')`);
    expect(await refused(db.execute(sql`update users set balance = -1 where login = 'candidate'`))).toBe(
      '23514',
    );
    const [profession] = await db.query.professions.findMany({ limit: 1 });
    await db.execute(sql`insert into slots (id, interviewer_id, profession_id, starts_at, ends_at, duration_minutes, meeting_url)
      values ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000001', ${profession?.id},
        '2026-12-10T10:00:00Z', '2026-12-10T11:00:00Z', 60, 'https://meet.example/room')`);
    expect(
      await refused(
        db.execute(sql`insert into slots (interviewer_id, profession_id, starts_at, ends_at, duration_minutes, meeting_url)
        values ('00000000-0000-4000-8000-000000000001', ${profession?.id}, '2026-12-10T10:00:00Z', '2026-12-10T11:00:00Z', 60, 'javascript:alert(1)')`),
      ),
    ).toBe('23514');
    await db.execute(
      sql`insert into bookings (slot_id, candidate_id) values ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000002')`,
    );
    expect(
      await refused(
        db.execute(
          sql`insert into bookings (slot_id, candidate_id) values ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000003')`,
        ),
      ),
    ).toBe('23505');
    await db.execute(
      sql`insert into ledger_entries (user_id, delta, reason, reference) values ('00000000-0000-4000-8000-000000000002', 1, 'signup_bonus', 'signup')`,
    );
    expect(
      await refused(
        db.execute(
          sql`insert into ledger_entries (user_id, delta, reason, reference) values ('00000000-0000-4000-8000-000000000002', 1, 'signup_bonus', 'signup')`,
        ),
      ),
    ).toBe('23505');
  });
});
