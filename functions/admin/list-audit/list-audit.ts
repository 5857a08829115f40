import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { TAuditPage, TAuditQuery } from '#contract/admin-audit.ts';
import type { Db } from '#db/client.ts';
import { adminAuditLog } from '#db/schema/index.ts';
import { findUserIdByLogin } from '#functions/admin/admins.ts';
import { auditEntryQuery, toAuditEntry } from '#functions/admin/audit-entries.ts';

type Input = TAuditQuery & { db: Db };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A person named by id or by login; undefined when no such login exists. */
async function personId(db: Db, ref: string): Promise<string | undefined> {
  return UUID.test(ref) ? ref.toLowerCase() : findUserIdByLogin(db, ref);
}

/**
 * The audit log, newest first, a page at a time (keyset on the entry's id, which only grows): by the admin who
 * acted, the action, the user acted on, and when. A login that names nobody matches nothing.
 */
export async function listAudit({
  db,
  actor,
  action,
  target,
  from,
  to,
  cursor,
  limit,
}: Input): Promise<TAuditPage> {
  const [actorId, targetId] = await Promise.all([
    actor === undefined ? undefined : personId(db, actor),
    target === undefined ? undefined : personId(db, target),
  ]);
  if ((actor !== undefined && !actorId) || (target !== undefined && !targetId))
    return { items: [], nextCursor: null };
  const rows = await auditEntryQuery(db)
    .where(
      and(
        actorId ? eq(adminAuditLog.actorId, actorId) : undefined,
        action ? eq(adminAuditLog.action, action) : undefined,
        targetId ? eq(adminAuditLog.targetUserId, targetId) : undefined,
        from ? gte(adminAuditLog.createdAt, from) : undefined,
        to ? lt(adminAuditLog.createdAt, to) : undefined,
        cursor ? lt(adminAuditLog.id, Number(cursor)) : undefined,
      ),
    )
    .orderBy(desc(adminAuditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toAuditEntry),
    nextCursor: rows.length > limit && last ? String(last.entry.id) : null,
  };
}
