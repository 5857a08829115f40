import { and, desc, eq, isNotNull, lt, or } from 'drizzle-orm';
import type { TReviewPage, TReviewsQuery } from '#contract/feedback.ts';
import type { Db } from '#db/client.ts';
import { bookings, interviewerReviews, professions, slots, users } from '#db/schema/index.ts';
import { decodeCursor, encodeCursor } from '#functions/kernel/cursor.ts';
import { activeUserByLogin } from '#functions/users/users.ts';

type Input = TReviewsQuery & { db: Db; login: string };

/** An interviewer's public reviews, newest first: only revealed ones (double-blind until then). */
export async function listReviews({ db, login, cursor, limit }: Input): Promise<TReviewPage> {
  const subject = await activeUserByLogin(db, login);
  const after = cursor ? decodeCursor(cursor) : undefined;
  const rows = await db
    .select({
      review: interviewerReviews,
      authorLogin: users.login,
      authorName: users.displayName,
      professionRu: professions.nameRu,
      professionEn: professions.nameEn,
    })
    .from(interviewerReviews)
    .innerJoin(bookings, eq(bookings.id, interviewerReviews.bookingId))
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(professions, eq(professions.id, slots.professionId))
    .innerJoin(users, eq(users.id, interviewerReviews.authorId))
    .where(
      and(
        eq(interviewerReviews.subjectId, subject.id),
        isNotNull(bookings.feedbackRevealedAt),
        after
          ? or(
              lt(interviewerReviews.createdAt, after.startsAt),
              and(eq(interviewerReviews.createdAt, after.startsAt), lt(interviewerReviews.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(interviewerReviews.createdAt), desc(interviewerReviews.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.review;
  return {
    items: page.map((row) => ({
      id: row.review.id,
      rating: row.review.rating,
      comment: row.review.comment,
      author: { login: row.authorLogin, displayName: row.authorName },
      profession: { ru: row.professionRu, en: row.professionEn },
      createdAt: row.review.createdAt.toISOString(),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor({ startsAt: last.createdAt, id: last.id }) : null,
  };
}
