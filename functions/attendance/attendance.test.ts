import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IN_OPENS_BEFORE_MS, REPORT_TEXT_MAX, REPORT_WINDOW_MS } from '#contract/rules.ts';
import { checkIns, ledgerEntries, noShowReports, notifications } from '#db/schema/index.ts';
import { completeInterviews } from '#functions/scheduled/complete-interviews/complete-interviews.ts';
import { creditInterviewers } from '#functions/scheduled/credit-interviewers/credit-interviewers.ts';
import {
  createUser,
  ledgerViolations,
  professionIds,
  publish,
  type TestUser,
} from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let profession: string;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const REVIEW = { rating: 5, comment: 'Всё прошло отлично' };
const ASSESSMENT = { technicalKnowledge: 4, problemSolving: 4, communication: 4, recommendation: 'hire' };

beforeAll(async () => {
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '10' } });
  [profession = ''] = await professionIds(h);
});
afterAll(() => h.close());

const run = (job: typeof completeInterviews) => job({ db: h.deps.db, now: h.clock() });

/**
 * A fresh interviewer and candidate with a booked 60-minute interview three hours after the clock (the
 * clock only moves forward in this file, so every interview is a new one).
 */
async function interview() {
  const interviewer = await createUser(h, { displayName: 'Ирина' });
  const candidate = await createUser(h, { displayName: 'Борис' });
  const slotId = await publish(h, interviewer, profession, 3);
  const booking = await candidate.client.post(`/api/slots/${slotId}/booking`);
  expect(booking.status).toBe(201);
  const booked = await booking.json();
  return {
    interviewer,
    candidate,
    slotId,
    bookingId: booked.bookingId as string,
    startsAt: new Date(booked.startsAt).getTime(),
    endsAt: new Date(booked.endsAt).getTime(),
  };
}

/** The interview is over: the clock a minute past its end, and completed as the scheduler would. */
async function ended() {
  const held = await interview();
  h.clock.set(new Date(held.endsAt + MINUTE));
  await run(completeInterviews);
  return held;
}

const checkIn = (user: TestUser, slotId: string) => user.client.post(`/api/slots/${slotId}/check-in`);
const report = (user: TestUser, slotId: string, body: unknown = { comment: 'Так и не пришёл' }) =>
  user.client.post(`/api/slots/${slotId}/no-show-report`, body);
const attendanceOf = async (user: TestUser, slotId: string) =>
  (await (await user.client.get(`/api/slots/${slotId}`)).json()).attendance;
const codeOf = async (res: { json(): Promise<{ code?: string }> }) => (await res.json()).code;
const rewardsOf = async (userId: string) =>
  (
    await h.deps.db
      .select({ n: count() })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.userId, userId), eq(ledgerEntries.reason, 'interview_reward')))
  )[0]?.n;
const audienceOf = (event: (typeof h.published)[number]) =>
  event.audience.kind === 'user' ? event.audience.userId : 'public';

describe('POST /api/slots/:id/check-in', () => {
  it('opens 10 minutes before the start and closes at the end', async () => {
    const early = await interview();
    h.clock.set(new Date(early.startsAt - CHECK_IN_OPENS_BEFORE_MS - 1));
    const before = await checkIn(early.interviewer, early.slotId);
    expect(before.status).toBe(409);
    expect(await codeOf(before)).toBe('check_in_closed');
    expect(await attendanceOf(early.interviewer, early.slotId)).toMatchObject({
      checkInOpensAt: new Date(early.startsAt - CHECK_IN_OPENS_BEFORE_MS).toISOString(),
      checkInClosesAt: new Date(early.endsAt).toISOString(),
      canCheckIn: false,
      interviewer: { checkedInAt: null },
    });
    h.clock.set(new Date(early.startsAt - CHECK_IN_OPENS_BEFORE_MS));
    expect((await attendanceOf(early.interviewer, early.slotId)).canCheckIn).toBe(true);
    const opened = await checkIn(early.interviewer, early.slotId);
    expect(opened.status).toBe(200);
    expect((await opened.json()).attendance.interviewer.checkedInAt).toBe(h.clock().toISOString());

    const late = await interview();
    h.clock.set(new Date(late.endsAt - 1));
    expect((await checkIn(late.candidate, late.slotId)).status).toBe(200);
    h.clock.set(new Date(late.endsAt));
    const closed = await checkIn(late.interviewer, late.slotId);
    expect(closed.status).toBe(409);
    expect(await codeOf(closed)).toBe('check_in_closed');
    expect(await attendanceOf(late.interviewer, late.slotId)).toMatchObject({
      canCheckIn: false,
      interviewer: { checkedInAt: null },
      candidate: { checkedInAt: new Date(late.endsAt - 1).toISOString() },
    });
  });

  it('records each side once and tells both participants, live', async () => {
    const { interviewer, candidate, slotId, bookingId, startsAt } = await interview();
    h.clock.set(new Date(startsAt - 5 * MINUTE));
    const firstAt = h.clock().toISOString();
    h.published.length = 0;
    const first = await checkIn(candidate, slotId);
    expect(first.status).toBe(200);
    expect((await first.json()).attendance).toMatchObject({
      candidate: { checkedInAt: firstAt },
      interviewer: { checkedInAt: null },
      canCheckIn: false,
    });
    const told = h.published.filter((e) => e.name === 'attendance.checked_in');
    expect(told.map(audienceOf).sort()).toEqual([interviewer.id, candidate.id].sort());
    for (const event of told) expect(event.payload).toEqual({ slotId, side: 'candidate', at: firstAt });

    // A second press (or two at once, a double click) changes nothing and answers the first time.
    h.clock.advance(2 * MINUTE);
    h.published.length = 0;
    const again = await Promise.all([checkIn(candidate, slotId), checkIn(candidate, slotId)]);
    for (const res of again) {
      expect(res.status).toBe(200);
      expect((await res.json()).attendance.candidate.checkedInAt).toBe(firstAt);
    }
    expect(h.published.filter((e) => e.name === 'attendance.checked_in')).toHaveLength(0);

    // The other side checks in too; each sees both times.
    const secondAt = h.clock().toISOString();
    expect((await checkIn(interviewer, slotId)).status).toBe(200);
    const both = { interviewer: { checkedInAt: secondAt }, candidate: { checkedInAt: firstAt } };
    expect(await attendanceOf(candidate, slotId)).toMatchObject(both);
    expect(await attendanceOf(interviewer, slotId)).toMatchObject(both);
    const rows = await h.deps.db.select().from(checkIns).where(eq(checkIns.bookingId, bookingId));
    expect(rows).toHaveLength(2);
    // The check-ins are evidence for an admin, not news: no notification.
    const noted = await h.deps.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'attendance.checked_in'));
    expect(noted).toHaveLength(0);
  });

  it('is for the two participants of a booking that stands', async () => {
    const { slotId, startsAt } = await interview();
    h.clock.set(new Date(startsAt));
    const stranger = await createUser(h);
    const refused = await checkIn(stranger, slotId);
    expect(refused.status).toBe(403);
    expect(await codeOf(refused)).toBe('forbidden');
    expect(await attendanceOf(stranger, slotId)).toBeNull();
    expect((await checkIn(stranger, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await checkIn(stranger, 'not-a-uuid')).status).toBe(400);
    expect((await h.client().post(`/api/slots/${slotId}/check-in`)).status).toBe(401);

    // The candidate gave the booking back: nobody holds the slot, and nobody attends.
    const given = await interview();
    const back = await given.candidate.client.post(`/api/bookings/${given.bookingId}/cancel`);
    expect(back.status).toBe(200);
    h.clock.set(new Date(given.startsAt));
    expect((await checkIn(given.candidate, given.slotId)).status).toBe(403);
    const unheld = await checkIn(given.interviewer, given.slotId);
    expect(unheld.status).toBe(409);
    expect(await codeOf(unheld)).toBe('slot_not_available');
    expect(await attendanceOf(given.candidate, given.slotId)).toBeNull();
    expect(await attendanceOf(given.interviewer, given.slotId)).toBeNull();

    // The interviewer cancelled: the same.
    const cancelled = await interview();
    expect((await cancelled.interviewer.client.post(`/api/slots/${cancelled.slotId}/cancel`)).status).toBe(
      200,
    );
    h.clock.set(new Date(cancelled.startsAt));
    expect(await codeOf(await checkIn(cancelled.interviewer, cancelled.slotId))).toBe('slot_not_available');
    expect((await checkIn(cancelled.candidate, cancelled.slotId)).status).toBe(403);
    expect(await attendanceOf(cancelled.interviewer, cancelled.slotId)).toBeNull();
  });
});

describe('POST /api/slots/:id/no-show-report', () => {
  it('is taken from the end for 24 hours, even before the scheduler has completed the interview', async () => {
    const { interviewer, candidate, slotId, endsAt } = await interview();
    h.clock.set(new Date(endsAt - 1));
    const early = await report(candidate, slotId);
    expect(early.status).toBe(409);
    expect(await codeOf(early)).toBe('report_window_closed');
    expect((await attendanceOf(candidate, slotId)).canReport).toBe(false);

    h.clock.set(new Date(endsAt));
    expect((await (await candidate.client.get(`/api/slots/${slotId}`)).json()).status).toBe('booked');
    expect(await attendanceOf(interviewer, slotId)).toMatchObject({
      canReport: true,
      reportClosesAt: new Date(endsAt + REPORT_WINDOW_MS).toISOString(),
    });
    const filed = await report(candidate, slotId);
    expect(filed.status).toBe(201);

    h.clock.set(new Date(endsAt + REPORT_WINDOW_MS - 1));
    expect((await report(interviewer, slotId)).status).toBe(201);

    const late = await ended();
    h.clock.set(new Date(late.endsAt + REPORT_WINDOW_MS));
    expect((await attendanceOf(late.candidate, late.slotId)).canReport).toBe(false);
    const closed = await report(late.candidate, late.slotId);
    expect(closed.status).toBe(409);
    expect(await codeOf(closed)).toBe('report_window_closed');
  });

  it('files one report per side, shows it to the reporter, and tells the accused without the comment', async () => {
    const { interviewer, candidate, slotId, bookingId } = await ended();
    h.published.length = 0;
    const filed = await report(candidate, slotId, { comment: '  Ждал 20 минут, собеседник не пришёл  ' });
    expect(filed.status).toBe(201);
    const mine = (await filed.json()).attendance;
    expect(mine).toMatchObject({
      canReport: false,
      myReport: {
        status: 'pending',
        comment: 'Ждал 20 минут, собеседник не пришёл',
        createdAt: h.clock().toISOString(),
        resolutionNote: null,
      },
      reportAgainstMe: null,
    });

    const [row] = await h.deps.db.select().from(noShowReports).where(eq(noShowReports.bookingId, bookingId));
    expect(row).toMatchObject({ reporterId: candidate.id, accusedId: interviewer.id, status: 'pending' });
    const filedEvents = h.published.filter((e) => e.name === 'report.filed');
    expect(filedEvents).toHaveLength(1);
    expect(filedEvents[0]).toMatchObject({
      audience: { kind: 'user', userId: interviewer.id },
      payload: { slotId, reportId: row?.id, by: 'candidate' },
    });
    const notes = await (await interviewer.client.get('/api/me/notifications')).json();
    expect(notes.items).toContainEqual(
      expect.objectContaining({
        kind: 'report.filed',
        payload: { slotId, reportId: row?.id, by: 'candidate' },
      }),
    );

    const seen = await (await interviewer.client.get(`/api/slots/${slotId}`)).json();
    expect(seen.attendance).toMatchObject({
      reportAgainstMe: { status: 'pending' },
      myReport: null,
      canReport: true,
    });
    expect(JSON.stringify(seen)).not.toContain('Ждал 20 минут');

    const [twice, twiceAtOnce] = await Promise.all([report(candidate, slotId), report(candidate, slotId)]);
    for (const res of [twice, twiceAtOnce]) {
      expect(res.status).toBe(409);
      expect(await codeOf(res)).toBe('report_exists');
    }
    // The other side may tell its own story, once.
    const counter = await Promise.all([report(interviewer, slotId), report(interviewer, slotId)]);
    expect(counter.map((res) => res.status).sort()).toEqual([201, 409]);
    expect(
      await h.deps.db.select().from(noShowReports).where(eq(noShowReports.bookingId, bookingId)),
    ).toHaveLength(2);
    expect(await attendanceOf(candidate, slotId)).toMatchObject({ reportAgainstMe: { status: 'pending' } });
  });

  it('requires a comment of 1–2,000 storable characters', async () => {
    const { candidate, slotId, bookingId } = await ended();
    for (const [body, code] of [
      [{}, 'required'],
      [{ comment: '' }, 'required'],
      [{ comment: '   \n ' }, 'required'],
      [{ comment: 'я'.repeat(REPORT_TEXT_MAX + 1) }, 'too_long'],
      [{ comment: 'не пришёл\u0000' }, 'invalid_characters'],
      [{ comment: 42 }, 'invalid_format'],
    ] as const) {
      const res = await report(candidate, slotId, body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      const problem = await res.json();
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors).toContainEqual(expect.objectContaining({ field: 'comment', code }));
    }
    const extra = await report(candidate, slotId, { comment: 'не пришёл', accusedId: candidate.id });
    expect(extra.status).toBe(400);
    expect(
      await h.deps.db.select().from(noShowReports).where(eq(noShowReports.bookingId, bookingId)),
    ).toHaveLength(0);

    const longest = await report(candidate, slotId, { comment: 'я'.repeat(REPORT_TEXT_MAX) });
    expect(longest.status).toBe(201);
  });

  it('is for the participants of an interview that stands', async () => {
    const { slotId } = await ended();
    const stranger = await createUser(h);
    const refused = await report(stranger, slotId);
    expect(refused.status).toBe(403);
    expect(await codeOf(refused)).toBe('forbidden');
    expect((await report(stranger, '00000000-0000-4000-8000-000000000000')).status).toBe(404);

    const cancelled = await interview();
    expect((await cancelled.interviewer.client.post(`/api/slots/${cancelled.slotId}/cancel`)).status).toBe(
      200,
    );
    h.clock.set(new Date(cancelled.endsAt + MINUTE));
    expect(await codeOf(await report(cancelled.interviewer, cancelled.slotId))).toBe('slot_not_available');
    expect((await report(cancelled.candidate, cancelled.slotId)).status).toBe(403);
  });
});

describe('no-show reports and feedback exclude each other', () => {
  const review = (user: TestUser, slotId: string) => user.client.post(`/api/slots/${slotId}/review`, REVIEW);
  const assess = (user: TestUser, slotId: string) =>
    user.client.post(`/api/slots/${slotId}/assessment`, ASSESSMENT);

  it('refuses a report from a side whose feedback confirmed the interview', async () => {
    const { interviewer, candidate, slotId } = await ended();
    expect((await review(candidate, slotId)).status).toBe(201);
    expect((await assess(interviewer, slotId)).status).toBe(201);
    for (const user of [candidate, interviewer]) {
      expect((await attendanceOf(user, slotId)).canReport).toBe(false);
      const refused = await report(user, slotId);
      expect(refused.status).toBe(409);
      expect(await codeOf(refused)).toBe('report_not_applicable');
    }
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('refuses the feedback of a side that reported, until an admin rejects the report', async () => {
    const { interviewer, candidate, slotId, bookingId } = await ended();
    expect((await report(candidate, slotId)).status).toBe(201);
    expect((await report(interviewer, slotId)).status).toBe(201);
    for (const res of [await review(candidate, slotId), await assess(interviewer, slotId)]) {
      expect(res.status).toBe(409);
      expect(await codeOf(res)).toBe('report_not_applicable');
    }

    // The candidate's report was rejected: it no longer speaks for them, and their review is taken.
    await h.deps.db
      .update(noShowReports)
      .set({ status: 'rejected', resolutionNote: 'Собеседник был на связи', resolvedAt: h.clock() })
      .where(and(eq(noShowReports.bookingId, bookingId), eq(noShowReports.reporterId, candidate.id)));
    expect((await attendanceOf(candidate, slotId)).myReport).toMatchObject({
      status: 'rejected',
      resolutionNote: 'Собеседник был на связи',
    });
    expect((await review(candidate, slotId)).status).toBe(201);
    expect((await assess(interviewer, slotId)).status).toBe(409);
  });

  it('lets exactly one of a report and the same side’s feedback through when they race', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { candidate, slotId } = await ended();
      // One request first, so the two racing ones do not both refresh the session the clock has aged.
      await candidate.client.get('/api/me');
      const [filed, reviewed] = await Promise.all([report(candidate, slotId), review(candidate, slotId)]);
      expect([filed.status, reviewed.status].sort()).toEqual([201, 409]);
      const loser = filed.status === 409 ? filed : reviewed;
      expect(await codeOf(loser)).toBe('report_not_applicable');
    }
  });
});

describe('a pending report against the interviewer holds back their point', () => {
  it('through the window-close job, which pays the interview nobody reported', async () => {
    const reported = await ended();
    const quiet = await ended();
    expect((await report(reported.candidate, reported.slotId)).status).toBe(201);
    // The candidate cannot confirm the interview by a review after reporting it: nothing pays.
    expect(
      (await reported.candidate.client.post(`/api/slots/${reported.slotId}/review`, REVIEW)).status,
    ).toBe(409);

    h.clock.set(new Date(quiet.endsAt + REPORT_WINDOW_MS));
    await Promise.all([run(creditInterviewers), run(creditInterviewers)]);
    expect(await rewardsOf(quiet.interviewer.id)).toBe(1);
    expect(await rewardsOf(reported.interviewer.id)).toBe(0);
    h.clock.advance(HOUR);
    await run(creditInterviewers);
    expect(await rewardsOf(reported.interviewer.id)).toBe(0);
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('but not a report against the candidate: the candidate’s review still pays the interviewer', async () => {
    const { interviewer, candidate, slotId } = await ended();
    expect((await report(interviewer, slotId)).status).toBe(201);
    expect((await candidate.client.post(`/api/slots/${slotId}/review`, REVIEW)).status).toBe(201);
    expect(await rewardsOf(interviewer.id)).toBe(1);
    expect(await ledgerViolations(h)).toEqual([]);
  });
});

describe('attendance in the lists', () => {
  it('shows in my interviews for each interview I hold', async () => {
    const { candidate, slotId, startsAt } = await interview();
    h.clock.set(new Date(startsAt));
    await checkIn(candidate, slotId);
    const page = await (await candidate.client.get('/api/me/interviews')).json();
    const item = page.items.find((i: { id: string }) => i.id === slotId);
    expect(item.attendance).toMatchObject({ candidate: { checkedInAt: h.clock().toISOString() } });
  });
});
