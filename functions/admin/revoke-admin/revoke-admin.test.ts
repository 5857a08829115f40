import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuditLog, users } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { createAdmin, createUser, type TestUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';
import { revokeAdminRole } from './revoke-admin.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let admin: TestUser;

beforeAll(async () => {
  h = await createHarness({ env: { DATABASE_POOL_SIZE: '8' } });
  admin = await createAdmin(h);
});
afterAll(() => h.close());

const roleOf = async (id: string) =>
  (await h.deps.db.select({ role: users.role }).from(users).where(eq(users.id, id)))[0]?.role;
const grant = (id: string, by = admin, body: object = { reason: 'Помогает с модерацией' }) =>
  by.client.post(`/api/admin/users/${id}/grant-admin`, body);
const revoke = (id: string, by = admin) =>
  by.client.post(`/api/admin/users/${id}/revoke-admin`, { reason: 'Больше не модерирует' });
const auditOf = (id: string, action: 'admin.granted' | 'admin.revoked') =>
  h.deps.db
    .select()
    .from(adminAuditLog)
    .where(and(eq(adminAuditLog.targetUserId, id), eq(adminAuditLog.action, action)));

describe('POST /api/admin/users/:id/grant-admin', () => {
  it('makes a user an admin, once, with the audit entry', async () => {
    const user = await createUser(h);
    const res = await grant(user.id);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: user.id, role: 'admin' });
    expect((await user.client.get('/api/admin/users')).status).toBe(200);
    expect(await auditOf(user.id, 'admin.granted')).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        before: { role: 'user' },
        after: { role: 'admin' },
        reason: 'Помогает с модерацией',
        details: { source: 'admin_panel' },
      }),
    ]);
    const again = await grant(user.id);
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('conflict');
    expect(await auditOf(user.id, 'admin.granted')).toHaveLength(1);
  });

  it('needs no reason, refuses a blocked account and unknown people', async () => {
    const user = await createUser(h);
    expect((await grant(user.id, admin, {})).status).toBe(200);
    const blocked = await createUser(h);
    await h.deps.db.update(users).set({ status: 'blocked' }).where(eq(users.id, blocked.id));
    expect((await grant(blocked.id)).status).toBe(409);
    expect(await roleOf(blocked.id)).toBe('user');
    expect((await grant(randomUUID())).status).toBe(404);
    const plain = await createUser(h);
    expect((await grant(plain.id, plain)).status).toBe(403);
  });
});

describe('POST /api/admin/users/:id/revoke-admin', () => {
  it('takes the role away with the audit entry; the person is an admin no more at once', async () => {
    const other = await createAdmin(h);
    const res = await revoke(other.id);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: other.id, role: 'user' });
    expect((await other.client.get('/api/admin/users')).status).toBe(403);
    expect(await auditOf(other.id, 'admin.revoked')).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        before: { role: 'admin' },
        after: { role: 'user' },
        reason: 'Больше не модерирует',
      }),
    ]);
    expect((await revoke(other.id)).status).toBe(409);
  });

  it('never takes one’s own role', async () => {
    const res = await revoke(admin.id);
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('self_action');
    expect(await roleOf(admin.id)).toBe('admin');
  });

  it('never takes the last active admin’s role', async () => {
    // The acting admin lost the role a moment ago (the request passed the guard before that).
    const last = await createAdmin(h);
    const demoted = await createAdmin(h);
    await h.deps.db.update(users).set({ role: 'user' }).where(ne(users.id, last.id));
    const refused = revokeAdminRole({
      db: h.deps.db,
      now: h.clock(),
      actorId: demoted.id,
      userId: last.id,
      reason: 'x',
    });
    await expect(refused).rejects.toEqual(new AppError('last_admin'));
    expect(await roleOf(last.id)).toBe('admin');
    await h.deps.db.update(users).set({ role: 'admin' }).where(eq(users.id, admin.id));
  });

  it('lets exactly one of two admins taking each other’s role at the same moment succeed', async () => {
    /** Two fresh admins, the only ones: whichever goes second would leave none. */
    const pair = async () => {
      const first = await createAdmin(h);
      const second = await createAdmin(h);
      await h.deps.db
        .update(users)
        .set({ role: 'user' })
        .where(and(eq(users.role, 'admin'), ne(users.id, first.id), ne(users.id, second.id)));
      return [first, second] as const;
    };
    const rolesOf = async (ids: string[]) =>
      (await h.deps.db.select({ role: users.role }).from(users).where(inArray(users.id, ids)))
        .map((r) => r.role)
        .sort();
    for (let round = 0; round < 5; round++) {
      // Through HTTP: the loser is refused by the guard (it arrived after the other's commit) or, inside the
      // transaction, as the last admin.
      const [first, second] = await pair();
      const answers = await Promise.all([revoke(second.id, first), revoke(first.id, second)]);
      const outcomes = await Promise.all(
        answers.map(async (res) => `${res.status} ${(await res.json()).code}`),
      );
      expect(outcomes.filter((o) => o.startsWith('200'))).toHaveLength(1);
      expect(outcomes.filter((o) => !o.startsWith('200'))).toEqual([
        expect.stringMatching(/^(409 last_admin|403 forbidden)$/),
      ]);
      expect(await rolesOf([first.id, second.id])).toEqual(['admin', 'user']);

      // Both past the guard at once: the admins' row locks make the second wait and find the last admin.
      const [third, fourth] = await pair();
      const both = await Promise.allSettled([
        revokeAdminRole({ db: h.deps.db, now: h.clock(), actorId: third.id, userId: fourth.id, reason: 'x' }),
        revokeAdminRole({ db: h.deps.db, now: h.clock(), actorId: fourth.id, userId: third.id, reason: 'x' }),
      ]);
      expect(both.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(both.find((outcome) => outcome.status === 'rejected')).toMatchObject({
        reason: new AppError('last_admin'),
      });
      expect(await rolesOf([third.id, fourth.id])).toEqual(['admin', 'user']);
    }
    await h.deps.db.update(users).set({ role: 'admin' }).where(eq(users.id, admin.id));
  });

  it('refuses a user who is not an admin, and non-admins', async () => {
    const user = await createUser(h);
    const res = await revoke(user.id);
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('conflict');
    expect((await revoke(randomUUID())).status).toBe(404);
    expect((await revoke(admin.id, user)).status).toBe(403);
    expect((await admin.client.post(`/api/admin/users/${user.id}/revoke-admin`, {})).status).toBe(400);
  });
});
