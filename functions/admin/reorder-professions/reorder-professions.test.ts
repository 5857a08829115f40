import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createUser, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let admin: TestUser;

beforeAll(async () => {
  h = await createHarness();
  admin = await createAdmin(h);
});
afterAll(() => h.close());

const reorder = (ids: unknown, client = admin.client) =>
  client.request('PUT', '/api/admin/professions/order', { ids });
const currentIds = async (): Promise<string[]> =>
  (await (await admin.client.get('/api/admin/professions')).json()).items.map((p: { id: string }) => p.id);

describe('PUT /api/admin/professions/order', () => {
  it('puts every profession, archived ones too, in the order given, as positions 0…n−1', async () => {
    const ids = await currentIds();
    await admin.client.patch(`/api/admin/professions/${ids[1]}`, { archived: true });
    // The last two swap places with the first two.
    const wanted = [...ids.slice(-2), ...ids.slice(2, -2), ...ids.slice(0, 2)];
    h.published.length = 0;
    const res = await reorder(wanted);
    expect(res.status).toBe(200);
    const list = await res.json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual(wanted);
    expect(list.items.map((p: { position: number }) => p.position)).toEqual(wanted.map((_, index) => index));
    expect(await currentIds()).toEqual(wanted);
    // The offered list follows, without the archived one.
    const offered = await (await h.client().get('/api/professions')).json();
    expect(offered.items.map((p: { id: string }) => p.id)).toEqual(wanted.filter((id) => id !== ids[1]));

    // Each profession that moved is announced to everyone; the ones that stayed are not.
    expect(h.published.every((e) => e.name === 'profession.changed' && e.audience.kind === 'public')).toBe(
      true,
    );
    expect(h.published.map((e) => (e.payload as { professionId: string }).professionId).sort()).toEqual(
      [...ids.slice(0, 2), ...ids.slice(-2)].sort(),
    );
    const audit = await (await admin.client.get('/api/admin/audit?action=professions.reordered')).json();
    expect(audit.items).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: admin.id }),
        before: { ids },
        after: { ids: wanted },
      }),
    ]);

    // The same order again changes nothing and tells nobody.
    h.published.length = 0;
    expect((await reorder(wanted)).status).toBe(200);
    expect(h.published).toEqual([]);
    expect(
      (await (await admin.client.get('/api/admin/audit?action=professions.reordered')).json()).items,
    ).toHaveLength(1);
  });

  it('refuses anything but every profession exactly once (400), and leaves the order alone', async () => {
    const ids = await currentIds();
    const [first = '', second = ''] = ids;
    for (const bad of [
      ids.slice(1),
      [...ids, '00000000-0000-4000-8000-000000000000'],
      [...ids.slice(1), '00000000-0000-4000-8000-000000000000'],
      [first, first, ...ids.slice(2)],
      [second, ...ids.slice(2), 'frontend'],
      [],
      'all',
    ]) {
      const res = await reorder(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect((await res.json()).errors?.[0]?.field).toMatch(/^ids/);
    }
    expect(await currentIds()).toEqual(ids);
  });

  it('is for admins only', async () => {
    const ids = await currentIds();
    const user = await createUser(h);
    expect((await reorder(ids.toReversed(), user.client)).status).toBe(403);
    expect((await reorder(ids.toReversed(), h.client())).status).toBe(401);
    expect(await currentIds()).toEqual(ids);
  });
});
