import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { reportStatus } from './enums.ts';
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
  ],
);
