import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { calendarFeedTokens, users } from '#db/schema/index.ts';
import { hashToken } from '#functions/auth/tokens.ts';
import { buildCalendar, calendarEntries } from '#functions/calendar/calendar.ts';
import { AppError } from '#functions/kernel/app-error.ts';

/** The private feed: whoever holds a live token reads that user's calendar. A revoked token is a 404. */
export async function getFeed({ db, now, token }: { db: Db; now: Date; token: string }): Promise<string> {
  const [owner] = await db
    .select({ userId: calendarFeedTokens.userId, status: users.status })
    .from(calendarFeedTokens)
    .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
    .where(
      and(eq(calendarFeedTokens.tokenHash, await hashToken(token)), isNull(calendarFeedTokens.revokedAt)),
    );
  if (owner?.status !== 'active') throw new AppError('not_found', 'No such calendar');
  return buildCalendar(
    await calendarEntries(db, { userId: owner.userId, now }),
    now,
    'Mockstock: мои интервью',
  );
}
