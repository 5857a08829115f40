import type { AuditAction } from '#contract/admin.ts';
import type { TAuditEntry } from '#contract/admin-audit.ts';

/** Each action's title in the catalog (catalog keys cannot hold the dots of the action names). */
export const AUDIT_ACTION_KEYS = {
  'admin.granted': 'admin.audit.actions.adminGranted',
  'admin.revoked': 'admin.audit.actions.adminRevoked',
  'user.blocked': 'admin.audit.actions.userBlocked',
  'user.unblocked': 'admin.audit.actions.userUnblocked',
  'points.adjusted': 'admin.audit.actions.pointsAdjusted',
  'report.upheld': 'admin.audit.actions.reportUpheld',
  'report.rejected': 'admin.audit.actions.reportRejected',
  'profession.created': 'admin.audit.actions.professionCreated',
  'profession.updated': 'admin.audit.actions.professionUpdated',
  'profession.archived': 'admin.audit.actions.professionArchived',
  'profession.restored': 'admin.audit.actions.professionRestored',
  'professions.reordered': 'admin.audit.actions.professionsReordered',
  'interview.cancelled': 'admin.audit.actions.interviewCancelled',
} as const satisfies Record<AuditAction, `admin.audit.actions.${string}`>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Scalar = string | number | boolean | null;

/** One field that changed: its value before and after (null when the field was not there). */
export type AuditChange = { field: string; before: Scalar; after: Scalar };

const isScalar = (value: unknown): value is Scalar =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * What the action changed, field by field, for a compact "before → after": fields whose value differs, in the
 * order they were written. Ids and lists (a new order, who was refunded) say nothing at a glance and are left
 * to the title and the links.
 */
export function auditChanges(entry: Pick<TAuditEntry, 'before' | 'after'>): AuditChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.flatMap((field) => {
    const was = before[field] ?? null;
    const is = after[field] ?? null;
    if (!isScalar(was) || !isScalar(is) || was === is) return [];
    if ([was, is].some((value) => typeof value === 'string' && UUID.test(value))) return [];
    return [{ field, before: was, after: is }];
  });
}

/** The points an adjustment moved: its `delta` detail, or the difference of the balances. */
export function pointsDelta(entry: Pick<TAuditEntry, 'before' | 'after' | 'details'>): number | null {
  const { delta } = entry.details;
  if (typeof delta === 'number') return delta;
  const was = entry.before?.balance;
  const is = entry.after?.balance;
  return typeof was === 'number' && typeof is === 'number' ? is - was : null;
}

/** The profession an entry names (in Russian), as it was after the action, before it, or as the details say. */
export function professionNamed(entry: Pick<TAuditEntry, 'before' | 'after' | 'details'>): string | null {
  const name = entry.after?.nameRu ?? entry.before?.nameRu ?? entry.details.nameRu;
  return typeof name === 'string' ? name : null;
}
