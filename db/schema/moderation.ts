import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { reportStatus, strikeKind } from './enums.ts';
import { bookings } from './slots.ts';
import { users } from './users.ts';

// "I am here" during the interview window: evidence for moderation.
export const checkIns = pgTable(
  'check_ins',
  {
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    checkedInAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('check_ins_once_per_side').on(t.bookingId, t.userId)],
);

export const noShowReports = pgTable(
  'no_show_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id),
    reporterId: uuid()
      .notNull()
      .references(() => users.id),
    accusedId: uuid()
      .notNull()
      .references(() => users.id),
    comment: text().notNull().default(''),
    status: reportStatus().notNull().default('pending'),
    resolvedBy: uuid().references(() => users.id),
    resolutionNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('no_show_reports_once_per_reporter').on(t.bookingId, t.reporterId),
    index('no_show_reports_status_idx').on(t.status, t.createdAt),
    index('no_show_reports_accused_idx').on(t.accusedId),
    index('no_show_reports_reporter_idx').on(t.reporterId),
    check('no_show_reports_comment_length', sql`length(${t.comment}) <= 2000`),
    check(
      'no_show_reports_resolution_consistent',
      sql`(${t.status} = 'pending') = (${t.resolvedAt} is null)`,
    ),
  ],
);

// A strike against a user: an upheld no-show, or an interviewer's cancellation inside the cutoff. At most one
// per user and interview, so no retry or second admin can strike twice; users.strikes is their count.
export const strikes = pgTable(
  'strikes',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    kind: strikeKind().notNull(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id),
    /** The upheld report, for a no-show strike. */
    reportId: uuid().references(() => noShowReports.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('strikes_once_per_interview').on(t.userId, t.bookingId),
    index('strikes_user_created_idx').on(t.userId, t.createdAt),
  ],
);
