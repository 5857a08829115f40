import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#db/client.ts';
import { createAdmin, createUser, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';
import { userSearchQuery } from './search-users.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let admin: TestUser;

beforeAll(async () => {
  h = await createHarness();
  admin = await createAdmin(h, { login: 'chief', displayName: 'Главный' });
});
afterAll(() => h.close());

type Found = { id: string; login: string; displayName: string };
const search = async (q: string, cursor?: string) => {
  const params = new URLSearchParams({ q, ...(cursor ? { cursor } : {}) });
  const res = await admin.client.get(`/api/admin/users?${params}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { items: Found[]; nextCursor: string | null };
};
const loginsOf = (page: { items: Found[] }) => page.items.map((item) => item.login).sort();

describe('GET /api/admin/users', () => {
  it('finds a part of a login or display name in any case, Cyrillic included', async () => {
    const boris = await createUser(h, { login: 'b.godunov', displayName: 'Борис Годунов' });
    await createUser(h, { login: 'IvanPetrov', displayName: 'Ivan' });
    await createUser(h, { login: 'zoya', displayName: 'Зоя Космодемьянская' });

    const found = await search('бор');
    expect(loginsOf(found)).toEqual(['b.godunov']);
    expect(found.items[0]).toMatchObject({
      id: boris.id,
      displayName: 'Борис Годунов',
      role: 'user',
      status: 'active',
      balance: 1,
      strikes: 0,
    });
    expect(loginsOf(await search('ГОДУН'))).toEqual(['b.godunov']);
    expect(loginsOf(await search('anpe'))).toEqual(['IvanPetrov']);
    expect(loginsOf(await search('  Космо  '))).toEqual(['zoya']);
    // Login and name are one text: a term across the space between them still matches.
    expect(loginsOf(await search('zoya зо'))).toEqual(['zoya']);
    expect((await search('нет-такого')).items).toEqual([]);
  });

  it('takes %, _ and \\ literally', async () => {
    await createUser(h, { login: 'percent', displayName: 'Скидка 100%' });
    await createUser(h, { login: 'snake_case', displayName: 'Змея' });
    await createUser(h, { login: 'slash', displayName: 'Back\\slash' });
    expect(loginsOf(await search('%'))).toEqual(['percent']);
    expect(loginsOf(await search('0%'))).toEqual(['percent']);
    expect(loginsOf(await search('_'))).toEqual(['snake_case']);
    expect(loginsOf(await search('e_c'))).toEqual(['snake_case']);
    expect(loginsOf(await search('\\'))).toEqual(['slash']);
  });

  it('pages newest first with a cursor; without a term lists the newest people', async () => {
    const made: string[] = [];
    for (let i = 0; i < 25; i++) {
      h.clock.advance(1000);
      made.push((await createUser(h, { login: `page${i}`, displayName: `Страница ${i}` })).login);
    }
    const first = await search('страниц');
    expect(first.items.map((item) => item.login)).toEqual(made.slice(5).reverse());
    expect(first.nextCursor).not.toBeNull();
    const second = await search('страниц', first.nextCursor ?? '');
    expect(second.items.map((item) => item.login)).toEqual(made.slice(0, 5).reverse());
    expect(second.nextCursor).toBeNull();

    const newest = await (await admin.client.get('/api/admin/users')).json();
    expect(newest.items[0].login).toBe('page24');
    expect((await admin.client.get('/api/admin/users?q=%20%20')).status).toBe(200);
  });

  it('refuses a term over 64 characters and a forged cursor', async () => {
    const long = await admin.client.get(`/api/admin/users?q=${'я'.repeat(65)}`);
    expect(long.status).toBe(400);
    expect((await long.json()).errors[0]).toMatchObject({ field: 'q', code: 'too_long' });
    expect((await admin.client.get('/api/admin/users?cursor=bm9wZQ')).status).toBe(400);
  });

  it('is answered from the trigram index', async () => {
    const query = userSearchQuery(h.deps.db, { q: 'годун' }).toSQL();
    const plan = await h.deps.db.transaction(async (tx) => {
      // Tiny tables are read whole whatever the indexes; forbidding that shows whether the index applies.
      await tx.execute(sql`set local enable_seqscan = off`);
      return rowsOf<{ 'QUERY PLAN': string }>(
        await tx.execute(sql.raw(`explain ${inline(query.sql, query.params)}`)),
      );
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('users_search_trgm_idx');
  });

  it('is for admins only', async () => {
    const user = await createUser(h);
    expect((await user.client.get('/api/admin/users?q=бор')).status).toBe(403);
    expect((await h.client().get('/api/admin/users?q=бор')).status).toBe(401);
  });
});

/** The statement with its parameters written in, for EXPLAIN (which takes no parameters here). */
function inline(text: string, params: unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n) => `'${String(params[Number(n) - 1]).replaceAll("'", "''")}'`);
}
