import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AUDIT_ACTIONS } from '#contract/admin.ts';
import type { TAuditEntry } from '#contract/admin-audit.ts';
import type { Db, Tx } from '#db/client.ts';
import { adminAuditLog, users } from '#db/schema/index.ts';

const actors = alias(users, 'actors');
const targets = alias(users, 'target_users');

/** Audit entries with the people they name (the admin and the user acted on), for the admin pages. */
export function auditEntryQuery(db: Db | Tx) {
  return db
    .select({
      entry: adminAuditLog,
      actorLogin: actors.login,
      actorName: actors.displayName,
      targetLogin: targets.login,
      targetName: targets.displayName,
    })
    .from(adminAuditLog)
    .leftJoin(actors, eq(actors.id, adminAuditLog.actorId))
    .leftJoin(targets, eq(targets.id, adminAuditLog.targetUserId))
    .$dynamic();
}

type AuditRow = Awaited<ReturnType<typeof auditEntryQuery>>[number];

export function toAuditEntry(row: AuditRow): TAuditEntry {
  const { entry } = row;
  // Entries are written only by recordAudit, whose type admits these actions alone.
  const action = AUDIT_ACTIONS.find((known) => known === entry.action);
  if (!action) throw new Error(`audit entry ${entry.id} has an unknown action ${entry.action}`);
  return {
    id: entry.id,
    action,
    actor:
      entry.actorId && row.actorLogin !== null && row.actorName !== null
        ? { id: entry.actorId, login: row.actorLogin, displayName: row.actorName }
        : null,
    targetUser:
      entry.targetUserId && row.targetLogin !== null && row.targetName !== null
        ? { id: entry.targetUserId, login: row.targetLogin, displayName: row.targetName }
        : null,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before,
    after: entry.after,
    reason: entry.reason,
    details: entry.details,
    createdAt: entry.createdAt.toISOString(),
  };
}
