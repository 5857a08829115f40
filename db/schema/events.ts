import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * The order in which public events reach watchers, given out when an event is dispatched (never at write
 * time), so the public stream is numbered without gaps and a gap tells a client it missed something.
 */
export const eventVersion = pgSequence('event_version');
/** Personal events are numbered apart, so they never make holes in the public stream. */
export const personalEventVersion = pgSequence('personal_event_version');

/**
 * The transactional outbox: an event is written in the same transaction as the change it reports, so it
 * exists exactly when the change does. A dispatcher publishes pending rows to Redis, numbering them.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    name: text().notNull(),
    /** null: everyone watching the exchange; otherwise the one user it is for. */
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    version: bigint({ mode: 'number' }),
    dispatchedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('outbox_events_pending_idx').on(t.id).where(sql`${t.dispatchedAt} is null`),
    uniqueIndex('outbox_events_public_version_key').on(t.version).where(sql`${t.userId} is null`),
    index('outbox_events_dispatched_idx').on(t.dispatchedAt),
  ],
);
