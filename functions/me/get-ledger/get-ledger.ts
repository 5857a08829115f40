import { and, desc, eq, lt } from 'drizzle-orm';
import type { TLedger, TLedgerQuery } from '#contract/points.ts';
import type { Db } from '#db/client.ts';
import { bookings, ledgerEntries, professions, slots, users } from '#db/schema/index.ts';

type Input = TLedgerQuery & { db: Db; userId: string };

/** The balance and its history, newest first, each entry with the interview it concerns. */
export async function getLedger({ db, userId, before, limit }: Input): Promise<TLedger> {
  const [[user], rows] = await Promise.all([
    db.select({ balance: users.balance }).from(users).where(eq(users.id, userId)),
    db
      .select({
        entry: ledgerEntries,
        slotId: slots.id,
        startsAt: slots.startsAt,
        nameRu: professions.nameRu,
        nameEn: professions.nameEn,
      })
      .from(ledgerEntries)
      .leftJoin(bookings, eq(bookings.id, ledgerEntries.bookingId))
      .leftJoin(slots, eq(slots.id, bookings.slotId))
      .leftJoin(professions, eq(professions.id, slots.professionId))
      .where(and(eq(ledgerEntries.userId, userId), before ? lt(ledgerEntries.id, before) : undefined))
      .orderBy(desc(ledgerEntries.id))
      .limit(limit + 1),
  ]);
  const page = rows.slice(0, limit);
  return {
    balance: user?.balance ?? 0,
    items: page.map(({ entry, slotId, startsAt, nameRu, nameEn }) => ({
      id: entry.id,
      delta: entry.delta,
      reason: entry.reason,
      note: entry.note,
      createdAt: entry.createdAt.toISOString(),
      slot:
        slotId && startsAt
          ? {
              id: slotId,
              startsAt: startsAt.toISOString(),
              professionName: { ru: nameRu ?? '', en: nameEn ?? '' },
            }
          : null,
    })),
    nextBefore: rows.length > limit ? (page.at(-1)?.entry.id ?? null) : null,
  };
}
