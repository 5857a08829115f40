import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStrike } from '#functions/attendance/strikes.ts';
import { createUser, professionIds, publish, type TestUser, tick } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let profession: string;
const HOUR = 3600_000;

beforeAll(async () => {
  h = await createHarness();
  [profession = ''] = await professionIds(h);
});
afterAll(() => h.close());

const book = async (user: TestUser, slotId: string) => {
  const res = await user.client.post(`/api/slots/${slotId}/booking`);
  expect(res.status).toBe(201);
  return (await res.json()).bookingId as string;
};
const cardOf = async (slotId: string) =>
  (await (await h.client().get('/api/slots?professions=all&limit=100')).json()).items.find(
    (item: { id: string }) => item.id === slotId,
  )?.interviewer;

describe('GET /api/users/:login attendance', () => {
  it('counts interviews held on either side and late cancellations as booked, and strikes as missed', async () => {
    const user = await createUser(h, { balance: 1 });
    const host = await createUser(h);
    const partners = await Promise.all([1, 2, 3].map(() => createUser(h)));
    const [p1, p2, p3] = partners as [TestUser, TestUser, TestUser];
    const conducted = await publish(h, user, profession, 3);
    const noShow = await book(p1, conducted);
    await book(p2, await publish(h, user, profession, 5));
    await book(user, await publish(h, host, profession, 7));
    // A booked interview an hour away: cancelling it now is late.
    const lateSlot = await publish(h, user, profession, 1);
    await book(p3, lateSlot);
    expect((await user.client.post(`/api/slots/${lateSlot}/cancel`)).status).toBe(200);

    h.clock.advance(8 * HOUR + 60_000);
    await tick(h);
    // An upheld no-show (moderation's strike), on one of the interviews held.
    await h.deps.db.transaction((tx) =>
      addStrike(tx, { userId: user.id, kind: 'no_show', bookingId: noShow, now: h.clock() }),
    );

    const profile = await (await h.client().get(`/api/users/${user.login}`)).json();
    expect(profile).toMatchObject({
      interviewsConducted: 2,
      interviewsTaken: 1,
      attendance: { booked: 4, strikes: 2, attended: 2 },
    });
    const open = await publish(h, user, profession, 30);
    expect(await cardOf(open)).toMatchObject({ interviewsConducted: 2, attendance: 50 });
    expect((await (await h.client().get(`/api/slots/${open}`)).json()).interviewer.attendance).toBe(50);
  });

  it('shows no attendance for someone without interviews, and all of it without strikes', async () => {
    const fresh = await createUser(h);
    const slotId = await publish(h, fresh, profession, 40);
    expect((await (await h.client().get(`/api/users/${fresh.login}`)).json()).attendance).toEqual({
      attended: 0,
      booked: 0,
      strikes: 0,
    });
    expect(await cardOf(slotId)).toMatchObject({ attendance: null });

    const candidate = await createUser(h);
    await book(candidate, await publish(h, fresh, profession, 42));
    const candidatesOwn = await publish(h, candidate, profession, 60);
    h.clock.advance(43 * HOUR + 60_000);
    h.published.length = 0;
    await tick(h);
    // Taking an interview changed the candidate's attendance too: their own open slot is announced again.
    expect(h.published).toContainEqual(
      expect.objectContaining({
        name: 'slot.changed',
        payload: {
          slot: expect.objectContaining({
            id: candidatesOwn,
            interviewer: expect.objectContaining({ attendance: 100 }),
          }),
        },
      }),
    );
    expect((await (await h.client().get(`/api/users/${candidate.login}`)).json()).attendance).toEqual({
      attended: 1,
      booked: 1,
      strikes: 0,
    });
    const next = await publish(h, fresh, profession, 30);
    expect(await cardOf(next)).toMatchObject({ attendance: 100 });
  });
});
