import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slots } from '#db/schema/index.ts';
import { completeInterviews } from '#functions/scheduled/complete-interviews/complete-interviews.ts';
import { createUser, professionIds, publish, slotBody, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';
import { effectiveProfessions, listSlots } from './list-slots.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let professions: string[];
const HOUR = 3600_000;

beforeAll(async () => {
  h = await createHarness();
  professions = await professionIds(h);
});
afterAll(() => h.close());

/** What the exchange answers through HTTP (cached or not) against a fresh read of the database. */
async function compare(path: string, viewer?: TestUser) {
  const served = await (await (viewer?.client ?? h.client()).get(path)).json();
  const query = new URL(path, 'http://x').searchParams;
  const asked = query.get('professions');
  const { page } = await listSlots({
    db: h.deps.db,
    now: h.clock(),
    professionIds: await effectiveProfessions({
      db: h.deps.db,
      viewerId: viewer?.id ?? null,
      professions: asked === null ? undefined : asked === 'all' ? 'all' : asked.split(','),
    }),
    level: (query.get('level') as 'middle' | null) ?? undefined,
    sort: (query.get('sort') as 'best_rated' | null) ?? 'soonest',
    limit: 3,
  });
  expect(served, path).toEqual(page);
}

describe('the exchange served from memory', () => {
  it('is never stale: after every change and every start, the next read is what the database says', async () => {
    const [frontend = '', backend = ''] = professions;
    const anna = await createUser(h);
    const boris = await createUser(h, { balance: 3 });
    expect((await boris.client.patch('/api/me', { professionIds: [backend] })).status).toBe(200);
    const reads = [
      ['/api/slots?professions=all&limit=3', undefined],
      ['/api/slots?limit=3', boris],
      [`/api/slots?professions=${backend}&level=middle&limit=3`, undefined],
      ['/api/slots?professions=all&sort=best_rated&limit=3', undefined],
    ] as const;
    const check = async () => {
      for (const [path, viewer] of reads) {
        // Twice: the second read comes from the cache when the first one filled it.
        await compare(path, viewer);
        await compare(path, viewer);
      }
    };
    await check();
    const first = await publish(h, anna, backend, 3, { level: 'middle' });
    await check();
    const second = await publish(h, anna, frontend, 5);
    const third = await publish(h, anna, backend, 7, { level: 'junior' });
    await check();
    await anna.client.patch(`/api/slots/${third}`, { level: 'middle', description: 'Другие темы' });
    await check();
    const booked = await (await boris.client.post(`/api/slots/${first}/booking`)).json();
    await check();
    await boris.client.post(`/api/bookings/${booked.bookingId}/cancel`);
    await check();
    await anna.client.post(`/api/slots/${second}/cancel`);
    await check();
    // No event at all: the earliest slot starts, and leaves the exchange by itself.
    h.clock.advance(3 * HOUR);
    await check();
    h.clock.advance(4 * HOUR);
    await check();
    // What the cards show of the interviewer changes too: the name, interviews conducted, the rating.
    await anna.client.patch('/api/me', { displayName: 'Анна Петрова' });
    await check();
    const held = await publish(h, anna, backend, 2, { level: 'middle' });
    await publish(h, anna, backend, 30, { level: 'middle' });
    await boris.client.post(`/api/slots/${held}/booking`);
    await check();
    h.clock.advance(3 * HOUR + 1);
    await completeInterviews({ db: h.deps.db, now: h.clock() });
    await h.deps.dispatch();
    await check();
    await boris.client.post(`/api/slots/${held}/review`, { rating: 4 });
    await anna.client.post(`/api/slots/${held}/assessment`, {
      technicalKnowledge: 4,
      problemSolving: 4,
      communication: 4,
      recommendation: 'hire',
    });
    await check();
  });

  it('is served from memory until the stream moves: a change without an event is not seen, one with it is', async () => {
    const anna = await createUser(h);
    const path = '/api/slots?professions=all&limit=50';
    const before = await (await h.client().get(path)).json();
    // Written behind the functions' back (no outbox event): a cached page cannot know.
    await h.deps.db.insert(slots).values({
      ...slotBody(h, professions[0] ?? '', 30),
      startsAt: new Date(h.clock().getTime() + 30 * HOUR),
      endsAt: new Date(h.clock().getTime() + 31 * HOUR),
      interviewerId: anna.id,
      level: 'middle',
      language: 'ru',
    });
    expect((await (await h.client().get(path)).json()).total).toBe(before.total);
    // Any public event moves the stream: the next read is fresh.
    await publish(h, anna, professions[0] ?? '', 40);
    expect((await (await h.client().get(path)).json()).total).toBe(before.total + 2);
  });

  it('answers 304 to a client that has the page, and 200 with a new ETag once it changed', async () => {
    const anna = await createUser(h);
    const path = '/api/slots?professions=all';
    const first = await h.client().get(path);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await h.client().get(path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    await publish(h, anna, professions[1] ?? '', 50);
    const changed = await h.client().get(path, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});
