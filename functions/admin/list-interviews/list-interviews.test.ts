import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noShowReports } from '#db/schema/index.ts';
import { completeInterviews } from '#functions/scheduled/complete-interviews/complete-interviews.ts';
import { expireSlots } from '#functions/scheduled/expire-slots/expire-slots.ts';
import {
  createAdmin,
  createUser,
  professionIds,
  publish,
  type TestUser,
} from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let admin: TestUser;
let frontend: string;
let backend: string;
const HOUR = 3600_000;
/** The slots by what became of them. */
const ids: Record<string, string> = {};
let anna: TestUser;
let boris: TestUser;
let vera: TestUser;

type Row = { id: string; status: string; candidate: { id: string } | null; pendingReport: boolean };

const list = async (query = '') => {
  const res = await admin.client.get(`/api/admin/interviews${query}`);
  expect(res.status, query).toBe(200);
  return (await res.json()) as { items: Row[]; nextCursor: string | null };
};
const named = async (query = '') => {
  const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
  return (await list(query)).items.map((row) => byId[row.id]);
};

beforeAll(async () => {
  h = await createHarness();
  [frontend = '', backend = ''] = await professionIds(h);
  admin = await createAdmin(h);
  anna = await createUser(h, { login: 'anna_p', displayName: 'Анна Петрова', balance: 3 });
  boris = await createUser(h, { login: 'boris', displayName: 'Борис Смирнов', balance: 3 });
  vera = await createUser(h, { login: 'vera', displayName: 'Вера', balance: 3 });

  // Held two hours from now: it ends, is completed, and Анна reports Бориса missing.
  ids.done = await publish(h, anna, frontend, 2);
  const held = await (await boris.client.post(`/api/slots/${ids.done}/booking`)).json();
  ids.gone = await publish(h, boris, backend, 1);
  h.clock.advance(4 * HOUR);
  await completeInterviews({ db: h.deps.db, now: h.clock() });
  await expireSlots({ db: h.deps.db, now: h.clock() });
  await h.deps.dispatch();
  await h.deps.db.insert(noShowReports).values({
    bookingId: held.bookingId,
    reporterId: anna.id,
    accusedId: boris.id,
    comment: 'Не пришёл',
    createdAt: h.clock(),
  });

  ids.open = await publish(h, anna, frontend, 10);
  ids.booked = await publish(h, anna, backend, 20);
  await vera.client.post(`/api/slots/${ids.booked}/booking`);
  // Вера books it, gives it back, and Борис takes it: he is its candidate now, she still found by name.
  ids.rebooked = await publish(h, boris, frontend, 30);
  const given = await (await vera.client.post(`/api/slots/${ids.rebooked}/booking`)).json();
  await vera.client.post(`/api/bookings/${given.bookingId}/cancel`);
  await anna.client.post(`/api/slots/${ids.rebooked}/booking`);
  // Вера's booking, cancelled by the interviewer: the slot shows her as its last candidate.
  ids.cancelled = await publish(h, boris, backend, 40);
  await vera.client.post(`/api/slots/${ids.cancelled}/booking`);
  await boris.client.post(`/api/slots/${ids.cancelled}/cancel`);
});
afterAll(() => h.close());

describe('GET /api/admin/interviews', () => {
  it('lists every interview of any status, the latest start first, with its people and a pending report', async () => {
    expect(await named()).toEqual(['cancelled', 'rebooked', 'booked', 'open', 'done', 'gone']);
    const rows = Object.fromEntries((await list()).items.map((row) => [row.id, row]));
    expect(rows[ids.done ?? '']).toMatchObject({
      status: 'completed',
      pendingReport: true,
      interviewer: { id: anna.id, login: 'anna_p', displayName: 'Анна Петрова' },
      candidate: { id: boris.id, displayName: 'Борис Смирнов' },
      profession: { id: frontend },
    });
    expect(rows[ids.gone ?? '']).toMatchObject({ status: 'expired', candidate: null, pendingReport: false });
    expect(rows[ids.open ?? '']).toMatchObject({ status: 'open', candidate: null });
    expect(rows[ids.booked ?? '']?.candidate?.id).toBe(vera.id);
    // The booking that holds the slot wins over one given back earlier.
    expect(rows[ids.rebooked ?? '']).toMatchObject({ status: 'booked', candidate: { id: anna.id } });
    expect(rows[ids.cancelled ?? '']).toMatchObject({
      status: 'cancelled',
      candidate: { id: vera.id },
    });
  });

  it('filters by status, start range and profession', async () => {
    expect(await named('?status=open')).toEqual(['open']);
    expect(await named('?status=booked')).toEqual(['rebooked', 'booked']);
    expect(await named('?status=completed')).toEqual(['done']);
    expect(await named('?status=expired')).toEqual(['gone']);
    expect(await named('?status=cancelled')).toEqual(['cancelled']);
    expect(await named('?status=archived')).toEqual([]);
    const at = (hours: number) =>
      encodeURIComponent(new Date(h.clock().getTime() + hours * HOUR).toISOString());
    expect(await named(`?from=${at(10)}&to=${at(30)}`)).toEqual(['booked', 'open']);
    expect(await named(`?to=${at(0)}`)).toEqual(['done', 'gone']);
    expect(await named(`?professionId=${backend}`)).toEqual(['cancelled', 'booked', 'gone']);
    expect(await named(`?professionId=${frontend}&status=booked`)).toEqual(['rebooked']);
  });

  it('finds a person by a part of the login or name, any case, Cyrillic too, on either side', async () => {
    // Анна hosts open, booked, done and holds rebooked.
    expect(await named('?person=ПЕТРОВ')).toEqual(['rebooked', 'booked', 'open', 'done']);
    expect(await named('?person=anna_')).toEqual(['rebooked', 'booked', 'open', 'done']);
    // Борис hosts three and was the candidate of done.
    expect(await named('?person=смирн')).toEqual(['cancelled', 'rebooked', 'done', 'gone']);
    // Вера: her bookings, the ones given back and cancelled included.
    expect(await named('?person=вер')).toEqual(['cancelled', 'rebooked', 'booked']);
    expect(await named(`?person=${encodeURIComponent('смирн')}&status=completed`)).toEqual(['done']);
    // LIKE's wildcards are taken literally.
    expect(await named('?person=_')).toEqual(['rebooked', 'booked', 'open', 'done']);
    expect(await named(`?person=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await named('?person=nobody')).toEqual([]);
  });

  it('pages with a cursor, and refuses bad filters (400)', async () => {
    const first = await list('?limit=4');
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(`?limit=4&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((row) => row.id)).toEqual(
      (await list()).items.map((row) => row.id),
    );
    expect(second.nextCursor).toBeNull();
    for (const bad of [
      '?status=lost',
      '?from=yesterday',
      '?professionId=frontend',
      '?cursor=zzz',
      '?person=',
      '?limit=0',
      '?page=2',
    ]) {
      expect((await admin.client.get(`/api/admin/interviews${bad}`)).status, bad).toBe(400);
    }
  });

  it('is for admins only', async () => {
    expect((await h.client().get('/api/admin/interviews')).status).toBe(401);
    expect((await anna.client.get('/api/admin/interviews')).status).toBe(403);
  });
});
