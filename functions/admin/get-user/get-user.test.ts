import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noShowReports, users } from '#db/schema/index.ts';
import { addStrike } from '#functions/attendance/strikes.ts';
import { revokeSession, startSession } from '#functions/auth/sessions.ts';
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
  admin = await createAdmin(h, { login: 'chief', displayName: 'Главный' });
  [profession = ''] = await professionIds(h);
});
afterAll(() => h.close());

const book = async (user: TestUser, slotId: string) =>
  (await (await user.client.post(`/api/slots/${slotId}/booking`)).json()).bookingId as string;

describe('GET /api/admin/users/:id', () => {
  it('shows the profile, balance, ledger, strikes, interviews both ways, reports and live sessions', async () => {
    const target = await createUser(h, { login: 'karta', displayName: 'Карта Тестова', balance: 3 });
    await target.client.patch('/api/me', {
      bio: 'Пишу на Go',
      contacts: '@karta',
      level: 'senior',
      timeZone: 'Asia/Novosibirsk',
      professionIds: [profession],
    });
    const partner = await createUser(h, { login: 'partner', displayName: 'Партнёр' });
    const hosted = await publish(h, target, profession, 1);
    const hostedBooking = await book(partner, hosted);
    const taken = await publish(h, partner, profession, 3);
    const takenBooking = await book(target, taken);
    const phone = await startSession(h.deps.db, {
      userId: target.id,
      userAgent: 'Phone',
      now: h.clock(),
      config: h.deps.config,
    });
    h.clock.advance(5 * HOUR);
    const upcoming = await publish(h, target, profession, 20);
    await h.deps.db.transaction(async (tx) => {
      await revokeSession(tx, phone.sessionId, 'logout', h.clock());
      await addStrike(tx, { userId: target.id, kind: 'no_show', bookingId: hostedBooking, now: h.clock() });
      await tx.insert(noShowReports).values([
        {
          bookingId: hostedBooking,
          reporterId: partner.id,
          accusedId: target.id,
          comment: 'Не пришёл',
          createdAt: h.clock(),
        },
        {
          bookingId: takenBooking,
          reporterId: target.id,
          accusedId: partner.id,
          comment: 'Интервьюера не было',
          status: 'rejected',
          resolvedBy: admin.id,
          resolutionNote: 'Был, есть запись',
          createdAt: new Date(h.clock().getTime() - 1000),
          resolvedAt: h.clock(),
        },
      ]);
    });
    const adjusted = await admin.client.post(`/api/admin/users/${target.id}/points`, {
      delta: 2,
      reason: 'Подарок',
      requestId: randomUUID(),
    });
    expect(adjusted.status).toBe(200);

    const res = await admin.client.get(`/api/admin/users/${target.id}`);
    expect(res.status).toBe(200);
    const card = await res.json();
    expect(card.profile).toMatchObject({
      id: target.id,
      login: 'karta',
      displayName: 'Карта Тестова',
      bio: 'Пишу на Go',
      contacts: '@karta',
      level: 'senior',
      timeZone: 'Asia/Novosibirsk',
      role: 'user',
      status: 'active',
      blockedAt: null,
      blockedReason: null,
      professions: [{ id: profession, name: expect.objectContaining({ ru: expect.any(String) }) }],
    });
    expect(card.balance).toBe(4);
    expect(card.ledger.map((e: { reason: string; delta: number }) => [e.reason, e.delta])).toEqual([
      ['admin_adjustment', 2],
      ['booking_spend', -1],
      ['signup_bonus', 3],
    ]);
    expect(card.ledger[0].note).toBe('Подарок');
    expect(card.ledger[1].slotId).toBe(taken);
    expect(card.strikes).toMatchObject({
      total: 1,
      recent: 1,
      suggestBlock: false,
      items: [{ kind: 'no_show', slotId: hosted }],
    });
    expect(card.interviews).toEqual([
      expect.objectContaining({
        slotId: upcoming,
        role: 'interviewer',
        status: 'open',
        bookingStatus: null,
        other: null,
      }),
      expect.objectContaining({
        slotId: taken,
        role: 'candidate',
        status: 'booked',
        bookingStatus: 'active',
        other: { id: partner.id, login: 'partner', displayName: 'Партнёр' },
      }),
      expect.objectContaining({
        slotId: hosted,
        role: 'interviewer',
        bookingStatus: 'active',
        other: { id: partner.id, login: 'partner', displayName: 'Партнёр' },
      }),
    ]);
    expect(card.reports).toEqual([
      expect.objectContaining({
        direction: 'against',
        slotId: hosted,
        other: expect.objectContaining({ login: 'partner' }),
        status: 'pending',
        comment: 'Не пришёл',
      }),
      expect.objectContaining({
        direction: 'filed',
        slotId: taken,
        status: 'rejected',
        resolutionNote: 'Был, есть запись',
      }),
    ]);
    // The ended session is gone; the live one was refreshed after the clock moved (the client does that).
    expect(card.sessions).toHaveLength(1);
    expect(card.sessions[0]).toMatchObject({ userAgent: 'test' });
    expect(new Date(card.sessions[0].lastUsedAt).getTime()).toBeGreaterThan(
      new Date(card.sessions[0].createdAt).getTime(),
    );
    expect(card.isLastAdmin).toBe(false);
  });

  it('says when the person is the last active admin, and shows a block', async () => {
    const own = await (await admin.client.get(`/api/admin/users/${admin.id}`)).json();
    expect(own.isLastAdmin).toBe(true);
    const blocked = await createAdmin(h);
    await h.deps.db
      .update(users)
      .set({ status: 'blocked', blockedAt: h.clock(), blockedReason: 'Проверка' })
      .where(eq(users.id, blocked.id));
    expect((await (await admin.client.get(`/api/admin/users/${admin.id}`)).json()).isLastAdmin).toBe(true);
    const card = await (await admin.client.get(`/api/admin/users/${blocked.id}`)).json();
    expect(card.profile).toMatchObject({
      role: 'admin',
      status: 'blocked',
      blockedAt: h.clock().toISOString(),
      blockedReason: 'Проверка',
    });
    expect(card.isLastAdmin).toBe(false);
  });

  it('answers 404 for nobody, 400 for a bad id, 403 for non-admins', async () => {
    expect((await admin.client.get(`/api/admin/users/${randomUUID()}`)).status).toBe(404);
    expect((await admin.client.get('/api/admin/users/nope')).status).toBe(400);
    const user = await createUser(h);
    expect((await user.client.get(`/api/admin/users/${user.id}`)).status).toBe(403);
  });
});
