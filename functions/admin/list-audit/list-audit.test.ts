import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '#functions/admin/audit.ts';
import {
  createAdmin,
  createUser,
  professionIds,
  publish,
  type TestUser,
} from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let anna: TestUser;
let oleg: TestUser;
let boris: TestUser;
let start: Date;
const HOUR = 3600_000;

type Entry = { id: number; action: string; actor: { id: string } | null; targetUser: { id: string } | null };

const page = async (query = '', client = anna.client) => {
  const res = await client.get(`/api/admin/audit${query}`);
  expect(res.status, query).toBe(200);
  return (await res.json()) as { items: Entry[]; nextCursor: string | null };
};
const actions = async (query = '') => (await page(query)).items.map((entry) => entry.action);

beforeAll(async () => {
  h = await createHarness();
  start = h.clock();
  anna = await createAdmin(h, { login: 'Anna.Admin', displayName: 'Анна' });
  oleg = await createAdmin(h, { login: 'oleg', displayName: 'Олег' });
  boris = await createUser(h, { login: 'boris', displayName: 'Борис' });
  const [profession = ''] = await professionIds(h);

  // From the command line, before anyone: no actor.
  await recordAudit(h.deps.db, {
    actorId: null,
    action: 'admin.granted',
    targetUserId: anna.id,
    before: { role: 'user' },
    after: { role: 'admin' },
    details: { source: 'cli' },
    now: h.clock(),
  });
  h.clock.advance(HOUR);
  const created = await (
    await anna.client.post('/api/admin/professions', { nameRu: 'Го', nameEn: 'Go' })
  ).json();
  h.clock.advance(HOUR);
  await recordAudit(h.deps.db, {
    actorId: oleg.id,
    action: 'points.adjusted',
    targetUserId: boris.id,
    before: { balance: 3 },
    after: { balance: 1 },
    reason: 'Ошибочное начисление',
    now: h.clock(),
  });
  h.clock.advance(HOUR);
  await oleg.client.patch(`/api/admin/professions/${created.id}`, { nameEn: 'Golang' });
  h.clock.advance(HOUR);
  const slotId = await publish(h, boris, profession, 10);
  await anna.client.post(`/api/admin/interviews/${slotId}/cancel`, { reason: 'Тестовый слот' });
});
afterAll(() => h.close());

describe('GET /api/admin/audit', () => {
  it('lists every admin action, newest first, with the people it names', async () => {
    const { items } = await page();
    expect(items.map((entry) => entry.action)).toEqual([
      'interview.cancelled',
      'profession.updated',
      'points.adjusted',
      'profession.created',
      'admin.granted',
    ]);
    expect(items.at(-1)).toMatchObject({
      actor: null,
      targetUser: { id: anna.id, login: 'Anna.Admin', displayName: 'Анна' },
      before: { role: 'user' },
      after: { role: 'admin' },
      details: { source: 'cli' },
      reason: null,
      createdAt: start.toISOString(),
    });
    expect(items[2]).toMatchObject({
      actor: { id: oleg.id, displayName: 'Олег' },
      targetUser: { id: boris.id, displayName: 'Борис' },
      reason: 'Ошибочное начисление',
    });
    expect(items[0]).toMatchObject({
      targetUser: { id: boris.id },
      targetType: 'interview',
      reason: 'Тестовый слот',
    });
  });

  it('filters by the admin and the user acted on (id or login, any case), the action and the time', async () => {
    expect(await actions(`?actor=${anna.id}`)).toEqual(['interview.cancelled', 'profession.created']);
    expect(await actions('?actor=anna.admin')).toEqual(['interview.cancelled', 'profession.created']);
    expect(await actions('?actor=OLEG')).toEqual(['profession.updated', 'points.adjusted']);
    expect(await actions('?target=boris')).toEqual(['interview.cancelled', 'points.adjusted']);
    expect(await actions(`?target=${anna.id}`)).toEqual(['admin.granted']);
    expect(await actions('?actor=oleg&target=boris')).toEqual(['points.adjusted']);
    expect(await actions('?action=profession.updated')).toEqual(['profession.updated']);
    const at = (hours: number) => encodeURIComponent(new Date(start.getTime() + hours * HOUR).toISOString());
    expect(await actions(`?from=${at(1)}&to=${at(3)}`)).toEqual(['points.adjusted', 'profession.created']);
    expect(await actions(`?from=${at(4)}`)).toEqual(['interview.cancelled']);
    // Nobody by that login: nothing, rather than everything.
    expect(await actions('?actor=ghost')).toEqual([]);
    expect(await actions('?target=00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('pages by the entry id, newest first, without gaps or repeats', async () => {
    const all = (await page()).items.map((entry) => entry.id);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const next: { items: Entry[]; nextCursor: string | null } = await page(
        `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(next.items.length).toBeLessThanOrEqual(2);
      seen.push(...next.items.map((entry) => entry.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('refuses bad filters (400) and anyone but an admin', async () => {
    for (const bad of [
      '?action=user.deleted',
      '?cursor=abc',
      '?cursor=-1',
      '?from=today',
      '?limit=500',
      '?actor=',
      '?who=anna',
    ]) {
      expect((await anna.client.get(`/api/admin/audit${bad}`)).status, bad).toBe(400);
    }
    expect((await boris.client.get('/api/admin/audit')).status).toBe(403);
    expect((await h.client().get('/api/admin/audit')).status).toBe(401);
    const user = await createUser(h);
    expect((await user.client.get('/api/admin/audit')).status).toBe(403);
  });
});
