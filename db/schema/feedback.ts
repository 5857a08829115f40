import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { hireRecommendation } from './enums.ts';
import { bookings } from './slots.ts';
import { users } from './users.ts';

const score = (column: AnyPgColumn) => sql`${column} between 1 and 5`;
const optionalScore = (column: AnyPgColumn) => sql`${column} is null or ${column} between 1 and 5`;

// Candidate → interviewer: the rating and a public review.
export const interviewerReviews = pgTable(
  'interviewer_reviews',
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    subjectId: uuid()
      .notNull()
      .references(() => users.id),
    rating: smallint().notNull(),
    preparation: smallint(),
    clarity: smallint(),
    usefulness: smallint(),
    comment: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('interviewer_reviews_once_per_booking').on(t.bookingId),
    index('interviewer_reviews_subject_idx').on(t.subjectId, t.createdAt),
    index('interviewer_reviews_author_idx').on(t.authorId, t.createdAt),
    check('interviewer_reviews_rating', score(t.rating)),
    check('interviewer_reviews_comment_length', sql`length(${t.comment}) <= 2000`),
    check('interviewer_reviews_preparation', optionalScore(t.preparation)),
    check('interviewer_reviews_clarity', optionalScore(t.clarity)),
    check('interviewer_reviews_usefulness', optionalScore(t.usefulness)),
  ],
);

// Interviewer → candidate: private to the candidate.
export const candidateAssessments = pgTable(
  'candidate_assessments',
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    subjectId: uuid()
      .notNull()
      .references(() => users.id),
    technicalKnowledge: smallint().notNull(),
    problemSolving: smallint().notNull(),
    communication: smallint().notNull(),
    recommendation: hireRecommendation().notNull(),
    strengths: text().notNull().default(''),
    improvements: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('candidate_assessments_once_per_booking').on(t.bookingId),
    index('candidate_assessments_subject_idx').on(t.subjectId, t.createdAt),
    index('candidate_assessments_author_idx').on(t.authorId, t.createdAt),
    check('candidate_assessments_technical', score(t.technicalKnowledge)),
    check('candidate_assessments_problem_solving', score(t.problemSolving)),
    check('candidate_assessments_communication', score(t.communication)),
    check(
      'candidate_assessments_text_length',
      sql`length(${t.strengths}) <= 2000 and length(${t.improvements}) <= 2000`,
    ),
  ],
);
