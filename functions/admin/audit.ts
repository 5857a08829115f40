import type { AuditAction } from '#contract/admin.ts';
import type { Db, Tx } from '#db/client.ts';
import { adminAuditLog } from '#db/schema/index.ts';

export type AuditEntry = {
  /** The admin; null for the command line and INITIAL_ADMIN_LOGIN. */
  actorId: string | null;
  action: AuditAction;
  targetUserId?: string | null;
  /** What else the action is about: 'report', 'profession', 'interview' (a slot id)… */
  target?: { type: string; id: string };
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
  details?: Record<string, unknown>;
  now: Date;
};

/**
 * Writes one audit entry in the caller's transaction, the one that performs the action: the action and its
 * record commit together or not at all. The table refuses updates and deletes (migration 0003).
 */
export async function recordAudit(tx: Db | Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(adminAuditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetUserId: entry.targetUserId ?? null,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? {},
    createdAt: entry.now,
  });
}
