import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { TInterviewPage, TListInterviewsQuery } from '#contract/interviews.ts';
import type { Db } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';
import { decodeCursor, encodeCursor } from '#functions/kernel/cursor.ts';
import { toSlotDetailsMany } from '#functions/slots/read-model.ts';

type Input = TListInterviewsQuery & { db: Db; now: Date; userId: string };

/**
 * The user's interviews on either side. Upcoming: their open and booked slots and their bookings that have
 * not ended, soonest first. Past: what ended, was cancelled or expired and is not archived yet, latest first.
 * Archive: everything archived, latest first. A candidate's cancelled bookings are not listed (the refund is
 * in the ledger, the notice was sent).
 */
export async function listInterviews({
  db,
  now,
  userId,
  scope,
  cursor,
  limit,
}: Input): Promise<TInterviewPage> {
  const mine = or(eq(slots.interviewerId, userId), eq(bookings.candidateId, userId));
  const byScope: Record<typeof scope, SQL | undefined> = {
    upcoming: and(isNull(slots.archivedAt), inArray(slots.status, ['open', 'booked']), gt(slots.endsAt, now)),
    past: and(
      isNull(slots.archivedAt),
      or(inArray(slots.status, ['completed', 'expired', 'cancelled']), lte(slots.endsAt, now)),
    ),
    archive: isNotNull(slots.archivedAt),
  };
  const ascending = scope === 'upcoming';
  const after = cursor ? decodeCursor(cursor) : undefined;
  const beyond = (a: typeof slots.startsAt | typeof slots.id, value: Date | string) =>
    ascending ? gt(a, value) : lt(a, value);
  const rows = await db
    .select({ slot: slots })
    .from(slots)
    .leftJoin(bookings, and(eq(bookings.slotId, slots.id), eq(bookings.status, 'active')))
    .where(
      and(
        mine,
        byScope[scope],
        after
          ? or(
              beyond(slots.startsAt, after.startsAt),
              and(eq(slots.startsAt, after.startsAt), beyond(slots.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(...(ascending ? [asc(slots.startsAt), asc(slots.id)] : [desc(slots.startsAt), desc(slots.id)]))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map((r) => r.slot);
  const last = page.at(-1);
  return {
    items: await toSlotDetailsMany(db, page, userId, now),
    nextCursor: rows.length > limit && last ? encodeCursor({ startsAt: last.startsAt, id: last.id }) : null,
  };
}
