import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

// Every admin action (role grants, balance adjustments, blocks, moderation), and who did it.
// actorId is null for actions taken from the command line or the environment at start.
export const adminAuditLog = pgTable(
  'admin_audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actorId: uuid().references(() => users.id),
    action: text().notNull(),
    targetUserId: uuid().references(() => users.id),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('admin_audit_log_created_idx').on(t.createdAt)],
);
