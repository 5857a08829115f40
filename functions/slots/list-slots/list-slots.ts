import { and, asc, count, desc, eq, gt, gte, inArray, lt, min, or, type SQL } from 'drizzle-orm';
import type { TListSlotsQuery, TSlotPage } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { slots, userProfessions } from '#db/schema/index.ts';
import { streamPosition } from '#functions/events/outbox.ts';
import { decodeCursor, encodeCursor } from '#functions/kernel/cursor.ts';
import { invalidField } from '#functions/kernel/validation.ts';
import { exchangeSlotQuery, rankingScoreSql, toExchangeView } from '#functions/slots/read-model.ts';

type Query = Omit<TListSlotsQuery, 'professions'>;
type Input = Query & { db: Db; now: Date; professionIds: string[] | null };

/**
 * The professions an exchange page shows (null: all): the ones asked for; without a filter, a signed-in
 * viewer's profile professions if they chose any; `all` switches that off. Sorted, so that equal questions
 * are equal keys.
 */
export async function effectiveProfessions({
  db,
  viewerId,
  professions,
}: {
  db: Db;
  viewerId: string | null;
  professions: TListSlotsQuery['professions'];
}): Promise<string[] | null> {
  if (Array.isArray(professions)) return professions.length ? [...professions].sort() : null;
  if (professions !== undefined || !viewerId) return null;
  const mine = await db
    .select({ id: userProfessions.professionId })
    .from(userProfessions)
    .where(eq(userProfessions.userId, viewerId));
  return mine.length ? mine.map((p) => p.id).sort() : null;
}

/**
 * The exchange: open slots that have not started, soonest first, a page at a time (keyset on start and id,
 * so pages stay stable while slots come and go). With the page comes the moment it stops being true by
 * itself: when the earliest matching slot starts (and leaves the exchange).
 */
export async function listSlots({
  db,
  now,
  professionIds,
  limit,
  cursor,
  sort,
  ...filters
}: Input): Promise<{ page: TSlotPage; validUntil: number }> {
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
      firstStart: min(slots.startsAt),
    })
    .from(slots)
    .where(matching);
  const soonerAfter = after
    ? or(gt(slots.startsAt, after.startsAt), and(eq(slots.startsAt, after.startsAt), gt(slots.id, after.id)))
    : undefined;
  const ranked = sort === 'best_rated';
  // Ranked pages continue below the last score, or at the same score after the last (start, id).
  const rankedAfter =
    after?.score === undefined
      ? undefined
      : or(lt(rankingScoreSql, after.score), and(eq(rankingScoreSql, after.score), soonerAfter));
  if (after && ranked !== (after.score !== undefined)) throw invalidField('cursor', 'invalid_format');
  const rows = await exchangeSlotQuery(db)
    .where(and(matching, ranked ? rankedAfter : soonerAfter))
    .orderBy(...(ranked ? [desc(rankingScoreSql)] : []), asc(slots.startsAt), asc(slots.id))
    .limit(limit + 1);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const page: TSlotPage = {
    items: shown.map(toExchangeView),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({
            startsAt: last.slot.startsAt,
            id: last.slot.id,
            ...(ranked ? { score: last.score } : {}),
          })
        : null,
    total: totals?.total ?? 0,
    professionIds,
    version: Number(totals?.version ?? 0),
  };
  // The first start as the database returns it (a Date on PostgreSQL, text on PGlite's aggregate).
  const firstStart = totals?.firstStart ? new Date(totals.firstStart).getTime() : Number.POSITIVE_INFINITY;
  return { page, validUntil: firstStart };
}
