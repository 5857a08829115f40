import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

// The private calendar feed URL carries a secret token; only its hash is stored. Rotating revokes the old one.
export const calendarFeedTokens = pgTable(
  'calendar_feed_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feed_tokens_hash_key').on(t.tokenHash),
    uniqueIndex('calendar_feed_tokens_one_live_per_user').on(t.userId).where(sql`${t.revokedAt} is null`),
  ],
);
