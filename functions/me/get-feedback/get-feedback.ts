import { and, desc, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { TMyFeedback } from '#contract/profiles.ts';
import type { Db } from '#db/client.ts';
import {
  bookings,
  candidateAssessments,
  interviewerReviews,
  professions,
  slots,
  users,
} from '#db/schema/index.ts';
import { toAssessment, toReview } from '#functions/feedback/feedback.ts';

type Input = { db: Db; userId: string };

/** How many of each kind the page shows: the latest ones, enough for a year of weekly practice. */
const LATEST = 200;

/** The interview a feedback row is about, and the other person in it. */
const interview = {
  slotId: slots.id,
  startsAt: slots.startsAt,
  ru: professions.nameRu,
  en: professions.nameEn,
  login: users.login,
  displayName: users.displayName,
};

type InterviewColumns = {
  slotId: string;
  startsAt: Date;
  ru: string;
  en: string;
  login: string;
  displayName: string;
};

const refOf = (r: InterviewColumns) => ({
  slotId: r.slotId,
  startsAt: r.startsAt.toISOString(),
  profession: { ru: r.ru, en: r.en },
});
const personOf = (r: InterviewColumns) => ({ login: r.login, displayName: r.displayName });

/**
 * The owner's feedback, received (revealed only: double-blind until then) and given, oldest first so a chart
 * reads left to right. Each kind is one query over both directions; the other person is joined by whichever
 * of author and subject is not the owner.
 */
export async function getMyFeedback({ db, userId }: Input): Promise<TMyFeedback> {
  const received = (subjectId: typeof interviewerReviews.subjectId | typeof candidateAssessments.subjectId) =>
    and(eq(subjectId, userId), isNotNull(bookings.feedbackRevealedAt));
  const [reviews, assessments] = await Promise.all([
    db
      .select({ row: interviewerReviews, ...interview })
      .from(interviewerReviews)
      .innerJoin(bookings, eq(bookings.id, interviewerReviews.bookingId))
      .innerJoin(slots, eq(slots.id, bookings.slotId))
      .innerJoin(professions, eq(professions.id, slots.professionId))
      .innerJoin(
        users,
        eq(
          users.id,
          sql`case when ${interviewerReviews.authorId} = ${userId} then ${interviewerReviews.subjectId} else ${interviewerReviews.authorId} end`,
        ),
      )
      .where(or(eq(interviewerReviews.authorId, userId), received(interviewerReviews.subjectId)))
      .orderBy(desc(slots.startsAt))
      .limit(2 * LATEST),
    db
      .select({ row: candidateAssessments, ...interview })
      .from(candidateAssessments)
      .innerJoin(bookings, eq(bookings.id, candidateAssessments.bookingId))
      .innerJoin(slots, eq(slots.id, bookings.slotId))
      .innerJoin(professions, eq(professions.id, slots.professionId))
      .innerJoin(
        users,
        eq(
          users.id,
          sql`case when ${candidateAssessments.authorId} = ${userId} then ${candidateAssessments.subjectId} else ${candidateAssessments.authorId} end`,
        ),
      )
      .where(or(eq(candidateAssessments.authorId, userId), received(candidateAssessments.subjectId)))
      .orderBy(desc(slots.startsAt))
      .limit(2 * LATEST),
  ]);
  const oldestFirst = <T>(items: T[]) => items.slice(0, LATEST).reverse();
  return {
    assessmentsReceived: oldestFirst(assessments.filter((r) => r.row.subjectId === userId)).map((r) => ({
      ...refOf(r),
      from: personOf(r),
      assessment: toAssessment(r.row),
    })),
    reviewsReceived: oldestFirst(reviews.filter((r) => r.row.subjectId === userId)).map((r) => ({
      ...refOf(r),
      from: personOf(r),
      review: toReview(r.row),
    })),
    assessmentsGiven: oldestFirst(assessments.filter((r) => r.row.authorId === userId)).map((r) => ({
      ...refOf(r),
      to: personOf(r),
      assessment: toAssessment(r.row),
    })),
    reviewsGiven: oldestFirst(reviews.filter((r) => r.row.authorId === userId)).map((r) => ({
      ...refOf(r),
      to: personOf(r),
      review: toReview(r.row),
    })),
  };
}
