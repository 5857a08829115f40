import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ledgerReason } from './enums.ts';
import { bookings } from './slots.ts';
import { users } from './users.ts';

// Append-only: entries are never updated or deleted; users.balance is their running sum.
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    delta: integer().notNull(),
    reason: ledgerReason().notNull(),
    // What the entry is for (a booking id, an admin action id, 'signup'): the same event pays once.
    reference: text().notNull(),
    bookingId: uuid().references(() => bookings.id),
    note: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ledger_entries_once_per_event').on(t.userId, t.reason, t.reference),
    index('ledger_entries_user_created_idx').on(t.userId, t.createdAt),
    // The admin dashboard's points movements over a date range.
    index('ledger_entries_created_idx').on(t.createdAt),
    check('ledger_entries_delta_non_zero', sql`${t.delta} <> 0`),
  ],
);
