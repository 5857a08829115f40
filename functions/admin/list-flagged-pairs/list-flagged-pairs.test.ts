import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TFlaggedPair } from '#contract/admin-moderation.ts';
import { PAIR_FLAG } from '#contract/rules.ts';
import { completeInterviews } from '#functions/scheduled/complete-interviews/complete-interviews.ts';
import {
  createAdmin,
  createUser,
  ledgerViolations,
  professionIds,
  publish,
  type TestUser,
} from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let profession: string;
let admin: TestUser;
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  h = await createHarness();
  [profession = ''] = await professionIds(h);
  admin = await createAdmin(h);
});
afterAll(() => h.close());

/** `interviewer` publishes a slot `hoursAhead` from now and `candidate` books it; returns the slot. */
async function meet(interviewer: TestUser, candidate: TestUser, hoursAhead: number) {
  const slotId = await publish(h, interviewer, profession, hoursAhead);
  const res = await candidate.client.post(`/api/slots/${slotId}/booking`);
  if (res.status !== 201) throw new Error(`booking refused: ${res.status}`);
  return (await res.json()) as { id: string; bookingId: string; startsAt: string };
}

const pairs = async (viewer = admin): Promise<TFlaggedPair[]> => {
  const res = await viewer.client.get('/api/admin/pairs');
  expect(res.status).toBe(200);
  return (await res.json()).items;
};
const memberOf = (pair: TFlaggedPair | undefined, user: TestUser) =>
  pair?.people.find((p) => p.id === user.id);
const pairOf = (list: TFlaggedPair[], one: TestUser, other: TestUser) =>
  list.find((pair) => memberOf(pair, one) && memberOf(pair, other));

describe('flagged pairs (anti-farming)', () => {
  it('flags repeated interviews together and bookings both ways, not a few or cancelled ones', async () => {
    expect(PAIR_FLAG.interviews).toBe(3);
    const [anna, boris] = [await createUser(h), await createUser(h, { balance: 3 })];
    const [clara, denis] = [await createUser(h), await createUser(h)];
    const [egor, fedor] = [await createUser(h), await createUser(h, { balance: 2 })];
    const [galina, hasan] = [await createUser(h), await createUser(h, { balance: 3 })];

    // Anna interviews Boris three times.
    const firstOfAnna = await meet(anna, boris, 3);
    await meet(anna, boris, 5);
    await meet(anna, boris, 7);
    // Clara and Denis interview each other once each way.
    await meet(clara, denis, 3);
    await meet(denis, clara, 5);
    // Egor interviews Fedor twice: not yet a pattern.
    await meet(egor, fedor, 3);
    await meet(egor, fedor, 5);
    // Galina and Hasan book three, but Hasan gives one back: two stand.
    await meet(galina, hasan, 24);
    await meet(galina, hasan, 26);
    const givenBack = await meet(galina, hasan, 28);
    expect((await hasan.client.post(`/api/bookings/${givenBack.bookingId}/cancel`)).status).toBe(200);

    // Anna's first interview is held and Boris's review pays her; the others are still to come.
    h.clock.set(new Date(h.clock().getTime() + 4 * HOUR + 60_000));
    await completeInterviews({ db: h.deps.db, now: h.clock() });
    expect((await boris.client.post(`/api/slots/${firstOfAnna.id}/review`, { rating: 5 })).status).toBe(201);

    const list = await pairs();
    expect(list).toHaveLength(2);
    const annaBoris = pairOf(list, anna, boris);
    expect(list[0]).toBe(annaBoris);
    expect(annaBoris).toMatchObject({ interviews: 3, bothWays: false });
    expect(memberOf(annaBoris, anna)).toMatchObject({ login: anna.login, interviewed: 3, earned: 1 });
    expect(memberOf(annaBoris, boris)).toMatchObject({ interviewed: 0, earned: 0 });
    expect(annaBoris?.lastAt).toBe(
      new Date(new Date(firstOfAnna.startsAt).getTime() + 4 * HOUR).toISOString(),
    );
    const claraDenis = pairOf(list, clara, denis);
    expect(claraDenis).toMatchObject({ interviews: 2, bothWays: true });
    expect(memberOf(claraDenis, clara)).toMatchObject({ interviewed: 1, earned: 0 });
    expect(memberOf(claraDenis, denis)).toMatchObject({ interviewed: 1, earned: 0 });
    expect(pairOf(list, egor, fedor)).toBeUndefined();
    expect(pairOf(list, galina, hasan)).toBeUndefined();
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('forgets interviews that started before the window', async () => {
    h.clock.set(new Date(h.clock().getTime() + PAIR_FLAG.windowDays * DAY + 2 * DAY));
    // A month on, the first admin's session has run out: another one looks.
    expect(await pairs(await createAdmin(h))).toEqual([]);
  });
});
