import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bookingStatus, experienceLevel, interviewLanguage, slotStatus } from './enums.ts';
import { professions } from './professions.ts';
import { users } from './users.ts';

export const slots = pgTable(
  'slots',
  {
    id: uuid().primaryKey().defaultRandom(),
    interviewerId: uuid()
      .notNull()
      .references(() => users.id),
    professionId: uuid()
      .notNull()
      .references(() => professions.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull(),
    meetingUrl: text().notNull(),
    level: experienceLevel(),
    language: interviewLanguage().notNull().default('ru'),
    description: text().notNull().default(''),
    status: slotStatus().notNull().default('open'),
    // Grows with every change a calendar must see (the iCalendar SEQUENCE) and every event about the slot.
    sequence: integer().notNull().default(0),
    lockedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    expiredAt: timestamp({ withTimezone: true }),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('slots_duration_allowed', sql`${t.durationMinutes} in (30, 45, 60, 90, 120)`),
    check(
      'slots_ends_after_start',
      sql`${t.endsAt} = ${t.startsAt} + ${t.durationMinutes} * interval '1 minute'`,
    ),
    check(
      'slots_meeting_url_https',
      sql`${t.meetingUrl} like 'https://%' and length(${t.meetingUrl}) <= 2048`,
    ),
    check('slots_description_length', sql`length(${t.description}) <= 2000`),
    index('slots_status_starts_idx').on(t.status, t.startsAt),
    index('slots_interviewer_starts_idx').on(t.interviewerId, t.startsAt),
    index('slots_created_idx').on(t.createdAt),
    index('slots_starts_idx').on(t.startsAt),
  ],
);

export const bookings = pgTable(
  'bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    slotId: uuid()
      .notNull()
      .references(() => slots.id),
    candidateId: uuid()
      .notNull()
      .references(() => users.id),
    status: bookingStatus().notNull().default('active'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp({ withTimezone: true }),
    // Double-blind feedback: both sides see each other's once both submitted or the window closed.
    feedbackRevealedAt: timestamp({ withTimezone: true }),
    // The one reminder a day before the feedback window closes.
    feedbackRemindedAt: timestamp({ withTimezone: true }),
    // Anti-farming, decided at booking and shown then: false when the interviewer already has an earning
    // interview with this candidate within the pair window (docs/domain.md "Anti-farming").
    earnsReward: boolean().notNull().default(true),
  },
  (t) => [
    // One slot, one candidate: a second active booking of the same slot cannot exist.
    uniqueIndex('bookings_one_active_per_slot').on(t.slotId).where(sql`${t.status} = 'active'`),
    index('bookings_candidate_idx').on(t.candidateId),
    // Every booking of a slot, cancelled ones included (its history, the dashboard's called-off bookings).
    index('bookings_slot_idx').on(t.slotId),
    index('bookings_created_idx').on(t.createdAt),
    check('bookings_cancelled_at_matches_status', sql`(${t.status} = 'active') = (${t.cancelledAt} is null)`),
  ],
);
