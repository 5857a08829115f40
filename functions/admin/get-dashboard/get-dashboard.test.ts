import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, noShowReports, slots, userProfessions, users } from '#db/schema/index.ts';
import {
  createAdmin,
  createUser,
  ledgerViolations,
  professionIds,
  publish,
  type TestUser,
  tick,
} from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let admin: TestUser;
let p0: string;
let p1: string;
const people: Record<'anna' | 'boris' | 'carl' | 'xenia' | 'yuri', TestUser> = {} as never;

type SlotStatus = (typeof slots.$inferInsert)['status'];
type BookingStatus = (typeof bookings.$inferInsert)['status'];

type Booking = { candidate: TestUser; createdAt: string; status?: BookingStatus; cancelledAt?: string };

/**
 * A slot straight in the database, with the moments the dashboard reads, and its bookings (the first one's id
 * is returned). A slot called off has its booking cancelled at the same moment, as the product does it.
 */
async function slot(s: {
  interviewer: TestUser;
  professionId: string;
  createdAt: string;
  startsAt: string;
  status: SlotStatus;
  cancelledAt?: string;
  bookings?: Booking[];
}) {
  const startsAt = new Date(s.startsAt);
  const [row] = await h.deps.db
    .insert(slots)
    .values({
      interviewerId: s.interviewer.id,
      professionId: s.professionId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      durationMinutes: 60,
      meetingUrl: 'https://meet.example.com/dashboard',
      status: s.status,
      createdAt: new Date(s.createdAt),
      cancelledAt: s.cancelledAt ? new Date(s.cancelledAt) : null,
    })
    .returning({ id: slots.id });
  if (!row) throw new Error('no slot');
  const ids = [];
  for (const booking of s.bookings ?? []) {
    const status = booking.status ?? 'active';
    const [inserted] = await h.deps.db
      .insert(bookings)
      .values({
        slotId: row.id,
        candidateId: booking.candidate.id,
        status,
        createdAt: new Date(booking.createdAt),
        cancelledAt: status === 'active' ? null : new Date(booking.cancelledAt ?? booking.createdAt),
      })
      .returning({ id: bookings.id });
    ids.push(inserted?.id ?? null);
  }
  return { slotId: row.id, bookingId: ids[0] ?? null };
}

async function report(bookingId: string | null, reporter: TestUser, accused: TestUser, upheld: boolean) {
  if (!bookingId) throw new Error('no booking');
  await h.deps.db.insert(noShowReports).values({
    bookingId,
    reporterId: reporter.id,
    accusedId: accused.id,
    comment: 'Не пришёл',
    status: upheld ? 'upheld' : 'pending',
    ...(upheld ? { resolvedBy: admin.id, resolvedAt: new Date('2026-11-29T12:00:00Z') } : {}),
  });
}

const dashboard = async (query = '', client: TestUser['client'] = admin.client) => {
  const res = await client.get(`/api/admin/dashboard${query ? `?${query}` : ''}`);
  return { status: res.status, body: await res.json() };
};
const WEEK = 'from=2026-11-25&to=2026-12-01';
const ZERO = { published: 0, booked: 0, completed: 0, noShows: 0, cancelled: 0 };

/**
 * Moscow is UTC+3: 21:30 UTC is already the next Moscow day. The range 25 November – 1 December holds:
 *
 * | slot | profession | interviewer | published (MSK)   | booked (MSK) | interview (MSK)   | outcome                    |
 * | s1   | p0         | anna        | 25th              | 25th         | 27th              | archived                   |
 * | s2   | p0         | anna        | 26th (21:30 UTC)  | 26th         | 28th (21:30 UTC)  | completed, no-show upheld  |
 * | s3   | p1         | boris       | 26th              | 26th         | 28th              | completed, report pending  |
 * | s4   | p1         | boris       | 26th              | 26th (1 of 2)| 5 December        | open                       |
 * | s5   | p0         | carl        | 27th              | 27th         | 29th              | called off by interviewer  |
 * | s6   | p0         | carl        | 24th (before)     | 24th         | 26th              | archived                   |
 * | s7   | p1         | carl        | 27th              | —            | 28th              | expired                    |
 */
beforeAll(async () => {
  h = await createHarness();
  [p0 = '', p1 = ''] = await professionIds(h);
  h.clock.set('2026-11-20T09:00:00Z');
  admin = await createAdmin(h, { login: 'admin' });
  for (const login of ['anna', 'boris', 'carl', 'xenia', 'yuri'] as const)
    people[login] = await createUser(h, { login });
  const { anna, boris, carl, xenia, yuri } = people;
  // Registered within the range: 00:30 on Friday 27 November and on Tuesday 1 December, Moscow time.
  h.clock.set('2026-11-26T21:30:00Z');
  await createUser(h, { login: 'newcomer1' });
  h.clock.set('2026-11-30T21:30:00Z');
  await createUser(h, { login: 'newcomer2' });
  h.clock.set('2026-12-01T09:00:00Z');
  await h.deps.db
    .update(users)
    .set({ status: 'blocked', blockedAt: h.clock(), blockedReason: 'spam' })
    .where(eq(users.id, yuri.id));
  await h.deps.db.update(users).set({ ratingCount: 2, ratingSum: 9 }).where(eq(users.id, anna.id));
  await h.deps.db.insert(userProfessions).values([
    { userId: boris.id, professionId: p1 },
    { userId: xenia.id, professionId: p1 },
    { userId: anna.id, professionId: p0 },
  ]);

  await slot({
    interviewer: anna,
    professionId: p0,
    createdAt: '2026-11-25T10:00:00Z',
    startsAt: '2026-11-27T10:00:00Z',
    status: 'archived',
    bookings: [{ candidate: xenia, createdAt: '2026-11-25T12:00:00Z' }],
  });
  const s2 = await slot({
    interviewer: anna,
    professionId: p0,
    createdAt: '2026-11-25T21:30:00Z',
    startsAt: '2026-11-27T21:30:00Z',
    status: 'completed',
    bookings: [{ candidate: yuri, createdAt: '2026-11-26T08:00:00Z' }],
  });
  await report(s2.bookingId, yuri, anna, true);
  const s3 = await slot({
    interviewer: boris,
    professionId: p1,
    createdAt: '2026-11-26T09:00:00Z',
    startsAt: '2026-11-28T09:00:00Z',
    status: 'completed',
    bookings: [{ candidate: xenia, createdAt: '2026-11-26T10:00:00Z' }],
  });
  await report(s3.bookingId, xenia, boris, false);
  await slot({
    interviewer: boris,
    professionId: p1,
    createdAt: '2026-11-26T09:00:00Z',
    startsAt: '2026-12-05T09:00:00Z',
    status: 'open',
    // Given back by yuri (not counted), then taken back from xenia by an admin when she was blocked, say
    // (counted: a booking made, undone by moderation); the slot is open again and was never booked since.
    bookings: [
      { candidate: yuri, createdAt: '2026-11-26T11:00:00Z', status: 'cancelled_by_candidate' },
      { candidate: xenia, createdAt: '2026-11-26T12:00:00Z', status: 'cancelled_by_admin' },
    ],
  });
  await slot({
    interviewer: carl,
    professionId: p0,
    createdAt: '2026-11-27T09:00:00Z',
    startsAt: '2026-11-29T09:00:00Z',
    status: 'cancelled',
    cancelledAt: '2026-11-28T08:00:00Z',
    bookings: [
      {
        candidate: xenia,
        createdAt: '2026-11-27T10:00:00Z',
        status: 'cancelled_by_interviewer',
        cancelledAt: '2026-11-28T08:00:00Z',
      },
    ],
  });
  await slot({
    interviewer: carl,
    professionId: p0,
    createdAt: '2026-11-24T09:00:00Z',
    startsAt: '2026-11-26T09:00:00Z',
    status: 'archived',
    bookings: [{ candidate: yuri, createdAt: '2026-11-24T10:00:00Z' }],
  });
  await slot({
    interviewer: carl,
    professionId: p1,
    createdAt: '2026-11-27T09:00:00Z',
    startsAt: '2026-11-28T12:00:00Z',
    status: 'expired',
  });
});
afterAll(() => h.close());

describe('GET /api/admin/dashboard', () => {
  it('counts each Moscow day of the range, days without anything as zeros', async () => {
    const { status, body } = await dashboard(WEEK);
    expect(status).toBe(200);
    expect(body.range).toEqual({ from: '2026-11-25', to: '2026-12-01', days: 7, timeZone: 'Europe/Moscow' });
    expect(body.professionId).toBeNull();
    expect(body.days).toEqual([
      { day: '2026-11-25', ...ZERO, published: 1, booked: 1 },
      { day: '2026-11-26', ...ZERO, published: 3, booked: 3, completed: 1 },
      { day: '2026-11-27', ...ZERO, published: 2, booked: 1, completed: 1 },
      { day: '2026-11-28', ...ZERO, completed: 2, noShows: 1 },
      { day: '2026-11-29', ...ZERO, cancelled: 1 },
      { day: '2026-11-30', ...ZERO },
      { day: '2026-12-01', ...ZERO },
    ]);
  });

  it('gives the totals and the rates: booked of published, no-shows of interviews held', async () => {
    const { body } = await dashboard(WEEK);
    expect(body.totals).toEqual({
      published: 6,
      booked: 5,
      completed: 4,
      noShows: 1,
      cancelled: 1,
      bookedOfPublished: 4,
      bookingRate: 0.6667,
      noShowRate: 0.25,
    });
    expect(body.pendingReports).toBe(1);
  });

  it('counts the people now, and the new ones per Moscow week of the range', async () => {
    const { body } = await dashboard(WEEK);
    expect(body.users).toEqual({
      total: 8,
      active: 7,
      blocked: 1,
      admins: 1,
      newInRange: 2,
      newPerWeek: [
        { weekStart: '2026-11-23', count: 1 },
        { weekStart: '2026-11-30', count: 1 },
      ],
    });
  });

  it('sums every balance and the ledger of the range by reason', async () => {
    const { body } = await dashboard(WEEK);
    // Everyone got the one signup point; two of them registered within the range.
    expect(body.points).toEqual({
      inCirculation: 8,
      flows: [{ reason: 'signup_bonus', credited: 2, debited: 0 }],
    });
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('ranks the interviewers by interviews held, then by login, with their rating', async () => {
    const { body } = await dashboard(WEEK);
    const { anna, boris, carl } = people;
    expect(body.topInterviewers).toEqual([
      { id: anna.id, login: 'anna', displayName: 'anna', interviews: 2, rating: { average: 4.5, count: 2 } },
      {
        id: boris.id,
        login: 'boris',
        displayName: 'boris',
        interviews: 1,
        rating: { average: null, count: 0 },
      },
      { id: carl.id, login: 'carl', displayName: 'carl', interviews: 1, rating: { average: null, count: 0 } },
    ]);
  });

  it('gives every profession its row, in the admins’ order', async () => {
    const { body } = await dashboard(WEEK);
    const ids = await professionIds(h);
    expect(body.perProfession.map((row: { profession: { id: string } }) => row.profession.id)).toEqual(ids);
    const [first, second, third] = body.perProfession;
    expect(first).toMatchObject({
      profession: { id: p0, archived: false },
      published: 3,
      completed: 3,
      noShows: 1,
      cancelled: 1,
      bookedOfPublished: 3,
      bookingRate: 1,
      noShowRate: 0.3333,
    });
    expect(second).toMatchObject({
      profession: { id: p1 },
      published: 3,
      completed: 1,
      noShows: 0,
      cancelled: 0,
      bookedOfPublished: 1,
      bookingRate: 0.3333,
      noShowRate: 0,
    });
    const { booked: _, ...none } = ZERO;
    expect(third).toMatchObject({ ...none, bookedOfPublished: 0, bookingRate: null, noShowRate: null });
    // Bookings made are counted per day; a profession's row counts its published slots that were booked.
    expect(first).not.toHaveProperty('booked');
  });

  it('with a profession, gives every figure for it alone', async () => {
    const { status, body } = await dashboard(`${WEEK}&professionId=${p1}`);
    expect(status).toBe(200);
    expect(body.professionId).toBe(p1);
    expect(body.days.slice(0, 5)).toEqual([
      { day: '2026-11-25', ...ZERO },
      { day: '2026-11-26', ...ZERO, published: 2, booked: 2 },
      { day: '2026-11-27', ...ZERO, published: 1 },
      { day: '2026-11-28', ...ZERO, completed: 1 },
      { day: '2026-11-29', ...ZERO },
    ]);
    expect(body.totals).toMatchObject({ published: 3, booked: 2, completed: 1, bookingRate: 0.3333 });
    expect(body.topInterviewers.map((person: { login: string }) => person.login)).toEqual(['boris']);
    expect(body.perProfession).toHaveLength(1);
    expect(body.perProfession[0].profession.id).toBe(p1);
    // The people who chose the profession: boris and xenia, none new in the range.
    expect(body.users).toMatchObject({ total: 2, active: 2, blocked: 0, admins: 0, newInRange: 0 });
    expect(body.pendingReports).toBe(1);
    expect((await dashboard(`${WEEK}&professionId=${p0}`)).body.pendingReports).toBe(0);
  });

  it('puts 21:30 UTC on the next Moscow day, for publishing and for the interview', async () => {
    const the26th = await dashboard('from=2026-11-25&to=2026-11-25');
    // s2 was published at 21:30 UTC on the 25th: 00:30 on the 26th in Moscow.
    expect(the26th.body.totals.published).toBe(1);
    const before = await dashboard('from=2026-11-27&to=2026-11-27');
    expect(before.body.totals).toMatchObject({ completed: 1, noShows: 0 });
    const after = await dashboard('from=2026-11-28&to=2026-11-28');
    expect(after.body.totals).toMatchObject({ completed: 2, noShows: 1 });
    expect(after.body.topInterviewers.map((person: { login: string }) => person.login)).toEqual([
      'anna',
      'boris',
    ]);
  });

  it('defaults to the last 30 Moscow days, today included', async () => {
    const { body } = await dashboard();
    expect(body.range).toMatchObject({ from: '2026-11-02', to: '2026-12-01', days: 30 });
    expect(body.days).toHaveLength(30);
    // 21:30 UTC on 1 December is 2 December in Moscow.
    h.clock.set('2026-12-01T21:30:00Z');
    try {
      expect((await dashboard()).body.range).toMatchObject({ from: '2026-11-03', to: '2026-12-02' });
      expect((await dashboard('from=2026-11-20')).body.range).toMatchObject({ to: '2026-12-02', days: 13 });
    } finally {
      h.clock.set('2026-12-01T09:00:00Z');
    }
  });

  it('takes a range of up to 366 days and refuses a longer or reversed one', async () => {
    const leap = await dashboard('from=2027-01-01&to=2028-01-01');
    expect(leap.status).toBe(200);
    expect(leap.body.days).toHaveLength(366);
    expect(leap.body.users.newPerWeek[0]).toEqual({ weekStart: '2026-12-28', count: 0 });

    const tooLong = await dashboard('from=2026-12-01&to=2027-12-02');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([
      expect.objectContaining({ field: 'from', code: 'date_range_too_long' }),
    ]);
    const reversed = await dashboard('from=2026-12-02&to=2026-12-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toEqual([
      expect.objectContaining({ field: 'from', code: 'date_range_reversed' }),
    ]);
    // Only the first day, more than a year ago: the range would run to today.
    expect((await dashboard('from=2025-11-01')).body.errors?.[0]?.code).toBe('date_range_too_long');
  });

  it('refuses what is not a day, an unknown profession and unknown parameters', async () => {
    for (const query of ['from=2026-13-01', 'to=1.12.2026', 'professionId=frontend', 'limit=5']) {
      const { status, body } = await dashboard(query);
      expect(status, query).toBe(400);
      expect(body.code).toBe('validation_failed');
    }
    const unknown = await dashboard(`professionId=${randomUUID()}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: 'professionId', code: 'unknown_profession' }),
    ]);
  });

  it('is for admins only: a user gets 403, a guest 401', async () => {
    expect((await dashboard(WEEK, people.anna.client)).status).toBe(403);
    expect((await dashboard(WEEK, h.client())).status).toBe(401);
  });
});

describe('the dashboard reads what the product writes', () => {
  // A database of its own: the scheduled jobs would otherwise settle the hand-made interviews above.
  let fresh: typeof h;
  beforeAll(async () => {
    fresh = await createHarness({ start: '2026-12-10T09:00:00Z' });
  });
  afterAll(() => fresh.close());

  it('counts what bookings, give-backs, withdrawals and call-offs leave behind', async () => {
    const h = fresh;
    const admin = await createAdmin(h);
    const interviewer = await createUser(h);
    const first = await createUser(h, { balance: 2 });
    const second = await createUser(h);
    const [profession = ''] = await professionIds(h);
    // Three slots of one Moscow day (10 December, 17:00, 19:00 and 21:00 МСК).
    const given = await publish(h, interviewer, profession, 5);
    const withdrawn = await publish(h, interviewer, profession, 7);
    const calledOff = await publish(h, interviewer, profession, 9);
    const booked = await first.client.post(`/api/slots/${given}/booking`);
    expect(booked.status).toBe(201);
    expect((await first.client.post(`/api/bookings/${(await booked.json()).bookingId}/cancel`)).status).toBe(
      200,
    );
    expect((await second.client.post(`/api/slots/${given}/booking`)).status).toBe(201);
    expect((await interviewer.client.post(`/api/slots/${withdrawn}/cancel`)).status).toBe(200);
    expect((await first.client.post(`/api/slots/${calledOff}/booking`)).status).toBe(201);
    expect((await interviewer.client.post(`/api/slots/${calledOff}/cancel`)).status).toBe(200);
    h.clock.set('2026-12-10T16:00:00Z');
    await tick(h);

    const { body } = await dashboard('from=2026-12-10&to=2026-12-10', admin.client);
    // Booked: the second booking of the first slot and the called-off one; the give-back and the withdrawn
    // slot (nobody had booked it) count for nothing.
    expect(body.days).toEqual([
      { day: '2026-12-10', published: 3, booked: 2, completed: 1, noShows: 0, cancelled: 1 },
    ]);
    expect(body.totals).toMatchObject({ bookedOfPublished: 2, bookingRate: 0.6667, noShowRate: 0 });
    expect(body.topInterviewers).toEqual([expect.objectContaining({ id: interviewer.id, interviews: 1 })]);
    expect(body.points.flows).toEqual([
      { reason: 'signup_bonus', credited: 5, debited: 0 },
      { reason: 'booking_spend', credited: 0, debited: 3 },
      { reason: 'booking_refund', credited: 2, debited: 0 },
    ]);
    expect(await ledgerViolations(h)).toEqual([]);
  });
});
