import { and, desc, eq, exists, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { TAdminInterviewPage, TAdminInterviewsQuery } from '#contract/admin-interviews.ts';
import type { Db } from '#db/client.ts';
import { bookings, professions, slots, users } from '#db/schema/index.ts';
import { personsById } from '#functions/admin/interviews.ts';
import { decodeCursor, encodeCursor } from '#functions/kernel/cursor.ts';

type Input = TAdminInterviewsQuery & { db: Db };

/** `text` inside a LIKE pattern, its wildcards taken literally. */
const likeContaining = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * Every interview (a slot, whatever its status), the latest start first, a page at a time, filtered by status,
 * start range, profession and person: a part of the login or name of the interviewer or of anyone who booked
 * it (a booking given back counts: the admin is looking for what happened to that person). The person is
 * found through the trigram index on lower(login || ' ' || display_name), which serves `like '%…%'`.
 */
export async function listAdminInterviews({
  db,
  status,
  from,
  to,
  professionId,
  person,
  cursor,
  limit,
}: Input): Promise<TAdminInterviewPage> {
  const after = cursor ? decodeCursor(cursor) : undefined;
  const people = person
    ? db
        .select({ id: users.id })
        .from(users)
        .where(
          sql`lower(${users.login} || ' ' || ${users.displayName}) like lower(${likeContaining(person)})`,
        )
    : undefined;
  const rows = await db
    .select({
      slot: slots,
      profession: {
        id: professions.id,
        slug: professions.slug,
        ru: professions.nameRu,
        en: professions.nameEn,
      },
      interviewer: { id: users.id, login: users.login, displayName: users.displayName },
      // Written out in SQL: columns interpolated into a subquery of the select list lose their table names.
      pendingReport: sql<boolean>`exists (select 1 from no_show_reports r join bookings b on b.id = r.booking_id
        where b.slot_id = slots.id and r.status = 'pending')`,
    })
    .from(slots)
    .innerJoin(professions, eq(professions.id, slots.professionId))
    .innerJoin(users, eq(users.id, slots.interviewerId))
    .where(
      and(
        status ? eq(slots.status, status) : undefined,
        from ? gte(slots.startsAt, from) : undefined,
        to ? lt(slots.startsAt, to) : undefined,
        professionId ? eq(slots.professionId, professionId) : undefined,
        people
          ? or(
              inArray(slots.interviewerId, people),
              exists(
                db
                  .select({ one: sql`1` })
                  .from(bookings)
                  .where(and(eq(bookings.slotId, slots.id), inArray(bookings.candidateId, people))),
              ),
            )
          : undefined,
        after
          ? or(
              lt(slots.startsAt, after.startsAt),
              and(eq(slots.startsAt, after.startsAt), lt(slots.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(slots.startsAt), desc(slots.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  // The candidate shown: the one holding the booking, else whoever booked last.
  const latest = page.length
    ? await db
        .selectDistinctOn([bookings.slotId], { slotId: bookings.slotId, candidateId: bookings.candidateId })
        .from(bookings)
        .where(
          inArray(
            bookings.slotId,
            page.map((row) => row.slot.id),
          ),
        )
        .orderBy(bookings.slotId, desc(sql`${bookings.status} = 'active'`), desc(bookings.createdAt))
    : [];
  const candidateOf = new Map(latest.map((booking) => [booking.slotId, booking.candidateId]));
  const candidates = await personsById(db, candidateOf.values());
  const last = page.at(-1)?.slot;
  return {
    items: page.map(({ slot, profession, interviewer, pendingReport }) => {
      const candidateId = candidateOf.get(slot.id);
      return {
        id: slot.id,
        status: slot.status,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        profession: {
          id: profession.id,
          slug: profession.slug,
          name: { ru: profession.ru, en: profession.en },
        },
        interviewer,
        candidate: (candidateId && candidates.get(candidateId)) || null,
        pendingReport,
      };
    }),
    nextCursor: rows.length > limit && last ? encodeCursor({ startsAt: last.startsAt, id: last.id }) : null,
  };
}
