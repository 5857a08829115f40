import { and, asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import { attendanceOf, type TProfile } from '#contract/profiles.ts';
import type { Db } from '#db/client.ts';
import {
  bookings,
  interviewerReviews,
  professions,
  slots,
  strikes,
  userProfessions,
} from '#db/schema/index.ts';
import { activeUserByLogin } from '#functions/users/users.ts';

const HELD = ['completed', 'archived'] as const;

/** A user's public profile by login (any case), with the figures it shows computed in a few indexed reads. */
export async function getProfile({ db, login }: { db: Db; login: string }): Promise<TProfile> {
  const user = await activeUserByLogin(db, login);
  const held = (role: 'interviewer' | 'candidate') =>
    db
      .select({ n: count() })
      .from(slots)
      .innerJoin(bookings, and(eq(bookings.slotId, slots.id), eq(bookings.status, 'active')))
      .where(
        and(
          inArray(slots.status, HELD),
          role === 'interviewer' ? eq(slots.interviewerId, user.id) : eq(bookings.candidateId, user.id),
        ),
      );
  const [chosen, [conducted], [taken], scores, [late]] = await Promise.all([
    db
      .select({ id: professions.id, slug: professions.slug, ru: professions.nameRu, en: professions.nameEn })
      .from(userProfessions)
      .innerJoin(professions, eq(professions.id, userProfessions.professionId))
      .where(eq(userProfessions.userId, user.id))
      .orderBy(asc(professions.position)),
    held('interviewer'),
    held('candidate'),
    db
      .select({ rating: interviewerReviews.rating, n: count() })
      .from(interviewerReviews)
      .innerJoin(bookings, eq(bookings.id, interviewerReviews.bookingId))
      .where(and(eq(interviewerReviews.subjectId, user.id), isNotNull(bookings.feedbackRevealedAt)))
      .groupBy(interviewerReviews.rating),
    // A late cancellation was booked and not attended: it counts in `booked` as well as in the strikes.
    db
      .select({ n: count() })
      .from(strikes)
      .where(and(eq(strikes.userId, user.id), eq(strikes.kind, 'late_cancellation'))),
  ]);
  const distribution = [1, 2, 3, 4, 5].map((score) => scores.find((s) => s.rating === score)?.n ?? 0);
  return {
    login: user.login,
    displayName: user.displayName,
    level: user.level,
    professions: chosen.map((p) => ({ id: p.id, slug: p.slug, name: { ru: p.ru, en: p.en } })),
    memberSince: user.createdAt.toISOString(),
    interviewsConducted: conducted?.n ?? 0,
    interviewsTaken: taken?.n ?? 0,
    rating: {
      average: user.ratingCount > 0 ? Math.round((user.ratingSum / user.ratingCount) * 100) / 100 : null,
      count: user.ratingCount,
      distribution,
    },
    // users.strikes is kept with the strikes table (attendance/strikes.ts): upheld no-shows and late cancellations.
    attendance: attendanceOf({
      held: (conducted?.n ?? 0) + (taken?.n ?? 0),
      lateCancellations: late?.n ?? 0,
      strikes: user.strikes,
    }),
  };
}
