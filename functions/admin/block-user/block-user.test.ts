import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuditLog, bookings, sessions, slots, users } from '#db/schema/index.ts';
import { startSession } from '#functions/auth/sessions.ts';
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

beforeAll(async () => {
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '10' } });
  admin = await createAdmin(h);
  [profession = ''] = await professionIds(h);
});
afterAll(() => h.close());

const balanceOf = async (id: string) =>
  (await h.deps.db.select({ balance: users.balance }).from(users).where(eq(users.id, id)))[0]?.balance;
const slotOf = async (id: string) => (await h.deps.db.select().from(slots).where(eq(slots.id, id)))[0];
const bookingsOf = (slotId: string) =>
  h.deps.db.select().from(bookings).where(eq(bookings.slotId, slotId)).orderBy(bookings.createdAt);
const book = async (user: TestUser, slotId: string) => {
  const res = await user.client.post(`/api/slots/${slotId}/booking`);
  if (res.status !== 201) throw new Error(`booking refused: ${JSON.stringify(await res.json())}`);
};
const block = (id: string, by = admin) => by.client.post(`/api/admin/users/${id}/block`, { reason: 'Спам' });

describe('POST /api/admin/users/:id/block', () => {
  it('ends the sessions and calls off the future, with refunds, in one transaction', async () => {
    const target = await createUser(h, { balance: 3, displayName: 'Нарушитель' });
    // A second device, signed in too.
    await startSession(h.deps.db, {
      userId: target.id,
      userAgent: 'phone',
      now: h.clock(),
      config: h.deps.config,
    });
    const partner = await createUser(h);
    const past = await publish(h, target, profession, 1);
    await book(partner, past);
    h.clock.advance(3 * HOUR);

    const open = await publish(h, target, profession, 20);
    const hosted = await publish(h, target, profession, 30);
    const candidate = await createUser(h, { balance: 1 });
    await book(candidate, hosted);
    const interviewer = await createUser(h);
    const theirs = await publish(h, interviewer, profession, 40);
    await book(target, theirs);
    expect(await balanceOf(target.id)).toBe(2);
    expect(await balanceOf(candidate.id)).toBe(0);

    h.published.length = 0;
    const res = await block(target.id);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      user: { id: target.id, status: 'blocked' },
      slotsWithdrawn: 1,
      interviewsCancelled: 1,
      bookingsCancelled: 1,
      sessionsEnded: 2,
    });

    // At once: the blocked person's next request is refused, and their live connections are told to end.
    expect((await target.client.get('/api/me')).status).toBe(401);
    expect(h.published).toContainEqual(
      expect.objectContaining({ name: 'session.ended', audience: { kind: 'user', userId: target.id } }),
    );
    const live = await h.deps.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, target.id)));
    expect(live.map((s) => s.revokeReason)).toEqual(['blocked', 'blocked']);

    expect((await slotOf(open))?.status).toBe('cancelled');
    expect((await slotOf(hosted))?.status).toBe('cancelled');
    expect(await balanceOf(candidate.id)).toBe(1);
    expect(h.published).toContainEqual(
      expect.objectContaining({
        name: 'booking.cancelled',
        audience: { kind: 'user', userId: candidate.id },
        payload: expect.objectContaining({ slotId: hosted, by: 'admin' }),
      }),
    );

    // Their booking is given back: the slot is open for others, the interviewer told, the point returned.
    expect((await slotOf(theirs))?.status).toBe('open');
    expect((await bookingsOf(theirs)).map((b) => b.status)).toEqual(['cancelled_by_admin']);
    expect(await balanceOf(target.id)).toBe(3);
    expect(h.published).toContainEqual(
      expect.objectContaining({
        name: 'slot.reopened',
        payload: { slot: expect.objectContaining({ id: theirs }) },
      }),
    );
    expect(h.published).toContainEqual(
      expect.objectContaining({
        name: 'booking.cancelled',
        audience: { kind: 'user', userId: interviewer.id },
        payload: expect.objectContaining({ slotId: theirs, by: 'admin' }),
      }),
    );
    expect((await candidate.client.post(`/api/slots/${theirs}/booking`)).status).toBe(201);

    // What already happened is left to moderation.
    expect((await slotOf(past))?.status).toBe('booked');
    expect((await bookingsOf(past)).map((b) => b.status)).toEqual(['active']);

    const [audit] = await h.deps.db
      .select()
      .from(adminAuditLog)
      .where(and(eq(adminAuditLog.targetUserId, target.id), eq(adminAuditLog.action, 'user.blocked')));
    expect(audit).toMatchObject({
      actorId: admin.id,
      before: { status: 'active' },
      after: { status: 'blocked' },
      reason: 'Спам',
      details: {
        slotsWithdrawn: [open],
        interviewsCancelled: [hosted],
        bookingsCancelled: [theirs],
        sessionsEnded: 2,
      },
    });
    const [row] = await h.deps.db.select().from(users).where(eq(users.id, target.id));
    expect(row).toMatchObject({ status: 'blocked', blockedReason: 'Спам', blockedAt: h.clock() });

    const again = await block(target.id);
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('conflict');
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('refuses to block oneself, and anyone but an admin', async () => {
    const self = await block(admin.id);
    expect(self.status).toBe(409);
    expect((await self.json()).code).toBe('self_action');
    const user = await createUser(h);
    const other = await createUser(h);
    expect((await block(other.id, user)).status).toBe(403);
    expect((await admin.client.post(`/api/admin/users/${other.id}/block`, {})).status).toBe(400);
    const [row] = await h.deps.db.select().from(users).where(eq(users.id, other.id));
    expect(row?.status).toBe('active');
  });

  it('leaves nothing of the person’s booked when they book at the moment they are blocked', async () => {
    for (let round = 0; round < 4; round++) {
      const target = await createUser(h, { balance: 1 });
      const interviewer = await createUser(h);
      const slotId = await publish(h, interviewer, profession, 10 + round);
      const [booking, blocked] = await Promise.all([
        target.client.post(`/api/slots/${slotId}/booking`),
        block(target.id),
      ]);
      expect(blocked.status).toBe(200);
      // Either the booking came first and the block gave it back, or the block came first and refused it.
      expect([201, 401, 403]).toContain(booking.status);
      expect((await slotOf(slotId))?.status).toBe('open');
      expect((await bookingsOf(slotId)).every((b) => b.status !== 'active')).toBe(true);
      expect(await balanceOf(target.id)).toBe(1);
    }
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('lets one of two admins blocking each other at the same moment win', async () => {
    const first = await createAdmin(h);
    const second = await createAdmin(h);
    const answers = await Promise.all([block(second.id, first), block(first.id, second)]);
    expect(answers.map((res) => res.status).sort()).toEqual([200, 403]);
    const rows = await h.deps.db.select().from(users).where(eq(users.role, 'admin'));
    expect(
      rows
        .filter((r) => r.id === first.id || r.id === second.id)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['active', 'blocked']);
  });
});

describe('POST /api/admin/users/:id/unblock', () => {
  it('lets the person sign in again', async () => {
    const client = h.client();
    const password = 'ivan real secret';
    const registered = await client.post('/api/auth/register', {
      login: 'ivan',
      password,
      displayName: 'Иван',
    });
    const { id } = (await registered.json()).user;
    expect((await block(id)).status).toBe(200);
    const refused = await h.client().post('/api/auth/login', { login: 'ivan', password });
    expect((await refused.json()).code).toBe('account_blocked');

    const res = await admin.client.post(`/api/admin/users/${id}/unblock`, { reason: 'Разобрались' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id, status: 'active' });
    const [row] = await h.deps.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ status: 'active', blockedAt: null, blockedReason: null });
    expect((await h.client().post('/api/auth/login', { login: 'ivan', password })).status).toBe(200);
    const [audit] = await h.deps.db
      .select()
      .from(adminAuditLog)
      .where(and(eq(adminAuditLog.targetUserId, id), eq(adminAuditLog.action, 'user.unblocked')));
    expect(audit).toMatchObject({
      actorId: admin.id,
      before: { status: 'blocked', blockedReason: 'Спам' },
      after: { status: 'active' },
      reason: 'Разобрались',
    });
    const again = await admin.client.post(`/api/admin/users/${id}/unblock`, { reason: 'Ещё раз' });
    expect(again.status).toBe(409);
  });
});
