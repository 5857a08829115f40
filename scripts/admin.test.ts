import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminAuditLog, users } from '#db/schema/index.ts';
import { createHarness } from '#functions/testing/harness.ts';
import { runAdminCommand } from './admin.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
beforeAll(async () => {
  h = await createHarness();
  await h
    .client()
    .post('/api/auth/register', { login: 'Operator', password: 'operator secret', displayName: 'O' });
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => h.close());

describe('npm run admin -- grant <login>', () => {
  it('makes an existing user an admin, records it, and is idempotent', async () => {
    expect(await runAdminCommand(['grant', 'operator'], { DATABASE_URL: h.database.url })).toBe(0);
    const [row] = await h.deps.db.select().from(users).where(eq(users.login, 'Operator'));
    expect(row?.role).toBe('admin');
    expect(await runAdminCommand(['grant', 'operator'], { DATABASE_URL: h.database.url })).toBe(0);
    const audit = await h.deps.db
      .select()
      .from(adminAuditLog)
      .where(eq(adminAuditLog.targetUserId, row?.id ?? ''));
    expect(audit).toMatchObject([{ action: 'admin.granted', actorId: null, details: { source: 'cli' } }]);
  });

  it('fails clearly for an unknown login or a wrong command', async () => {
    expect(await runAdminCommand(['grant', 'ghost'], { DATABASE_URL: h.database.url })).toBe(1);
    expect(await runAdminCommand(['promote'], { DATABASE_URL: h.database.url })).toBe(2);
  });
});
