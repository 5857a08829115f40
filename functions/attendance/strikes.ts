import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { StrikeKind } from '#contract/enums.ts';
import { STRIKES_SUGGEST_BLOCK } from '#contract/rules.ts';
import type { Db, Tx } from '#db/client.ts';
import { strikes, users } from '#db/schema/index.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One strike against a user for one interview, in the caller's transaction, with users.strikes kept as their
 * count in the same statement. (user, booking) is unique: a retry, a second admin or a job run twice strikes
 * once. Returns whether a strike was added.
 */
export async function addStrike(
  tx: Tx,
  strike: { userId: string; kind: StrikeKind; bookingId: string; reportId?: string; now: Date },
): Promise<boolean> {
  const added = await tx
    .insert(strikes)
    .values({
      userId: strike.userId,
      kind: strike.kind,
      bookingId: strike.bookingId,
      reportId: strike.reportId ?? null,
      createdAt: strike.now,
    })
    .onConflictDoNothing()
    .returning({ id: strikes.id });
  if (added.length === 0) return false;
  await tx
    .update(users)
    .set({ strikes: sql`${users.strikes} + 1`, updatedAt: strike.now })
    .where(eq(users.id, strike.userId));
  return true;
}

/** How many strikes the user took in the last 90 days, and whether that many suggests a block to admins. */
export async function recentStrikes(db: Db | Tx, userId: string, now: Date) {
  const since = new Date(now.getTime() - STRIKES_SUGGEST_BLOCK.windowDays * DAY_MS);
  const [row] = await db
    .select({ n: count() })
    .from(strikes)
    .where(and(eq(strikes.userId, userId), gte(strikes.createdAt, since)));
  const n = row?.n ?? 0;
  return { count: n, suggestBlock: n >= STRIKES_SUGGEST_BLOCK.strikes };
}
