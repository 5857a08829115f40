import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, professionIds, publish } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let professions: string[];
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  professions = await professionIds(h);
  const [frontend = '', backend = ''] = professions;
  const a = await createUser(h);
  const b = await createUser(h);
  ids.front1 = await publish(h, a, frontend, 10, { level: 'junior', language: 'ru' });
  ids.back1 = await publish(h, a, backend, 20, { level: 'senior', language: 'en' });
  ids.back2 = await publish(h, b, backend, 30, { level: 'middle', language: 'ru' });
  ids.front2 = await publish(h, b, frontend, 40, { level: 'middle', language: 'en' });
  ids.back3 = await publish(h, b, backend, 24 * 10, { level: 'middle', language: 'ru' });
});
afterAll(() => h.close());

const list = async (query: string, client = h.client()) => (await client.get(`/api/slots${query}`)).json();
const order = (page: { items: { id: string }[] }) =>
  page.items.map((s) => Object.keys(ids).find((k) => ids[k] === s.id));

describe('GET /api/slots', () => {
  it('lists open slots soonest first for a guest, with a total', async () => {
    const page = await list('');
    expect(order(page)).toEqual(['front1', 'back1', 'back2', 'front2', 'back3']);
    expect(page.total).toBe(5);
    expect(page.items[0].meetingUrl).toBeUndefined();
  });

  it('filters by profession, level, language and dates', async () => {
    expect(order(await list(`?professions=${professions[1]}`))).toEqual(['back1', 'back2', 'back3']);
    expect(order(await list('?level=middle'))).toEqual(['back2', 'front2', 'back3']);
    expect(order(await list('?language=en'))).toEqual(['back1', 'front2']);
    const to = new Date(h.clock().getTime() + 25 * 3600_000).toISOString();
    expect(order(await list(`?to=${encodeURIComponent(to)}`))).toEqual(['front1', 'back1']);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const first = await list('?limit=2');
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    const third = await list(`?limit=2&cursor=${second.nextCursor}`);
    expect([...order(first), ...order(second), ...order(third)]).toEqual([
      'front1',
      'back1',
      'back2',
      'front2',
      'back3',
    ]);
    expect(third.nextCursor).toBeNull();
    expect((await h.client().get('/api/slots?cursor=garbage')).status).toBe(400);
  });

  it('defaults to the viewer’s profile professions; "all" switches that off', async () => {
    const viewer = await createUser(h);
    await viewer.client.patch('/api/me', { professionIds: [professions[0]] });
    const mine = await list('', viewer.client);
    expect(order(mine)).toEqual(['front1', 'front2']);
    expect(mine.professionIds).toEqual([professions[0]]);
    expect(order(await list('?professions=all', viewer.client))).toHaveLength(5);
  });

  it('drops booked and started slots', async () => {
    const candidate = await createUser(h);
    await candidate.client.post(`/api/slots/${ids.back2}/booking`);
    h.clock.advance(11 * 3600_000);
    expect(order(await list(''))).toEqual(['back1', 'front2', 'back3']);
  });
});
