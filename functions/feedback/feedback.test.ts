import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_WINDOW_MS } from '#contract/rules.ts';
import {
  candidateAssessments,
  interviewerReviews,
  ledgerEntries,
  noShowReports,
  notifications,
  users,
} from '#db/schema/index.ts';
import { completeInterviews } from '#functions/scheduled/complete-interviews/complete-interviews.ts';
import { creditInterviewers } from '#functions/scheduled/credit-interviewers/credit-interviewers.ts';
import { remindFeedback } from '#functions/scheduled/remind-feedback/remind-feedback.ts';
import { revealFeedback } from '#functions/scheduled/reveal-feedback/reveal-feedback.ts';
import { createUser, professionIds, publish, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let profession: string;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const REVIEW = { rating: 5, preparation: 4, clarity: null, usefulness: 5, comment: 'Разобрали мои ошибки' };
const ASSESSMENT = {
  technicalKnowledge: 4,
  problemSolving: 3,
  communication: 5,
  recommendation: 'hire',
  strengths: 'SQL и индексы',
  improvements: 'Оценка сложности алгоритмов',
};

beforeAll(async () => {
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '10' } });
  [profession = ''] = await professionIds(h);
});
afterAll(() => h.close());

const run = (job: typeof completeInterviews) => job({ db: h.deps.db, now: h.clock() });
const balanceOf = async (id: string) =>
  (await h.deps.db.select({ balance: users.balance }).from(users).where(eq(users.id, id)))[0]?.balance;
const rewardsOf = async (id: string) =>
  (await h.deps.db.select().from(ledgerEntries).where(eq(ledgerEntries.userId, id))).filter(
    (entry) => entry.reason === 'interview_reward',
  );
const ratingOf = async (interviewer: TestUser, slotId: string) =>
  (await (await interviewer.client.get(`/api/slots/${slotId}`)).json()).interviewer.rating;
const rows = async () => ({
  reviews: (await h.deps.db.select({ n: count() }).from(interviewerReviews))[0]?.n,
  assessments: (await h.deps.db.select({ n: count() }).from(candidateAssessments))[0]?.n,
});

/**
 * A fresh interviewer and candidate whose interview (a 60-minute slot three hours after the clock) is booked;
 * `ended` moves the clock a minute past its end and completes it, as the scheduler would.
 */
async function interview({ ended = true } = {}) {
  const interviewer = await createUser(h, { displayName: 'Ирина' });
  const candidate = await createUser(h, { displayName: 'Борис' });
  const slotId = await publish(h, interviewer, profession, 3);
  const booking = await candidate.client.post(`/api/slots/${slotId}/booking`);
  expect(booking.status).toBe(201);
  const endsAt = new Date((await booking.json()).endsAt).getTime();
  if (ended) {
    h.clock.set(new Date(endsAt + MINUTE));
    await run(completeInterviews);
  }
  return { interviewer, candidate, slotId, endsAt };
}

const review = (user: TestUser, slotId: string, body: object = REVIEW, method: 'POST' | 'PUT' = 'POST') =>
  user.client.request(method, `/api/slots/${slotId}/review`, body);
const assess = (user: TestUser, slotId: string, body: object = ASSESSMENT, method: 'POST' | 'PUT' = 'POST') =>
  user.client.request(method, `/api/slots/${slotId}/assessment`, body);
const stateOf = async (user: TestUser, slotId: string) =>
  (await user.client.get(`/api/slots/${slotId}/feedback`)).json();

describe('feedback after an interview', () => {
  it('stays blind until both have written, in either order, and tells the other side without the content', async () => {
    for (const candidateFirst of [true, false]) {
      const { interviewer, candidate, slotId } = await interview();
      h.published.length = 0;
      const [first, firstSide, second] = candidateFirst
        ? [() => review(candidate, slotId), 'candidate', () => assess(interviewer, slotId)]
        : [() => assess(interviewer, slotId), 'interviewer', () => review(candidate, slotId)];
      expect((await first()).status).toBe(201);

      const waiting = firstSide === 'candidate' ? interviewer : candidate;
      const writer = firstSide === 'candidate' ? candidate : interviewer;
      expect(await stateOf(waiting, slotId)).toMatchObject({
        status: 'due',
        revealed: false,
        theirsSubmitted: true,
        theirs: null,
      });
      expect(await stateOf(writer, slotId)).toMatchObject({ status: 'given', revealed: false, theirs: null });
      const received = h.published.find((e) => e.name === 'feedback.received');
      expect(received).toMatchObject({
        audience: { userId: waiting.id },
        payload: { slotId, from: firstSide },
      });
      expect(JSON.stringify(received)).not.toContain('SQL и индексы');
      expect(JSON.stringify(received)).not.toContain('Разобрали');

      expect((await second()).status).toBe(201);
      const candidateView = await stateOf(candidate, slotId);
      expect(candidateView).toMatchObject({
        status: 'given',
        revealed: true,
        theirs: { kind: 'assessment', assessment: { recommendation: 'hire', strengths: 'SQL и индексы' } },
      });
      expect((await stateOf(interviewer, slotId)).theirs).toMatchObject({
        kind: 'review',
        review: { rating: 5, comment: 'Разобрали мои ошибки' },
      });
      const revealed = h.published.filter((e) => e.name === 'feedback.revealed');
      expect(revealed.map((e) => (e.audience.kind === 'user' ? e.audience.userId : '')).sort()).toEqual(
        [interviewer.id, candidate.id].sort(),
      );
    }
  });

  it('reveals what was written when the 7 days are over, and only then counts the review', async () => {
    const { interviewer, candidate, slotId, endsAt } = await interview();
    expect((await review(candidate, slotId, { ...REVIEW, rating: 4 })).status).toBe(201);
    expect(await ratingOf(interviewer, slotId)).toBeNull();
    h.clock.set(new Date(endsAt + FEEDBACK_WINDOW_MS - 1));
    expect((await run(revealFeedback)).affected).toBe(0);
    expect((await stateOf(interviewer, slotId)).theirs).toBeNull();

    h.clock.set(new Date(endsAt + FEEDBACK_WINDOW_MS));
    const [a, b] = await Promise.all([run(revealFeedback), run(revealFeedback)]);
    expect(a.affected + b.affected).toBe(1);
    expect(await stateOf(interviewer, slotId)).toMatchObject({
      status: 'missed',
      revealed: true,
      theirs: { review: { rating: 4 } },
    });
    expect(await ratingOf(interviewer, slotId)).toEqual({ average: 4, count: 1 });
  });

  it('lets each side edit until the last moment of day 7 while nothing is revealed, and refuses after', async () => {
    const { interviewer, candidate, slotId, endsAt } = await interview();
    await review(candidate, slotId);
    h.clock.set(new Date(endsAt + FEEDBACK_WINDOW_MS - 1));
    const edited = await review(candidate, slotId, { ...REVIEW, rating: 3 }, 'PUT');
    expect(edited.status).toBe(200);
    expect((await edited.json()).mine.review.rating).toBe(3);
    expect(await ratingOf(interviewer, slotId)).toBeNull();

    h.clock.set(new Date(endsAt + FEEDBACK_WINDOW_MS));
    const late = await review(candidate, slotId, { ...REVIEW, rating: 1 }, 'PUT');
    expect(late.status).toBe(409);
    expect((await late.json()).code).toBe('feedback_closed');
    await run(revealFeedback);
    expect(await ratingOf(interviewer, slotId)).toEqual({ average: 3, count: 1 });
  });

  it('freezes both sides once revealed: nobody answers what the other wrote', async () => {
    const { interviewer, candidate, slotId } = await interview();
    await review(candidate, slotId);
    await assess(interviewer, slotId);
    expect(await ratingOf(interviewer, slotId)).toEqual({ average: 5, count: 1 });
    for (const res of [
      await review(candidate, slotId, { ...REVIEW, rating: 1 }, 'PUT'),
      await assess(interviewer, slotId, { ...ASSESSMENT, communication: 1 }, 'PUT'),
    ]) {
      expect(res.status).toBe(409);
      expect((await res.json()).code).toBe('feedback_revealed');
    }
    expect(await ratingOf(interviewer, slotId)).toEqual({ average: 5, count: 1 });
    expect((await stateOf(candidate, slotId)).theirs.assessment.communication).toBe(5);
  });

  it('refuses with a clear code and writes nothing', async () => {
    const { interviewer, candidate, slotId } = await interview({ ended: false });
    const before = await rows();
    const early = await review(candidate, slotId);
    expect(early.status).toBe(409);
    expect((await early.json()).code).toBe('feedback_not_open');

    h.clock.advance(4 * HOUR + MINUTE);
    await run(completeInterviews);
    const stranger = await createUser(h);
    expect((await review(stranger, slotId)).status).toBe(403);
    expect((await assess(candidate, slotId)).status).toBe(403);
    expect((await review(interviewer, slotId)).status).toBe(403);
    expect((await review(candidate, slotId, REVIEW, 'PUT')).status).toBe(404);

    for (const [body, field, code] of [
      [{ ...REVIEW, rating: 0 }, 'rating', 'score_range'],
      [{ ...REVIEW, rating: 6 }, 'rating', 'score_range'],
      [{ ...REVIEW, rating: 4.5 }, 'rating', 'score_range'],
      [{ ...REVIEW, rating: '5' }, 'rating', 'invalid_format'],
      [{ ...REVIEW, clarity: 9 }, 'clarity', 'score_range'],
      [{ ...REVIEW, comment: 'я'.repeat(2001) }, 'comment', 'too_long'],
      [{ ...REVIEW, comment: 'спасибо\u0000' }, 'comment', 'invalid_characters'],
      [{ comment: 'без оценки' }, 'rating', 'required'],
    ] as const) {
      const res = await review(candidate, slotId, body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect((await res.json()).errors).toContainEqual(expect.objectContaining({ field, code }));
    }
    const badAssessment = await assess(interviewer, slotId, { ...ASSESSMENT, recommendation: 'maybe' });
    expect(badAssessment.status).toBe(400);
    expect(await rows()).toEqual(before);

    expect((await review(candidate, slotId)).status).toBe(201);
    const again = await review(candidate, slotId, { ...REVIEW, rating: 1 });
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('feedback_exists');
    expect((await stateOf(candidate, slotId)).mine.review.rating).toBe(5);
  });

  it('has nothing to rate on a cancelled or expired slot', async () => {
    const { interviewer, candidate, slotId } = await interview({ ended: false });
    expect((await interviewer.client.post(`/api/slots/${slotId}/cancel`)).status).toBe(200);
    h.clock.advance(5 * HOUR);
    const cancelled = await review(candidate, slotId);
    expect(cancelled.status).toBe(403);
    const own = await assess(interviewer, slotId);
    expect((await own.json()).code).toBe('feedback_not_applicable');

    const lonely = await createUser(h);
    const unbooked = await publish(h, lonely, profession, 2);
    h.clock.advance(4 * HOUR);
    const expired = await assess(lonely, unbooked);
    expect(expired.status).toBe(409);
    expect((await expired.json()).code).toBe('feedback_not_applicable');
  });
});

describe('the interviewer’s point', () => {
  it('is paid by the candidate’s review at once, exactly once however it races the window-close job', async () => {
    for (let round = 0; round < 8; round += 1) {
      const { interviewer, candidate, slotId, endsAt } = await interview();
      const before = await balanceOf(interviewer.id);
      // The window closes at this very moment: the job and the review both try to pay.
      h.clock.set(new Date(endsAt + 24 * HOUR));
      const [res] = await Promise.all([
        review(candidate, slotId),
        run(creditInterviewers),
        run(creditInterviewers),
      ]);
      expect(res.status).toBe(201);
      expect(await rewardsOf(interviewer.id)).toHaveLength(1);
      expect(await balanceOf(interviewer.id)).toBe((before ?? 0) + 1);
      await run(creditInterviewers);
      expect(await balanceOf(interviewer.id)).toBe((before ?? 0) + 1);
    }
  });

  it('arrives with the review, before the window closes, and not while a report against the interviewer is pending', async () => {
    const paid = await interview();
    h.published.length = 0;
    await review(paid.candidate, paid.slotId);
    expect(await rewardsOf(paid.interviewer.id)).toHaveLength(1);
    expect(h.published).toContainEqual(
      expect.objectContaining({
        name: 'points.changed',
        audience: { kind: 'user', userId: paid.interviewer.id },
      }),
    );

    const held = await interview();
    const bookingId = (await (await held.candidate.client.get(`/api/slots/${held.slotId}`)).json()).bookingId;
    await h.deps.db.insert(noShowReports).values({
      bookingId,
      reporterId: held.candidate.id,
      accusedId: held.interviewer.id,
      comment: 'не пришёл',
    });
    // The candidate who reported the interviewer absent cannot confirm the interview by a review either.
    const refused = await review(held.candidate, held.slotId);
    expect(refused.status).toBe(409);
    expect((await refused.json()).code).toBe('report_not_applicable');
    expect(await rewardsOf(held.interviewer.id)).toHaveLength(0);
  });
});

describe('reminders', () => {
  it('ask both sides when the interview ends, and remind once a day before the end those who have not written', async () => {
    const { interviewer, candidate, slotId, endsAt } = await interview({ ended: false });
    h.clock.set(new Date(endsAt + MINUTE));
    h.published.length = 0;
    await Promise.all([run(completeInterviews), run(completeInterviews)]);
    await h.deps.dispatch();
    const asked = h.published.filter((e) => e.name === 'feedback.requested');
    expect(asked.map((e) => (e.audience.kind === 'user' ? e.audience.userId : '')).sort()).toEqual(
      [interviewer.id, candidate.id].sort(),
    );
    await review(candidate, slotId);

    // Other tests' interviews share the database: look at this one's reminders only.
    const mine = (result: Awaited<ReturnType<typeof remindFeedback>>) =>
      result.events.filter((e) => 'slotId' in e.payload && e.payload.slotId === slotId);
    h.clock.set(new Date(endsAt + 6 * DAY - MINUTE));
    expect(mine(await run(remindFeedback))).toEqual([]);
    h.clock.set(new Date(endsAt + 6 * DAY));
    const [a, b] = await Promise.all([run(remindFeedback), run(remindFeedback)]);
    expect([...mine(a), ...mine(b)]).toEqual([
      expect.objectContaining({
        name: 'feedback.closing',
        audience: { kind: 'user', userId: interviewer.id },
      }),
    ]);
    expect(mine(await run(remindFeedback))).toEqual([]);
    const notes = await h.deps.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, interviewer.id));
    expect(notes.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['feedback.requested', 'feedback.received', 'feedback.closing']),
    );
  });
});

describe('profiles', () => {
  it('show the rating with its distribution, the revealed reviews newest first, and interviews held', async () => {
    const interviewer = await createUser(h, { displayName: 'Вера' });
    const ratings = [5, 4, 5];
    for (const rating of ratings) {
      const candidate = await createUser(h);
      const slotId = await publish(h, interviewer, profession, 3);
      const endsAt = new Date(
        (await (await candidate.client.post(`/api/slots/${slotId}/booking`)).json()).endsAt,
      );
      h.clock.set(new Date(endsAt.getTime() + MINUTE));
      await run(completeInterviews);
      await review(candidate, slotId, { ...REVIEW, rating, comment: `Оценка ${rating}` });
      await assess(interviewer, slotId);
    }
    // A fourth, reviewed but not revealed yet (the interviewer has not written): not on the profile.
    const { slotId: hidden, candidate: last } = await interview();
    expect(hidden).toBeTruthy();
    await review(last, hidden, { ...REVIEW, rating: 1, comment: 'Скрыто до раскрытия' });

    const guest = h.client();
    const profile = await (await guest.get(`/api/users/${interviewer.login.toUpperCase()}`)).json();
    expect(profile).toMatchObject({
      login: interviewer.login,
      displayName: 'Вера',
      interviewsConducted: 3,
      interviewsTaken: 0,
      rating: { average: 4.67, count: 3, distribution: [0, 0, 0, 1, 2] },
      attendance: { attended: 3, booked: 3 },
    });
    expect(JSON.stringify(profile)).not.toMatch(/balance|contacts/);

    const first = await (await guest.get(`/api/users/${interviewer.login}/reviews?limit=2`)).json();
    expect(first.items.map((r: { comment: string }) => r.comment)).toEqual(['Оценка 5', 'Оценка 4']);
    const rest = await (
      await guest.get(`/api/users/${interviewer.login}/reviews?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(rest.items.map((r: { comment: string }) => r.comment)).toEqual(['Оценка 5']);
    expect(rest.nextCursor).toBeNull();
    expect((await guest.get('/api/users/nobody-here')).status).toBe(404);
  });

  it('give the owner their feedback received, oldest first, and the feedback due in my interviews', async () => {
    const { interviewer, candidate, slotId } = await interview();
    const past = await (await candidate.client.get('/api/me/interviews?scope=past')).json();
    expect(past.items.find((s: { id: string }) => s.id === slotId).feedback).toMatchObject({
      status: 'due',
      revealed: false,
    });
    await review(candidate, slotId);
    await assess(interviewer, slotId, { ...ASSESSMENT, communication: 2 });

    const mine = await (await candidate.client.get('/api/me/feedback')).json();
    expect(mine.assessmentsReceived.at(-1)).toMatchObject({
      slotId,
      from: { displayName: 'Ирина' },
      assessment: { communication: 2, recommendation: 'hire' },
    });
    expect(mine.reviewsGiven.at(-1)).toMatchObject({ slotId, review: { rating: 5 } });
    const theirs = await (await interviewer.client.get('/api/me/feedback')).json();
    expect(theirs.reviewsReceived.at(-1)).toMatchObject({ slotId, from: { displayName: 'Борис' } });
    const after = await (await candidate.client.get('/api/me/interviews?scope=past')).json();
    expect(after.items.find((s: { id: string }) => s.id === slotId).feedback).toMatchObject({
      status: 'given',
      revealed: true,
    });
  });
});
