import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIns, noShowReports } from '#db/schema/index.ts';
import { recordAudit } from '#functions/admin/audit.ts';
import { completeInterviews } from '#functions/scheduled/complete-interviews/complete-interviews.ts';
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
let profession: string;
const HOUR = 3600_000;

beforeAll(async () => {
  h = await createHarness();
  [profession = ''] = await professionIds(h);
  admin = await createAdmin(h, { displayName: 'Админ' });
});
afterAll(() => h.close());

describe('GET /api/admin/interviews/:id', () => {
  it('tells the whole story: the slot, every booking with its points, check-ins, reports, feedback, audit', async () => {
    const anna = await createUser(h, { displayName: 'Анна' });
    const vera = await createUser(h, { displayName: 'Вера' });
    const boris = await createUser(h, { displayName: 'Борис' });
    const slotId = await publish(h, anna, profession, 3, { description: 'Графы' });
    const given = await (await vera.client.post(`/api/slots/${slotId}/booking`)).json();
    h.clock.advance(60_000);
    await vera.client.post(`/api/bookings/${given.bookingId}/cancel`);
    h.clock.advance(60_000);
    const held = await (await boris.client.post(`/api/slots/${slotId}/booking`)).json();
    h.clock.advance(3 * HOUR);
    await h.deps.db
      .insert(checkIns)
      .values({ bookingId: held.bookingId, userId: boris.id, checkedInAt: h.clock() });
    h.clock.advance(2 * HOUR);
    await completeInterviews({ db: h.deps.db, now: h.clock() });
    expect((await boris.client.post(`/api/slots/${slotId}/review`, { rating: 2 })).status).toBe(201);
    const [report] = await h.deps.db
      .insert(noShowReports)
      .values({
        bookingId: held.bookingId,
        reporterId: boris.id,
        accusedId: anna.id,
        comment: 'Интервьюер не пришёл',
        createdAt: h.clock(),
      })
      .returning();
    // What admins did about its report belongs to its story; about another interview, not.
    await recordAudit(h.deps.db, {
      actorId: admin.id,
      action: 'report.rejected',
      targetUserId: boris.id,
      target: { type: 'report', id: report?.id ?? '' },
      reason: 'Есть запись встречи',
      now: h.clock(),
    });
    await recordAudit(h.deps.db, {
      actorId: admin.id,
      action: 'interview.cancelled',
      target: { type: 'interview', id: '00000000-0000-4000-8000-000000000000' },
      now: h.clock(),
    });

    const res = await admin.client.get(`/api/admin/interviews/${slotId}`);
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail.slot).toMatchObject({
      id: slotId,
      status: 'completed',
      meetingUrl: 'https://meet.example.com/room-42',
      description: 'Графы',
      profession: { id: profession, archived: false },
      completedAt: h.clock().toISOString(),
      cancelledAt: null,
      archivedAt: null,
    });
    expect(detail.interviewer).toMatchObject({ id: anna.id, displayName: 'Анна' });
    expect(detail.canCancel).toBe(false);
    expect(detail.bookings).toHaveLength(2);
    const [first, second] = detail.bookings;
    expect(first).toMatchObject({
      id: given.bookingId,
      candidate: { id: vera.id, displayName: 'Вера' },
      status: 'cancelled_by_candidate',
      cancelledAt: expect.any(String),
      earnsReward: true,
      review: null,
      assessment: null,
      checkIns: [],
      reports: [],
      strikes: [],
    });
    expect(first.ledger.map((e: { reason: string; delta: number }) => [e.reason, e.delta])).toEqual([
      ['booking_spend', -1],
      ['booking_refund', 1],
    ]);
    expect(second).toMatchObject({
      id: held.bookingId,
      candidate: { id: boris.id },
      status: 'active',
      cancelledAt: null,
      review: { createdAt: h.clock().toISOString() },
      assessment: null,
      checkIns: [{ person: { id: boris.id }, at: expect.any(String) }],
      reports: [
        {
          id: report?.id,
          reporter: { id: boris.id },
          accused: { id: anna.id },
          comment: 'Интервьюер не пришёл',
          status: 'pending',
          resolvedAt: null,
          resolvedBy: null,
        },
      ],
    });
    // The candidate's review confirmed the interview: the interviewer was credited then.
    expect(
      second.ledger.map((e: { person: { id: string }; reason: string; delta: number }) => [
        e.person.id,
        e.reason,
        e.delta,
      ]),
    ).toEqual([
      [boris.id, 'booking_spend', -1],
      [anna.id, 'interview_reward', 1],
    ]);
    expect(detail.audit).toEqual([
      expect.objectContaining({
        action: 'report.rejected',
        actor: expect.objectContaining({ displayName: 'Админ' }),
        targetUser: expect.objectContaining({ id: boris.id }),
        targetType: 'report',
        targetId: report?.id,
        reason: 'Есть запись встречи',
      }),
    ]);
  });

  it('answers 404 for no such interview, 400 for a bad id, and only to admins', async () => {
    expect(
      (await admin.client.get('/api/admin/interviews/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await admin.client.get('/api/admin/interviews/nope')).status).toBe(400);
    const user = await createUser(h);
    const slotId = await publish(h, user, profession, 30);
    expect((await user.client.get(`/api/admin/interviews/${slotId}`)).status).toBe(403);
    expect((await h.client().get(`/api/admin/interviews/${slotId}`)).status).toBe(401);
    const open = await (await admin.client.get(`/api/admin/interviews/${slotId}`)).json();
    expect(open).toMatchObject({ canCancel: true, bookings: [], audit: [] });
  });
});
