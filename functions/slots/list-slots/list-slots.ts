import { and, asc, count, eq, gt, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { TListSlotsQuery, TSlotPage } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { slots, userProfessions } from '#db/schema/index.ts';
import { streamPosition } from '#functions/events/outbox.ts';
import { decodeCursor, encodeCursor } from '#functions/kernel/cursor.ts';
import { exchangeSlotQuery, toExchangeView } from '#functions/slots/read-model.ts';

type Input = TListSlotsQuery & { db: Db; now: Date; viewerId: string | null };

/**
 * The exchange: open slots that have not started, soonest first, a page at a time (keyset on start and id,
 * so pages stay stable while slots come and go). Without a professions filter a signed-in viewer sees their
 * profile's professions, if they chose any; `all` switches that off.
 */
export async function listSlots({ db, now, viewerId, limit, cursor, ...filters }: Input): Promise<TSlotPage> {
  let professionIds: string[] | null = null;
  if (Array.isArray(filters.professions))
    professionIds = filters.professions.length ? filters.professions : null;
  else if (filters.professions === undefined && viewerId) {
    const mine = await db
      .select({ id: userProfessions.professionId })
      .from(userProfessions)
      .where(eq(userProfessions.userId, viewerId));
    professionIds = mine.length ? mine.map((p) => p.id) : null;
  }
  const conditions: (SQL | undefined)[] = [
    eq(slots.status, 'open'),
    gt(slots.startsAt, now),
    professionIds ? inArray(slots.professionId, professionIds) : undefined,
    filters.from ? gte(slots.startsAt, filters.from) : undefined,
    filters.to ? lt(slots.startsAt, filters.to) : undefined,
    filters.level ? eq(slots.level, filters.level) : undefined,
    filters.language ? eq(slots.language, filters.language) : undefined,
  ];
  const matching = and(...conditions);
  const after = cursor ? decodeCursor(cursor) : undefined;
  // The stream position is read before the slots (see streamPosition), with the total in the same trip.
  const [totals] = await db
    .select({
      total: count(),
      version: streamPosition,
    })
    .from(slots)
    .where(matching);
  const rows = await exchangeSlotQuery(db)
    .where(
      and(
        matching,
        after
          ? or(
              gt(slots.startsAt, after.startsAt),
              and(eq(slots.startsAt, after.startsAt), gt(slots.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(slots.startsAt), asc(slots.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.slot;
  return {
    items: page.map(toExchangeView),
    nextCursor: rows.length > limit && last ? encodeCursor(last.startsAt, last.id) : null,
    total: totals?.total ?? 0,
    professionIds,
    version: Number(totals?.version ?? 0),
  };
}
