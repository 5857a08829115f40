import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createUser, publish, slotBody, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let admin: TestUser;

beforeAll(async () => {
  h = await createHarness();
  admin = await createAdmin(h);
});
afterAll(() => h.close());

async function newProfession(nameEn: string, nameRu = nameEn) {
  const res = await admin.client.post('/api/admin/professions', { nameRu, nameEn });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
}

const auditOf = async (action: string) =>
  (await (await admin.client.get(`/api/admin/audit?action=${action}`)).json()).items;

describe('PATCH /api/admin/professions/:id', () => {
  it('renames in both languages, keeps the slug, and the exchange shows the new name at once', async () => {
    const id = await newProfession('Golang', 'Го');
    const anna = await createUser(h);
    const slotId = await publish(h, anna, id, 10);
    const exchange = '/api/slots?professions=all';
    const nameOnExchange = async () =>
      (await (await h.client().get(exchange)).json()).items.find((s: { id: string }) => s.id === slotId)
        ?.profession;
    // Read twice: the second answer comes from the cache the first one filled.
    expect(await nameOnExchange()).toMatchObject({ name: { ru: 'Го', en: 'Golang' } });
    expect(await nameOnExchange()).toMatchObject({ name: { ru: 'Го', en: 'Golang' } });

    h.published.length = 0;
    const res = await admin.client.patch(`/api/admin/professions/${id}`, {
      nameRu: ' Go-разработка ',
      nameEn: 'Go',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id, slug: 'golang', name: { ru: 'Go-разработка', en: 'Go' } });
    expect(h.published).toEqual([
      expect.objectContaining({
        name: 'profession.changed',
        audience: { kind: 'public' },
        payload: { professionId: id },
      }),
    ]);
    // The public event moved the stream: the cached page is not served any more.
    expect(await nameOnExchange()).toMatchObject({ slug: 'golang', name: { ru: 'Go-разработка', en: 'Go' } });
    expect((await (await h.client().get(`/api/slots/${slotId}`)).json()).profession.name.ru).toBe(
      'Go-разработка',
    );

    expect(await auditOf('profession.updated')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: admin.id }),
        targetType: 'profession',
        targetId: id,
        before: { nameRu: 'Го', nameEn: 'Golang' },
        after: { nameRu: 'Go-разработка', nameEn: 'Go' },
      }),
    ]);

    // The same names again (a double submit): nothing written, nobody told.
    h.published.length = 0;
    const again = await admin.client.patch(`/api/admin/professions/${id}`, { nameRu: 'Go-разработка' });
    expect(again.status).toBe(200);
    expect(h.published).toEqual([]);
    expect(await auditOf('profession.updated')).toHaveLength(1);
  });

  it('archives: gone from the public list and the publish form, refused for new slots, kept by old ones; restores', async () => {
    const id = await newProfession('Rust');
    const anna = await createUser(h);
    const kept = await publish(h, anna, id, 30);

    h.published.length = 0;
    const res = await admin.client.patch(`/api/admin/professions/${id}`, { archived: true });
    expect(res.status).toBe(200);
    expect((await res.json()).archivedAt).toBe(h.clock().toISOString());
    expect(h.published.map((e) => e.name)).toEqual(['profession.changed']);

    const offered = await (await h.client().get('/api/professions')).json();
    expect(offered.items.map((p: { id: string }) => p.id)).not.toContain(id);
    const refused = await anna.client.post('/api/slots', slotBody(h, id, 50));
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors).toEqual([
      expect.objectContaining({ field: 'professionId', code: 'unknown_profession' }),
    ]);
    // The slot published before keeps its profession, on the exchange too.
    const slot = await (await h.client().get(`/api/slots/${kept}`)).json();
    expect(slot).toMatchObject({ status: 'open', profession: { id, name: { en: 'Rust' } } });
    const admins = await (await admin.client.get('/api/admin/professions')).json();
    expect(admins.items.find((p: { id: string }) => p.id === id)).toMatchObject({
      slotCount: 1,
      archivedAt: expect.any(String),
    });

    // Archiving twice changes nothing.
    await admin.client.patch(`/api/admin/professions/${id}`, { archived: true });
    expect(await auditOf('profession.archived')).toEqual([
      expect.objectContaining({
        targetId: id,
        before: { archivedAt: null },
        after: { archivedAt: h.clock().toISOString() },
        details: { nameRu: 'Rust', nameEn: 'Rust' },
      }),
    ]);

    h.clock.advance(60_000);
    const restored = await admin.client.patch(`/api/admin/professions/${id}`, { archived: false });
    expect((await restored.json()).archivedAt).toBeNull();
    expect(await auditOf('profession.restored')).toHaveLength(1);
    expect(
      (await (await h.client().get('/api/professions')).json()).items.map((p: { id: string }) => p.id),
    ).toContain(id);
    expect(await publish(h, anna, id, 60)).toEqual(expect.any(String));
  });

  it('renames and archives in one request: two audit entries, one announcement', async () => {
    const id = await newProfession('Elixir');
    h.published.length = 0;
    const res = await admin.client.patch(`/api/admin/professions/${id}`, {
      nameEn: 'Elixir/Erlang',
      archived: true,
    });
    expect(res.status).toBe(200);
    expect(h.published).toHaveLength(1);
    const entries = (await (await admin.client.get('/api/admin/audit')).json()).items.filter(
      (e: { targetId: string }) => e.targetId === id,
    );
    expect(entries.map((e: { action: string }) => e.action).sort()).toEqual([
      'profession.archived',
      'profession.created',
      'profession.updated',
    ]);
  });

  it('refuses an empty change, bad fields (400) and an unknown profession (404)', async () => {
    const id = await newProfession('Scala');
    const patch = (target: string, body: unknown) =>
      admin.client.patch(`/api/admin/professions/${target}`, body);
    expect((await patch(id, {})).status).toBe(400);
    expect((await patch(id, { nameRu: '' })).status).toBe(400);
    expect((await patch(id, { archived: 'yes' })).status).toBe(400);
    expect((await patch(id, { slug: 'other' })).status).toBe(400);
    expect((await patch('not-a-uuid', { nameRu: 'Скала' })).status).toBe(400);
    expect((await patch('00000000-0000-4000-8000-000000000000', { nameRu: 'Скала' })).status).toBe(404);
    const user = await createUser(h);
    expect((await user.client.patch(`/api/admin/professions/${id}`, { archived: true })).status).toBe(403);
    expect((await h.client().patch(`/api/admin/professions/${id}`, { archived: true })).status).toBe(401);
    const list = await (await admin.client.get('/api/admin/professions')).json();
    expect(list.items.find((p: { id: string }) => p.id === id)).toMatchObject({
      archivedAt: null,
      name: { en: 'Scala' },
    });
  });
});
