import { z } from 'zod';
import { ZText } from './common.ts';
import { ADMIN_REASON_MAX } from './rules.ts';

/** Every prefix an admin route lives under: one place, so the authorization matrix can find them all. */
export const ADMIN_API_PREFIX = '/api/admin';

/** What the audit log records, one name per kind of admin action. */
export const AUDIT_ACTIONS = [
  'admin.granted',
  'admin.revoked',
  'user.blocked',
  'user.unblocked',
  'points.adjusted',
  'report.upheld',
  'report.rejected',
  'profession.created',
  'profession.updated',
  'profession.archived',
  'profession.restored',
  'professions.reordered',
  'interview.cancelled',
] as const;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof ZAuditAction>;

/** The reason or note an admin must give: trimmed, 1–2000 characters. */
export const ZAdminReason = ZText.trim().min(1, 'required').max(ADMIN_REASON_MAX, 'too_long');

/** A person as the admin pages name them, with the id the admin routes take. */
export const ZAdminPerson = z.object({ id: z.uuid(), login: z.string(), displayName: z.string() });
export type TAdminPerson = z.infer<typeof ZAdminPerson>;
