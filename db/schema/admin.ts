import { sql } from 'drizzle-orm';
import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

// Every admin action (role grants, balance adjustments, blocks, moderation, professions, cancellations): who
// did what to whom, the state before and after, and why. Written in the transaction of the action itself;
// append-only (a trigger refuses UPDATE and DELETE, migration 0003). actorId is null for actions taken from
// the command line or the environment at start.
export const adminAuditLog = pgTable(
  'admin_audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actorId: uuid().references(() => users.id),
    action: text().notNull(),
    targetUserId: uuid().references(() => users.id),
    /** What else the action was about: a report, a profession, an interview (slot). */
    targetType: text(),
    targetId: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>(),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('admin_audit_log_created_idx').on(t.createdAt),
    index('admin_audit_log_actor_idx').on(t.actorId, t.createdAt),
    index('admin_audit_log_target_user_idx').on(t.targetUserId, t.createdAt),
    index('admin_audit_log_action_idx').on(t.action, t.createdAt),
    check('admin_audit_log_reason_length', sql`length(${t.reason}) <= 2000`),
  ],
);
