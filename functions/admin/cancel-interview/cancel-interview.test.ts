import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntries, users } from '#db/schema/index.ts';
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
let admin: TestUser;
let profession: string;
const HOUR = 3600_000;
const REASON = 'Интервьюер заболел, сообщил в поддержку';

beforeAll(async () => {
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '10' } });
  [profession = ''] = await professionIds(h);
  admin = await createAdmin(h, { displayName: 'Админ' });
});
afterAll(() => h.close());

const balanceOf = async (id: string) =>
  (await h.deps.db.select({ balance: users.balance }).from(users).where(eq(users.id, id)))[0]?.balance;

const cancel = (slotId: string, body: unknown = { reason: REASON }, client = admin.client) =>
  client.post(`/api/admin/interviews/${slotId}/cancel`, body);

/** A slot of a fresh interviewer, booked by a fresh candidate who then has no points left. */
async function booked(hoursAhead: number) {
  const interviewer = await createUser(h);
  const candidate = await createUser(h, { balance: 1 });
  const slotId = await publish(h, interviewer, profession, hoursAhead);
  const booking = await (await candidate.client.post(`/api/slots/${slotId}/booking`)).json();
  expect(await balanceOf(candidate.id)).toBe(0);
  return { slotId, interviewer, candidate, bookingId: booking.bookingId as string };
}

const notificationsOf = async (user: TestUser) =>
  (await (await user.client.get('/api/me/notifications')).json()).items as {
    kind: string;
    payload: unknown;
  }[];

describe('POST /api/admin/interviews/:id/cancel', () => {
  it('cancels a booked interview: the candidate is refunded once, both sides told, the audit written', async () => {
    const { slotId, interviewer, candidate, bookingId } = await booked(10);
    h.published.length = 0;
    const res = await cancel(slotId);
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail.slot).toMatchObject({ status: 'cancelled', cancelledAt: h.clock().toISOString() });
    expect(detail.canCancel).toBe(false);
    expect(detail.bookings).toEqual([
      expect.objectContaining({ id: bookingId, status: 'cancelled_by_admin', strikes: [] }),
    ]);
    expect(
      detail.bookings[0].ledger.map((e: { reason: string; delta: number; note: string }) => [
        e.reason,
        e.delta,
        e.note,
      ]),
    ).toEqual([
      ['booking_spend', -1, ''],
      ['booking_refund', 1, 'admin_cancelled'],
    ]);
    expect(detail.audit).toEqual([
      expect.objectContaining({
        action: 'interview.cancelled',
        actor: expect.objectContaining({ id: admin.id }),
        targetUser: expect.objectContaining({ id: interviewer.id }),
        targetType: 'interview',
        targetId: slotId,
        reason: REASON,
        before: { status: 'booked', candidateId: candidate.id },
        after: { status: 'cancelled', refunded: candidate.id },
      }),
    ]);
    expect(await balanceOf(candidate.id)).toBe(1);

    expect(
      h.published.map((e) => [e.name, e.audience.kind === 'user' ? e.audience.userId : 'public']),
    ).toEqual([
      ['slot.cancelled', 'public'],
      ['booking.cancelled', candidate.id],
      ['points.changed', candidate.id],
      ['booking.cancelled', interviewer.id],
    ]);
    for (const person of [candidate, interviewer]) {
      expect(await notificationsOf(person)).toContainEqual(
        expect.objectContaining({
          kind: 'booking.cancelled',
          payload: expect.objectContaining({ slotId, by: 'admin' }),
        }),
      );
    }
    const seen = await (await interviewer.client.get(`/api/slots/${slotId}`)).json();
    expect(seen).toMatchObject({ status: 'cancelled', cancellation: { by: 'admin' } });

    // A double submit, or a second admin later: a clear conflict, no second refund, no second entry.
    const again = await cancel(slotId);
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('slot_not_available');
    expect(await balanceOf(candidate.id)).toBe(1);
    const audit = await (await admin.client.get(`/api/admin/interviews/${slotId}`)).json();
    expect(audit.audit).toHaveLength(1);
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('lets exactly one of two admins cancelling at once win, and refunds once', async () => {
    const other = await createAdmin(h);
    for (let round = 0; round < 3; round++) {
      const { slotId, candidate, bookingId } = await booked(20 + round * 2);
      const answers = await Promise.all([cancel(slotId), cancel(slotId, { reason: 'Дубль' }, other.client)]);
      expect(answers.map((res) => res.status).sort()).toEqual([200, 409]);
      expect(await balanceOf(candidate.id)).toBe(1);
      const refunds = await h.deps.db
        .select()
        .from(ledgerEntries)
        .where(eq(ledgerEntries.bookingId, bookingId));
      expect(refunds.filter((e) => e.reason === 'booking_refund')).toHaveLength(1);
    }
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('cancels an open slot (the interviewer is told) and a booked one already under way', async () => {
    const interviewer = await createUser(h);
    const openSlot = await publish(h, interviewer, profession, 40);
    h.published.length = 0;
    expect((await cancel(openSlot)).status).toBe(200);
    expect(h.published.map((e) => e.name)).toEqual(['slot.cancelled', 'booking.cancelled']);
    expect(await notificationsOf(interviewer)).toContainEqual(
      expect.objectContaining({
        kind: 'booking.cancelled',
        payload: expect.objectContaining({ slotId: openSlot, by: 'admin' }),
      }),
    );

    // Inside the cutoff, even after the start: the room never worked.
    const { slotId, candidate } = await booked(1);
    h.clock.advance(HOUR + 10 * 60_000);
    const res = await cancel(slotId);
    expect(res.status).toBe(200);
    expect(await balanceOf(candidate.id)).toBe(1);
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('refuses a completed interview (409), a missing reason (400), an unknown one (404), and non-admins', async () => {
    const { slotId, candidate } = await booked(2);
    h.clock.advance(4 * HOUR);
    await completeInterviews({ db: h.deps.db, now: h.clock() });
    const done = await cancel(slotId);
    expect(done.status).toBe(409);
    expect((await done.json()).code).toBe('slot_not_available');
    expect(await balanceOf(candidate.id)).toBe(0);

    const fresh = await booked(10);
    for (const body of [
      {},
      { reason: '   ' },
      { reason: 'x'.repeat(2001) },
      { reason: 'ok', refund: false },
    ]) {
      const res = await cancel(fresh.slotId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await cancel('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await cancel(fresh.slotId, { reason: REASON }, fresh.interviewer.client)).status).toBe(403);
    expect((await cancel(fresh.slotId, { reason: REASON }, h.client())).status).toBe(401);
    expect(await balanceOf(fresh.candidate.id)).toBe(0);
    const detail = await (await admin.client.get(`/api/admin/interviews/${fresh.slotId}`)).json();
    expect(detail).toMatchObject({ slot: { status: 'booked' }, canCancel: true, audit: [] });
    expect(await ledgerViolations(h)).toEqual([]);
  });
});
