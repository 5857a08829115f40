import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_WINDOW_MS } from '#contract/rules.ts';
import {
  adminAuditLog,
  bookings,
  interviewerReviews,
  ledgerEntries,
  notifications,
  strikes,
} from '#db/schema/index.ts';
import {
  type ReportedInterview,
  reportedInterview,
  standingOf,
} from '#functions/admin/moderation-fixtures.ts';
import { creditInterviewers } from '#functions/scheduled/credit-interviewers/credit-interviewers.ts';
import {
  createAdmin,
  createUser,
  ledgerViolations,
  professionIds,
  type TestUser,
} from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let profession: string;
let admin: TestUser;
let secondAdmin: TestUser;
const MINUTE = 60_000;
const NOTE = 'Кандидат отметился, интервьюер не пришёл';

beforeAll(async () => {
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '10' } });
  [profession = ''] = await professionIds(h);
  admin = await createAdmin(h, { displayName: 'Админ Анна' });
  secondAdmin = await createAdmin(h, { displayName: 'Админ Олег' });
});
afterAll(() => h.close());
afterEach(async () => {
  expect(await ledgerViolations(h)).toEqual([]);
});

const resolve = (by: TestUser, reportId: string, body: object) =>
  by.client.post(`/api/admin/reports/${reportId}/resolve`, body);

const entriesOf = (userId: string, reason: 'interview_reward' | 'booking_refund') =>
  h.deps.db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.userId, userId), eq(ledgerEntries.reason, reason)));
const strikesOf = (userId: string) => h.deps.db.select().from(strikes).where(eq(strikes.userId, userId));
const auditOf = (reportId: string) =>
  h.deps.db.select().from(adminAuditLog).where(eq(adminAuditLog.targetId, reportId));
const noticesOf = async (userId: string) =>
  (await h.deps.db.select().from(notifications).where(eq(notifications.userId, userId))).map((n) => n.kind);
const runCredit = async () => {
  await creditInterviewers({ db: h.deps.db, now: h.clock() });
  await h.deps.dispatch();
};
const afterWindow = (interview: ReportedInterview) =>
  h.clock.set(new Date(interview.endsAt + REPORT_WINDOW_MS + MINUTE));

/** Who received which events since the list was last cleared, as "name → user" lines. */
const heard = () =>
  h.published.map((e) => `${e.name} → ${e.audience.kind === 'user' ? e.audience.userId : 'everyone'}`);

describe('resolving a no-show report', () => {
  it('upholds an interviewer’s no-show: the candidate is refunded, the interviewer struck and never paid', async () => {
    const interview = await reportedInterview(h, profession, {
      accused: 'interviewer',
      checkedIn: ['candidate'],
    });
    const { interviewer, candidate, slotId, reportId } = interview;
    expect(await standingOf(h, candidate.id)).toEqual({ balance: 0, strikes: 0 });
    h.published.length = 0;

    const res = await resolve(admin, reportId, { outcome: 'upheld', note: `  ${NOTE}  ` });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({
      id: reportId,
      status: 'upheld',
      resolution: { by: { id: admin.id, displayName: 'Админ Анна' }, note: NOTE },
      accused: { id: interviewer.id, side: 'interviewer', history: { strikes: { total: 1, recent: 1 } } },
      reporter: { id: candidate.id, side: 'candidate' },
    });

    expect(await standingOf(h, candidate.id)).toEqual({ balance: 1, strikes: 0 });
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 1, strikes: 1 });
    const [strike] = await strikesOf(interviewer.id);
    expect(strike).toMatchObject({ kind: 'no_show', bookingId: interview.bookingId, reportId });
    expect((await entriesOf(candidate.id, 'booking_refund')).map((e) => e.note)).toEqual([
      'interviewer_no_show',
    ]);

    const [audit, ...more] = await auditOf(reportId);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      actorId: admin.id,
      action: 'report.upheld',
      targetUserId: interviewer.id,
      targetType: 'report',
      before: { status: 'pending' },
      after: { status: 'upheld', refunded: true, credited: false, strike: true },
      reason: NOTE,
    });

    expect(heard().sort()).toEqual(
      [
        `points.changed → ${candidate.id}`,
        `report.resolved → ${candidate.id}`,
        `report.resolved → ${interviewer.id}`,
      ].sort(),
    );
    expect(h.published.find((e) => e.name === 'report.resolved')?.payload).toEqual({
      slotId,
      reportId,
      outcome: 'upheld',
      accused: 'interviewer',
      note: NOTE,
    });
    expect(await noticesOf(interviewer.id)).toContain('report.resolved');
    expect(await noticesOf(candidate.id)).toContain('report.resolved');

    // The window closes: the job never pays an interviewer whose no-show was upheld.
    afterWindow(interview);
    await runCredit();
    expect(await entriesOf(interviewer.id, 'interview_reward')).toEqual([]);
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 1, strikes: 1 });
  });

  it('rejects a report against the interviewer: nothing moves now, the window’s close pays once', async () => {
    const interview = await reportedInterview(h, profession, { accused: 'interviewer' });
    const { interviewer, candidate, reportId } = interview;
    h.published.length = 0;

    const res = await resolve(admin, reportId, { outcome: 'rejected', note: 'Оба отметились' });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('rejected');
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 1, strikes: 0 });
    expect(await standingOf(h, candidate.id)).toEqual({ balance: 0, strikes: 0 });
    expect(heard().sort()).toEqual(
      [`report.resolved → ${candidate.id}`, `report.resolved → ${interviewer.id}`].sort(),
    );
    expect((await auditOf(reportId))[0]).toMatchObject({
      action: 'report.rejected',
      targetUserId: interviewer.id,
      after: { status: 'rejected', refunded: false, credited: false, strike: false },
      reason: 'Оба отметились',
    });

    afterWindow(interview);
    await runCredit();
    await runCredit();
    expect(await entriesOf(interviewer.id, 'interview_reward')).toHaveLength(1);
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 2, strikes: 0 });
  });

  it('rejects a report against the interviewer after the candidate’s review: the held point is paid at once', async () => {
    const { interviewer, candidate, bookingId, reportId } = await reportedInterview(h, profession, {
      accused: 'interviewer',
    });
    // A review beside a pending report against the interviewer. The participant routes keep them apart (a
    // reporter cannot review, a reviewer cannot report), but a review that got there by any path must not
    // leave the point stranded once the report is rejected.
    await h.deps.db.insert(interviewerReviews).values({
      bookingId,
      authorId: candidate.id,
      subjectId: interviewer.id,
      rating: 4,
      createdAt: h.clock(),
    });
    expect(await entriesOf(interviewer.id, 'interview_reward')).toEqual([]);
    h.published.length = 0;

    const res = await resolve(admin, reportId, { outcome: 'rejected', note: 'Отзыв подтверждает встречу' });
    expect(res.status).toBe(200);
    expect((await res.json()).candidateReviewed).toBe(true);
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 2, strikes: 0 });
    expect(heard()).toContain(`points.changed → ${interviewer.id}`);
    expect((await auditOf(reportId))[0]?.after).toMatchObject({ credited: true });
  });

  it('upholds a candidate’s no-show: the interviewer is paid now, the candidate struck, their point spent', async () => {
    const interview = await reportedInterview(h, profession, {
      accused: 'candidate',
      checkedIn: ['interviewer'],
    });
    const { interviewer, candidate, reportId } = interview;
    h.published.length = 0;

    const res = await resolve(admin, reportId, { outcome: 'upheld', note: 'Кандидат не отметился' });
    expect(res.status).toBe(200);
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 2, strikes: 0 });
    expect(await standingOf(h, candidate.id)).toEqual({ balance: 0, strikes: 1 });
    expect(await entriesOf(candidate.id, 'booking_refund')).toEqual([]);
    expect((await strikesOf(candidate.id))[0]).toMatchObject({ kind: 'no_show', reportId });
    expect(heard().sort()).toEqual(
      [
        `points.changed → ${interviewer.id}`,
        `report.resolved → ${candidate.id}`,
        `report.resolved → ${interviewer.id}`,
      ].sort(),
    );
    expect((await auditOf(reportId))[0]).toMatchObject({
      action: 'report.upheld',
      targetUserId: candidate.id,
      after: { status: 'upheld', refunded: false, credited: true, strike: true },
    });

    afterWindow(interview);
    await runCredit();
    expect(await entriesOf(interviewer.id, 'interview_reward')).toHaveLength(1);
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 2, strikes: 0 });
  });

  it('upholds a candidate’s no-show without paying for a booking that earns nothing (anti-farming)', async () => {
    const { interviewer, candidate, bookingId, reportId } = await reportedInterview(h, profession, {
      accused: 'candidate',
    });
    await h.deps.db.update(bookings).set({ earnsReward: false }).where(eq(bookings.id, bookingId));

    const res = await resolve(admin, reportId, { outcome: 'upheld', note: 'Не пришёл' });
    expect(res.status).toBe(200);
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 1, strikes: 0 });
    expect(await standingOf(h, candidate.id)).toEqual({ balance: 0, strikes: 1 });
    expect((await auditOf(reportId))[0]?.after).toMatchObject({ credited: false, strike: true });
  });

  it('rejects a report against the candidate: no money moves, the interviewer is paid the usual way', async () => {
    const interview = await reportedInterview(h, profession, { accused: 'candidate' });
    const { interviewer, candidate, reportId } = interview;
    h.published.length = 0;

    const res = await resolve(admin, reportId, { outcome: 'rejected', note: 'Кандидат был' });
    expect(res.status).toBe(200);
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 1, strikes: 0 });
    expect(await standingOf(h, candidate.id)).toEqual({ balance: 0, strikes: 0 });
    expect(heard().sort()).toEqual(
      [`report.resolved → ${candidate.id}`, `report.resolved → ${interviewer.id}`].sort(),
    );
    expect((await auditOf(reportId))[0]).toMatchObject({
      action: 'report.rejected',
      targetUserId: candidate.id,
      after: { status: 'rejected', refunded: false, credited: false, strike: false },
    });

    afterWindow(interview);
    await runCredit();
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 2, strikes: 0 });
  });
});

describe('resolving exactly once', () => {
  it('answers a second submit with report_resolved and applies the effects once', async () => {
    const { interviewer, candidate, reportId } = await reportedInterview(h, profession, {
      accused: 'interviewer',
    });
    const body = { outcome: 'upheld', note: NOTE };
    expect((await resolve(admin, reportId, body)).status).toBe(200);
    h.published.length = 0;
    const again = await resolve(admin, reportId, body);
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect((await again.json()).code).toBe('report_resolved');
    // Nor may the other outcome overwrite the first.
    expect((await resolve(admin, reportId, { outcome: 'rejected', note: 'Передумал' })).status).toBe(409);

    expect(h.published).toEqual([]);
    expect(await entriesOf(candidate.id, 'booking_refund')).toHaveLength(1);
    expect(await strikesOf(interviewer.id)).toHaveLength(1);
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 1, strikes: 1 });
    expect(await auditOf(reportId)).toHaveLength(1);
    const report = await (await admin.client.get(`/api/admin/reports/${reportId}`)).json();
    expect(report).toMatchObject({ status: 'upheld', resolution: { note: NOTE } });
  });

  it('lets one of two admins resolving at once win; the other gets report_resolved', async () => {
    for (const accused of ['interviewer', 'candidate'] as const) {
      const { interviewer, candidate, reportId } = await reportedInterview(h, profession, { accused });
      h.published.length = 0;
      const answers = await Promise.all([
        resolve(admin, reportId, { outcome: 'upheld', note: 'Подтверждаю' }),
        resolve(secondAdmin, reportId, { outcome: 'upheld', note: 'Тоже подтверждаю' }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const loser = answers.find((a) => a.status === 409);
      expect(loser && (await loser.json()).code).toBe('report_resolved');

      const struck = accused === 'interviewer' ? interviewer : candidate;
      expect(await strikesOf(struck.id)).toHaveLength(1);
      expect(await standingOf(h, struck.id)).toMatchObject({ strikes: 1 });
      expect(await auditOf(reportId)).toHaveLength(1);
      expect(h.published.filter((e) => e.name === 'report.resolved')).toHaveLength(2);
      if (accused === 'interviewer') {
        expect(await entriesOf(candidate.id, 'booking_refund')).toHaveLength(1);
        expect(await standingOf(h, candidate.id)).toMatchObject({ balance: 1 });
      } else {
        expect(await entriesOf(interviewer.id, 'interview_reward')).toHaveLength(1);
        expect(await standingOf(h, interviewer.id)).toMatchObject({ balance: 2 });
      }
    }
  });
});

describe('resolving after the report window closed', () => {
  it('pays a rejected interviewer once, whether the job ran before the resolution, after it, or both', async () => {
    const interview = await reportedInterview(h, profession, { accused: 'interviewer' });
    const { interviewer, reportId } = interview;
    afterWindow(interview);
    // The pending report holds the credit back from the job.
    await runCredit();
    expect(await entriesOf(interviewer.id, 'interview_reward')).toEqual([]);

    const res = await resolve(admin, reportId, { outcome: 'rejected', note: 'Встреча была' });
    expect(res.status).toBe(200);
    expect(await entriesOf(interviewer.id, 'interview_reward')).toHaveLength(1);
    await runCredit();
    expect(await entriesOf(interviewer.id, 'interview_reward')).toHaveLength(1);
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 2, strikes: 0 });
  });

  it('never pays an interviewer whose no-show is upheld after the window, job before or after', async () => {
    const interview = await reportedInterview(h, profession, { accused: 'interviewer' });
    const { interviewer, candidate, reportId } = interview;
    afterWindow(interview);
    await runCredit();
    expect((await resolve(admin, reportId, { outcome: 'upheld', note: NOTE })).status).toBe(200);
    await runCredit();
    expect(await entriesOf(interviewer.id, 'interview_reward')).toEqual([]);
    expect(await standingOf(h, candidate.id)).toEqual({ balance: 1, strikes: 0 });
  });

  it('pays the interviewer once when the job paid before a candidate’s no-show was upheld', async () => {
    const interview = await reportedInterview(h, profession, { accused: 'candidate' });
    const { interviewer, candidate, reportId } = interview;
    afterWindow(interview);
    // A report against the candidate does not hold the interviewer's point.
    await runCredit();
    expect(await entriesOf(interviewer.id, 'interview_reward')).toHaveLength(1);

    const res = await resolve(admin, reportId, { outcome: 'upheld', note: 'Не пришёл' });
    expect(res.status).toBe(200);
    expect((await auditOf(reportId))[0]?.after).toMatchObject({ credited: false, strike: true });
    await runCredit();
    expect(await entriesOf(interviewer.id, 'interview_reward')).toHaveLength(1);
    expect(await standingOf(h, interviewer.id)).toEqual({ balance: 2, strikes: 0 });
    expect(await standingOf(h, candidate.id)).toEqual({ balance: 0, strikes: 1 });
  });
});

describe('who may resolve, and with what', () => {
  it('refuses guests (401) and users who are not admins (403), changing nothing', async () => {
    const { candidate, reportId } = await reportedInterview(h, profession, { accused: 'interviewer' });
    const body = { outcome: 'upheld', note: NOTE };
    expect((await h.client().post(`/api/admin/reports/${reportId}/resolve`, body)).status).toBe(401);
    const user = await createUser(h);
    const refused = await resolve(user, reportId, body);
    expect(refused.status).toBe(403);
    expect((await refused.json()).code).toBe('forbidden');
    // Not even the reporter may settle their own report.
    expect((await resolve(candidate, reportId, body)).status).toBe(403);
    expect(await auditOf(reportId)).toEqual([]);
    expect(await standingOf(h, candidate.id)).toEqual({ balance: 0, strikes: 0 });
  });

  it('requires a note and an outcome, and refuses text that cannot be stored', async () => {
    const { reportId } = await reportedInterview(h, profession, { accused: 'interviewer' });
    const fieldsOf = async (body: unknown) => {
      const res = await resolve(admin, reportId, body as object);
      expect(res.status).toBe(400);
      return (await res.json()).errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    };
    expect(await fieldsOf({ outcome: 'upheld', note: '' })).toEqual(['note:required']);
    expect(await fieldsOf({ outcome: 'upheld', note: '   \n ' })).toEqual(['note:required']);
    expect(await fieldsOf({ outcome: 'upheld' })).toEqual(['note:required']);
    expect(await fieldsOf({ outcome: 'upheld', note: 'a\u0000b' })).toEqual(['note:invalid_characters']);
    expect(await fieldsOf({ outcome: 'upheld', note: 'я'.repeat(2001) })).toEqual(['note:too_long']);
    expect(await fieldsOf({ outcome: 'pending', note: NOTE })).toEqual(['outcome:invalid_value']);
    expect(await fieldsOf({ outcome: 'upheld', note: NOTE, strike: false })).toEqual([
      'strike:unknown_field',
    ]);
    expect(
      (await admin.client.post('/api/admin/reports/not-a-uuid/resolve', { outcome: 'upheld', note: NOTE }))
        .status,
    ).toBe(400);
    const missing = await resolve(admin, '00000000-0000-4000-8000-000000000000', {
      outcome: 'upheld',
      note: NOTE,
    });
    expect(missing.status).toBe(404);
    expect(await auditOf(reportId)).toEqual([]);
    expect((await (await admin.client.get(`/api/admin/reports/${reportId}`)).json()).status).toBe('pending');
  });
});
