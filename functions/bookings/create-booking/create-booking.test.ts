import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, ledgerEntries, users } from '#db/schema/index.ts';
import {
  createUser,
  ledgerViolations,
  professionIds,
  publish,
  type TestUser,
  tick,
} from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let interviewer: TestUser;
let profession: string;

beforeAll(async () => {
  // A pool as large as the crowd, so the database, not the pool, decides who wins.
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '50' } });
  interviewer = await createUser(h, { displayName: 'Олег' });
  [profession = ''] = await professionIds(h);
});
afterAll(() => h.close());

const balanceOf = async (id: string) =>
  (await h.deps.db.select({ balance: users.balance }).from(users).where(eq(users.id, id)))[0]?.balance;
const ledgerSumOf = async (id: string) =>
  Number(
    (
      await h.deps.db
        .select({ sum: sql<string>`coalesce(sum(${ledgerEntries.delta}), 0)` })
        .from(ledgerEntries)
        .where(eq(ledgerEntries.userId, id))
    )[0]?.sum,
  );

describe('POST /api/slots/:id/booking', () => {
  it('books for one point: the slot leaves the exchange, the candidate sees the link, the interviewer is told', async () => {
    const slotId = await publish(h, interviewer, profession, 30);
    const candidate = await createUser(h, { balance: 2, displayName: 'Катя' });
    await interviewer.client.patch('/api/me', { bio: 'Тимлид бэкенда, 8 лет в финтехе' });
    await candidate.client.patch('/api/me', { bio: 'Готовлюсь к переходу в мидлы', level: 'junior' });
    h.published.length = 0;
    const res = await candidate.client.post(`/api/slots/${slotId}/booking`);
    expect(res.status).toBe(201);
    const slot = await res.json();
    expect(slot).toMatchObject({
      status: 'booked',
      myRole: 'candidate',
      meetingUrl: 'https://meet.example.com/room-42',
      canCancel: true,
    });
    // Each participant sees the other's "about me", as settings promise; the interviewer, the candidate's level.
    expect(slot.counterpart).toMatchObject({ displayName: 'Олег', bio: 'Тимлид бэкенда, 8 лет в финтехе' });
    expect(slot.googleCalendarUrl).toMatch(
      /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE/,
    );
    expect(await balanceOf(candidate.id)).toBe(1);
    expect(await ledgerSumOf(candidate.id)).toBe(1);
    expect(h.published.map((e) => [e.name, e.audience])).toEqual([
      ['slot.booked', { kind: 'public' }],
      ['booking.created', { kind: 'user', userId: interviewer.id }],
      ['points.changed', { kind: 'user', userId: candidate.id }],
    ]);
    const list = await (await h.client().get('/api/slots?professions=all')).json();
    expect(list.items.map((s: { id: string }) => s.id)).not.toContain(slotId);
    const asInterviewer = await (await interviewer.client.get(`/api/slots/${slotId}`)).json();
    expect(asInterviewer.counterpart).toMatchObject({
      displayName: 'Катя',
      bio: 'Готовлюсь к переходу в мидлы',
      level: 'junior',
    });
    // Nobody else does.
    expect((await (await h.client().get(`/api/slots/${slotId}`)).json()).counterpart).toBeNull();
  });

  it('gives exactly one of 50 simultaneous bookers the slot; the other 49 are refused and keep their point', async () => {
    const slotId = await publish(h, interviewer, profession, 40);
    const crowd = await Promise.all(Array.from({ length: 50 }, () => createUser(h, { balance: 1 })));
    const responses = await Promise.all(crowd.map((u) => u.client.post(`/api/slots/${slotId}/booking`)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const refusals = await Promise.all(responses.filter((r) => r.status === 409).map((r) => r.json()));
    expect(new Set(refusals.map((p) => p.code))).toEqual(new Set(['slot_not_available']));
    const balances = await Promise.all(crowd.map((u) => balanceOf(u.id)));
    expect(balances.filter((b) => b === 0)).toHaveLength(1);
    expect(balances.filter((b) => b === 1)).toHaveLength(49);
    for (const u of crowd) expect(await ledgerSumOf(u.id)).toBe(await balanceOf(u.id));
    expect(await h.deps.db.$count(bookings, eq(bookings.slotId, slotId))).toBe(1);
  });

  it('lets a user with one point book exactly one of 20 slots requested at once', async () => {
    const interviewers = await Promise.all(Array.from({ length: 20 }, () => createUser(h)));
    const slotIds = await Promise.all(interviewers.map((u, i) => publish(h, u, profession, 50 + i * 2)));
    const candidate = await createUser(h, { balance: 1 });
    const responses = await Promise.all(
      slotIds.map((id) => candidate.client.post(`/api/slots/${id}/booking`)),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = await Promise.all(responses.filter((r) => r.status !== 201).map((r) => r.json()));
    expect(refused).toHaveLength(19);
    expect(new Set(refused.map((p) => p.code))).toEqual(new Set(['insufficient_points']));
    expect(await balanceOf(candidate.id)).toBe(0);
    expect(await ledgerSumOf(candidate.id)).toBe(0);
  });

  it('refuses booking one’s own slot, a slot overlapping one’s interviews, and without points — changing nothing', async () => {
    const own = await publish(h, interviewer, profession, 90);
    const ownRes = await interviewer.client.post(`/api/slots/${own}/booking`);
    expect(ownRes.status).toBe(409);
    expect((await ownRes.json()).code).toBe('own_slot');

    const busy = await createUser(h, { balance: 3 });
    await publish(h, busy, profession, 120);
    const clashing = await publish(h, interviewer, profession, 120.5);
    const clashRes = await busy.client.post(`/api/slots/${clashing}/booking`);
    expect(clashRes.status).toBe(409);
    expect((await clashRes.json()).code).toBe('schedule_conflict');
    expect(await balanceOf(busy.id)).toBe(3);

    const broke = await createUser(h, { balance: 0 });
    const brokeRes = await broke.client.post(`/api/slots/${clashing}/booking`);
    expect(brokeRes.status).toBe(409);
    expect((await brokeRes.json()).code).toBe('insufficient_points');
    expect((await (await h.client().get(`/api/slots/${clashing}`)).json()).status).toBe('open');
  });

  it('answers 404 for an unknown slot and 400 for a malformed id', async () => {
    const candidate = await createUser(h);
    expect(
      (await candidate.client.post('/api/slots/00000000-0000-4000-8000-000000000000/booking')).status,
    ).toBe(404);
    expect((await candidate.client.post('/api/slots/not-a-uuid/booking')).status).toBe(400);
  });
});

const DAY = 24 * 3600_000;
const REVIEW = { rating: 5, preparation: null, clarity: null, usefulness: null, comment: 'Спасибо' };
const rewardsOf = async (id: string) =>
  (await h.deps.db.select().from(ledgerEntries).where(eq(ledgerEntries.userId, id)))
    .filter((entry) => entry.reason === 'interview_reward')
    .map((entry) => entry.bookingId);
const viewOf = async (user: TestUser, slotId: string) =>
  (await (await user.client.get(`/api/slots/${slotId}`)).json()) as { earnsReward: boolean | null };
const book = async (user: TestUser, slotId: string) => {
  const res = await user.client.post(`/api/slots/${slotId}/booking`);
  expect(res.status).toBe(201);
  return (await res.json()) as { bookingId: string; earnsReward: boolean | null; endsAt: string };
};

// Last in this file: these move the clock by days.
describe('anti-farming: one point per interviewer and candidate within 7 days', () => {
  it('books a second interview with the same interviewer within 7 days, says it earns nothing, and pays nothing for it', async () => {
    const host = await createUser(h);
    const candidate = await createUser(h, { balance: 3 });
    const stranger = await createUser(h, { balance: 1 });
    const first = await publish(h, host, profession, 30);
    const second = await publish(h, host, profession, 30 + 3 * 24);
    const later = await publish(h, host, profession, 30 + 8 * 24);
    expect(await viewOf(candidate, first)).toMatchObject({ earnsReward: true });
    const a = await book(candidate, first);
    expect(a.earnsReward).toBe(true);

    // Said before the click, to this candidate only: another candidate would earn the interviewer a point.
    expect(await viewOf(candidate, second)).toMatchObject({ earnsReward: false });
    expect(await viewOf(stranger, second)).toMatchObject({ earnsReward: true });
    expect((await viewOf(host, second)).earnsReward).toBeNull();
    expect((await (await h.client().get(`/api/slots/${second}`)).json()).earnsReward).toBeNull();
    const b = await book(candidate, second);
    expect(b.earnsReward).toBe(false);
    expect(await viewOf(host, second)).toMatchObject({ earnsReward: false });
    // Eight days after the earning one is outside the window: it earns again.
    expect(await viewOf(candidate, later)).toMatchObject({ earnsReward: true });
    expect((await book(candidate, later)).earnsReward).toBe(true);

    // Both held: the job credits the first; the candidate's review of the second pays nothing, nor does the job.
    h.clock.set(new Date(new Date(b.endsAt).getTime() + 60_000));
    await tick(h);
    expect(await rewardsOf(host.id)).toEqual([a.bookingId]);
    expect((await candidate.client.post(`/api/slots/${second}/review`, REVIEW)).status).toBe(201);
    h.clock.advance(DAY + 60_000);
    await tick(h);
    expect(await rewardsOf(host.id)).toEqual([a.bookingId]);
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('does not count a booking that was given back', async () => {
    const host = await createUser(h);
    const candidate = await createUser(h, { balance: 2 });
    const first = await publish(h, host, profession, 30);
    const second = await publish(h, host, profession, 33);
    const a = await book(candidate, first);
    expect((await candidate.client.post(`/api/bookings/${a.bookingId}/cancel`)).status).toBe(200);
    expect(await viewOf(candidate, second)).toMatchObject({ earnsReward: true });
    expect((await book(candidate, second)).earnsReward).toBe(true);
  });

  it('lets exactly one of two bookings made at once with the same interviewer earn', async () => {
    const host = await createUser(h);
    const candidate = await createUser(h, { balance: 2 });
    const slotIds = [await publish(h, host, profession, 30), await publish(h, host, profession, 32)];
    const responses = await Promise.all(
      slotIds.map((id) => candidate.client.post(`/api/slots/${id}/booking`)),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201]);
    const earning = await h.deps.db
      .select({ earnsReward: bookings.earnsReward })
      .from(bookings)
      .where(eq(bookings.candidateId, candidate.id));
    expect(earning.map((row) => row.earnsReward).sort()).toEqual([false, true]);
  });
});

describe('anti-farming switched off (PAIR_REWARD_WINDOW_DAYS=0)', () => {
  let off: Awaited<ReturnType<typeof createHarness>>;
  beforeAll(async () => {
    off = await createHarness({ env: { PAIR_REWARD_WINDOW_DAYS: '0' } });
  });
  afterAll(() => off.close());

  it('lets every interview with the same interviewer earn', async () => {
    const [offProfession = ''] = await professionIds(off);
    const host = await createUser(off);
    const candidate = await createUser(off, { balance: 2 });
    const first = await publish(off, host, offProfession, 30);
    const second = await publish(off, host, offProfession, 32);
    for (const slotId of [first, second]) {
      expect((await (await candidate.client.get(`/api/slots/${slotId}`)).json()).earnsReward).toBe(true);
      const res = await candidate.client.post(`/api/slots/${slotId}/booking`);
      expect((await res.json()).earnsReward).toBe(true);
    }
  });
});
