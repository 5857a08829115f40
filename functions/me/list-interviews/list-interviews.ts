import {
  and,
  asc,
  desc,
  eq,
  exists,
  gt,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { TInterviewPage, TListInterviewsQuery } from '#contract/interviews.ts';
import type { Db } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';
import { decodeCursor, encodeCursor } from '#functions/kernel/cursor.ts';
import { toSlotDetailsMany } from '#functions/slots/read-model.ts';

type Input = TListInterviewsQuery & { db: Db; now: Date; userId: string };

/**
 * The user's interviews on either side, including the ones called off (each says by whom: the slot's
 * `cancellation`). Upcoming: whatever has not ended, soonest first. Past: what ended or expired and is not
 * archived yet, latest first. Archive: everything archived, latest first. A slot the user booked, gave back
 * and that someone else then booked is listed as their cancelled interview, without the link.
 */
export async function listInterviews({
  db,
  now,
  userId,
  scope,
  cursor,
  limit,
}: Input): Promise<TInterviewPage> {
  // Mine: my slots, and the slots I booked, whether the booking holds or was called off.
  const mine = or(
    eq(slots.interviewerId, userId),
    exists(
      db
        .select({ one: sql`1` })
        .from(bookings)
        .where(and(eq(bookings.slotId, slots.id), eq(bookings.candidateId, userId))),
    ),
  );
  const byScope: Record<typeof scope, SQL | undefined> = {
    // Everything that has not ended, called off or not: a cancelled interview for tomorrow is tomorrow's.
    upcoming: and(isNull(slots.archivedAt), gt(slots.endsAt, now), ne(slots.status, 'expired')),
    past: and(isNull(slots.archivedAt), or(eq(slots.status, 'expired'), lte(slots.endsAt, now))),
    archive: isNotNull(slots.archivedAt),
  };
  const ascending = scope === 'upcoming';
  const after = cursor ? decodeCursor(cursor) : undefined;
  const beyond = (a: typeof slots.startsAt | typeof slots.id, value: Date | string) =>
    ascending ? gt(a, value) : lt(a, value);
  const rows = await db
    .select({ slot: slots })
    .from(slots)
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
