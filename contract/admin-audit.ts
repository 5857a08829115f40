import { z } from 'zod';
import { ZAdminPerson, ZAuditAction } from './admin.ts';
import { ZInstant, ZText } from './common.ts';

/** A person the audit log is filtered by: their id, or their login (any case). */
const ZPersonRef = ZText.trim().min(1, 'required').max(64, 'too_long');

export const ZAuditQuery = z.strictObject({
  /** The admin who acted. */
  actor: ZPersonRef.optional(),
  action: ZAuditAction.optional(),
  /** The user the action was done to. */
  target: ZPersonRef.optional(),
  /** Entries written at or after this moment. */
  from: ZInstant.optional(),
  /** Entries written before this moment. */
  to: ZInstant.optional(),
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,17}$/, 'invalid_format')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

const ZJsonObject = z.record(z.string(), z.unknown());

/** One admin action as the log keeps it: who, what, to whom, the state before and after, why, when. */
export const ZAuditEntry = z.object({
  id: z.number().int(),
  action: ZAuditAction,
  /** Null for the command line and the environment at first start. */
  actor: ZAdminPerson.nullable(),
  targetUser: ZAdminPerson.nullable(),
  /** What else the action was about: 'report', 'profession', 'interview' (a slot id)… */
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  before: ZJsonObject.nullable(),
  after: ZJsonObject.nullable(),
  reason: z.string().nullable(),
  details: ZJsonObject,
  createdAt: z.iso.datetime(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditPage = z.object({
  items: z.array(ZAuditEntry),
  /** Pass back as `cursor` for the next (older) page. */
  nextCursor: z.string().nullable(),
});
export type TAuditPage = z.infer<typeof ZAuditPage>;
