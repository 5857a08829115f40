import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '#db/client.ts';
import { professions, users } from '#db/schema/index.ts';
import { startSession } from '#functions/auth/sessions.ts';
import { postLedgerEntry } from '#functions/points/ledger.ts';
import { runScheduledJobs } from '#functions/scheduled/run-jobs.ts';
import type { createHarness } from './harness.ts';

type Harness = Awaited<ReturnType<typeof createHarness>>;

/**
 * A signed-in user made straight in the database (no bcrypt, so tests can make fifty at once), with
 * `balance` points from a signup bonus entry, and a client carrying their session cookies.
 */
export async function createUser(
  h: Harness,
  options: { balance?: number; login?: string; displayName?: string } = {},
) {
  const login = options.login ?? `u${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const now = h.clock();
  const { id, tokens } = await h.deps.db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ login, displayName: options.displayName ?? login, createdAt: now })
      .returning({ id: users.id });
    if (!user) throw new Error('no user');
    if ((options.balance ?? 1) > 0) {
      await postLedgerEntry(tx, {
        userId: user.id,
        delta: options.balance ?? 1,
        reason: 'signup_bonus',
        reference: 'signup',
        now,
      });
    }
    return {
      id: user.id,
      tokens: await startSession(tx, { userId: user.id, userAgent: 'test', now, config: h.deps.config }),
    };
  });
  const client = h.client({ autoRefresh: true });
  client.jar.set('ms_access', tokens.accessToken);
  client.jar.set('ms_refresh', tokens.refreshToken);
  return { id, login, client };
}

export type TestUser = Awaited<ReturnType<typeof createUser>>;

export async function professionIds(h: Harness): Promise<string[]> {
  const rows = await h.deps.db.select({ id: professions.id }).from(professions).orderBy(professions.position);
  return rows.map((r) => r.id);
}

const HOUR = 60 * 60 * 1000;

/** A valid publish body starting `hoursAhead` hours after the harness clock; fields can be overridden. */
export function slotBody(
  h: Harness,
  professionId: string,
  hoursAhead = 24,
  overrides: Record<string, unknown> = {},
) {
  return {
    professionId,
    startsAt: new Date(h.clock().getTime() + hoursAhead * HOUR).toISOString(),
    durationMinutes: 60,
    meetingUrl: 'https://meet.example.com/room-42',
    level: 'middle',
    language: 'ru',
    description: 'Алгоритмы и SQL',
    ...overrides,
  };
}

/** Publishes through the API and returns the slot id (fails the test if refused). */
export async function publish(
  h: Harness,
  user: TestUser,
  professionId: string,
  hoursAhead = 24,
  overrides = {},
) {
  const res = await user.client.post('/api/slots', slotBody(h, professionId, hoursAhead, overrides));
  if (res.status !== 201)
    throw new Error(`publish refused: ${res.status} ${JSON.stringify(await res.json())}`);
  return (await res.json()).id as string;
}

/** A signed-in admin: a user given the role straight in the database. */
export async function createAdmin(h: Harness, options: Parameters<typeof createUser>[1] = {}) {
  const admin = await createUser(h, options);
  await h.deps.db.update(users).set({ role: 'admin' }).where(eq(users.id, admin.id));
  return admin;
}

/**
 * The ledger's invariants over every user: the cached balance equals the sum of the user's entries and is
 * never negative. Returns the users that break them (an empty list when all hold).
 */
export async function ledgerViolations(h: Harness): Promise<{ id: string; balance: number; sum: number }[]> {
  return rowsOf<{ id: string; balance: number; sum: number }>(
    await h.deps.db.execute(sql`select u.id, u.balance, coalesce(sum(l.delta), 0)::int as sum
      from users u left join ledger_entries l on l.user_id = u.id
      group by u.id having u.balance <> coalesce(sum(l.delta), 0) or u.balance < 0`),
  );
}

/** One tick of every scheduled job at the harness clock's time, its events dispatched; failures throw. */
export function tick(h: Harness): Promise<void> {
  return runScheduledJobs({
    db: h.deps.db,
    now: h.clock,
    dispatch: h.deps.dispatch,
    log: (line) => {
      if (line.level === 'error') throw new Error(`scheduled job failed: ${JSON.stringify(line)}`);
    },
  });
}
