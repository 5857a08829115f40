import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuditLog, ledgerEntries, notifications, users } from '#db/schema/index.ts';
import { createAdmin, createUser, ledgerViolations, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let admin: TestUser;

beforeAll(async () => {
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '8' } });
  admin = await createAdmin(h);
});
afterAll(() => h.close());

const balanceOf = async (id: string) =>
  (await h.deps.db.select({ balance: users.balance }).from(users).where(eq(users.id, id)))[0]?.balance;
const adjustmentsOf = (id: string) =>
  h.deps.db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.userId, id), eq(ledgerEntries.reason, 'admin_adjustment')))
    .orderBy(ledgerEntries.id);
const auditOf = (id: string) =>
  h.deps.db.select().from(adminAuditLog).where(eq(adminAuditLog.targetUserId, id)).orderBy(adminAuditLog.id);
const adjust = (userId: string, body: Record<string, unknown>) =>
  admin.client.post(`/api/admin/users/${userId}/points`, body);

describe('POST /api/admin/users/:id/points', () => {
  it('adds and takes points with the reason, told to the user, written to the audit log', async () => {
    const user = await createUser(h, { balance: 2 });
    h.published.length = 0;
    const added = await adjust(user.id, { delta: 5, reason: 'Компенсация за сбой', requestId: randomUUID() });
    expect(added.status).toBe(200);
    expect(await added.json()).toEqual({ userId: user.id, delta: 5, balance: 7 });
    expect(h.published).toEqual([
      expect.objectContaining({ name: 'points.changed', payload: { balance: 7 } }),
      expect.objectContaining({
        name: 'points.adjusted',
        audience: { kind: 'user', userId: user.id },
        payload: { delta: 5, balance: 7, reason: 'Компенсация за сбой' },
      }),
    ]);
    const taken = await adjust(user.id, { delta: -3, reason: 'Ошибка начисления', requestId: randomUUID() });
    expect((await taken.json()).balance).toBe(4);
    expect(await balanceOf(user.id)).toBe(4);

    const [entry] = await adjustmentsOf(user.id);
    expect(entry).toMatchObject({ delta: 5, note: 'Компенсация за сбой' });
    const audit = await auditOf(user.id);
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: 'points.adjusted',
        before: { balance: 2 },
        after: { balance: 7 },
        reason: 'Компенсация за сбой',
      }),
      expect.objectContaining({ before: { balance: 7 }, after: { balance: 4 }, reason: 'Ошибка начисления' }),
    ]);
    const told = await h.deps.db.select().from(notifications).where(eq(notifications.userId, user.id));
    expect(told.filter((n) => n.kind === 'points.adjusted')).toHaveLength(2);
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('never takes the balance below zero: refused, nothing changed', async () => {
    const user = await createUser(h, { balance: 1 });
    h.published.length = 0;
    const res = await adjust(user.id, { delta: -2, reason: 'Штраф', requestId: randomUUID() });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('insufficient_points');
    expect(await balanceOf(user.id)).toBe(1);
    expect(await adjustmentsOf(user.id)).toEqual([]);
    expect(h.published).toEqual([]);
    expect(await auditOf(user.id)).toEqual([]);
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('applies one request once, even submitted twice at the same moment', async () => {
    const user = await createUser(h, { balance: 0 });
    const body = { delta: 3, reason: 'Бонус за помощь', requestId: randomUUID() };
    const answers = await Promise.all([adjust(user.id, body), adjust(user.id, body)]);
    expect(answers.map((res) => res.status)).toEqual([200, 200]);
    expect(await Promise.all(answers.map((res) => res.json()))).toEqual([
      { userId: user.id, delta: 3, balance: 3 },
      { userId: user.id, delta: 3, balance: 3 },
    ]);
    const again = await adjust(user.id, body);
    expect(await again.json()).toEqual({ userId: user.id, delta: 3, balance: 3 });
    expect(await adjustmentsOf(user.id)).toHaveLength(1);
    // The same id with another amount is a mistake, not a retry.
    const reused = await adjust(user.id, { ...body, delta: 30 });
    expect(reused.status).toBe(409);
    expect((await reused.json()).code).toBe('conflict');
    expect(await balanceOf(user.id)).toBe(3);
    expect(await ledgerViolations(h)).toEqual([]);
  });

  it('adjusts a blocked account too', async () => {
    const user = await createUser(h, { balance: 1 });
    await h.deps.db.update(users).set({ status: 'blocked' }).where(eq(users.id, user.id));
    const res = await adjust(user.id, { delta: 1, reason: 'Возврат', requestId: randomUUID() });
    expect((await res.json()).balance).toBe(2);
  });

  it('refuses a zero, too large or fractional delta, a missing reason or request id, and unknown people', async () => {
    const user = await createUser(h);
    const bad = [
      { delta: 0, reason: 'x', requestId: randomUUID() },
      { delta: 1001, reason: 'x', requestId: randomUUID() },
      { delta: -1001, reason: 'x', requestId: randomUUID() },
      { delta: 1.5, reason: 'x', requestId: randomUUID() },
      { delta: 1, reason: '   ', requestId: randomUUID() },
      { delta: 1, reason: 'x', requestId: 'twice' },
      { delta: 1, reason: 'x' },
    ];
    for (const body of bad) expect((await adjust(user.id, body)).status, JSON.stringify(body)).toBe(400);
    const missing = await adjust(randomUUID(), { delta: 1, reason: 'x', requestId: randomUUID() });
    expect(missing.status).toBe(404);
    expect(await balanceOf(user.id)).toBe(1);
    const plain = await createUser(h);
    const forbidden = await plain.client.post(`/api/admin/users/${user.id}/points`, {
      delta: 1,
      reason: 'x',
      requestId: randomUUID(),
    });
    expect(forbidden.status).toBe(403);
  });
});
