import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { professions } from '#db/schema/index.ts';
import { type Client, createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let client: Client;
beforeAll(async () => {
  h = await createHarness();
  client = h.client();
  await client.post('/api/auth/register', {
    login: 'profiled',
    password: 'profile secret 1',
    displayName: 'P',
  });
});
afterAll(() => h.close());

describe('PATCH /api/me', () => {
  it('updates the fields sent and keeps the rest', async () => {
    const { items } = await (await client.get('/api/professions')).json();
    const chosen = [items[0].id, items[2].id];
    const res = await client.patch('/api/me', {
      displayName: '  Пётр  ',
      bio: 'Backend, 5 лет',
      contacts: '@petr',
      timeZone: 'Asia/Novosibirsk',
      level: 'middle',
      professionIds: chosen,
    });
    expect(res.status).toBe(200);
    const me = await res.json();
    expect(me).toMatchObject({
      displayName: 'Пётр',
      timeZone: 'Asia/Novosibirsk',
      level: 'middle',
      contacts: '@petr',
    });
    expect([...me.professionIds].sort()).toEqual([...chosen].sort());

    const again = await (await client.patch('/api/me', { bio: 'Только bio' })).json();
    expect(again).toMatchObject({ displayName: 'Пётр', bio: 'Только bio', timeZone: 'Asia/Novosibirsk' });
    expect(again.professionIds).toHaveLength(2);
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'invalid_time_zone'],
    [{ level: 'guru' }, 'level', 'invalid_value'],
    [{ displayName: '' }, 'displayName', 'required'],
    [{ bio: 'b'.repeat(1001) }, 'bio', 'too_long'],
    [{ professionIds: ['00000000-0000-4000-8000-000000000000'] }, 'professionIds', 'unknown_profession'],
    [{ role: 'admin' }, 'role', 'unknown_field'],
    [{ balance: 100 }, 'balance', 'unknown_field'],
  ])('refuses %j and changes nothing', async (body, field, code) => {
    const before = await (await client.get('/api/me')).json();
    const res = await client.patch('/api/me', body);
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toContainEqual(expect.objectContaining({ field, code }));
    expect(await (await client.get('/api/me')).json()).toEqual(before);
  });

  it('does not offer archived professions', async () => {
    const [archived] = await h.deps.db
      .insert(professions)
      .values({ slug: 'cobol', nameRu: 'COBOL', nameEn: 'COBOL', archivedAt: new Date() })
      .returning();
    const { items } = await (await h.client().get('/api/professions')).json();
    expect(items.map((p: { slug: string }) => p.slug)).not.toContain('cobol');
    expect(items.map((p: { slug: string }) => p.slug)).toContain('backend');
    const res = await client.patch('/api/me', { professionIds: [archived?.id] });
    expect(res.status).toBe(400);
  });

  it('needs a signed-in user', async () => {
    expect((await h.client().patch('/api/me', { bio: 'x' })).status).toBe(401);
  });
});
