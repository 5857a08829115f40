import { z } from 'zod';

/**
 * The value lists the database's enums are made of (db/schema/enums.ts builds its pgEnums from these), so the
 * wire, the web and the database name the same values from one place.
 */
export const USER_ROLES = ['user', 'admin'] as const;
export const USER_STATUSES = ['active', 'blocked'] as const;
export const LEVELS = ['junior', 'middle', 'senior'] as const;
export const LANGUAGES = ['ru', 'en'] as const;
export const SLOT_STATUSES = ['open', 'booked', 'completed', 'archived', 'cancelled', 'expired'] as const;
export const BOOKING_STATUSES = [
  'active',
  'cancelled_by_candidate',
  'cancelled_by_interviewer',
  'cancelled_by_admin',
] as const;
export const LEDGER_REASONS = [
  'signup_bonus',
  'booking_spend',
  'booking_refund',
  'interview_reward',
  'admin_adjustment',
] as const;
export const HIRE_RECOMMENDATIONS = ['no_hire', 'hire', 'strong_hire'] as const;
export const REPORT_STATUSES = ['pending', 'upheld', 'rejected'] as const;
/** A strike: a no-show upheld by an admin, or an interviewer's cancellation inside the cutoff. */
export const STRIKE_KINDS = ['no_show', 'late_cancellation'] as const;

export const ZRole = z.enum(USER_ROLES);
export const ZLevel = z.enum(LEVELS);
export const ZLanguage = z.enum(LANGUAGES);
export const ZSlotStatus = z.enum(SLOT_STATUSES);
export const ZLedgerReason = z.enum(LEDGER_REASONS);

export type Role = z.infer<typeof ZRole>;
export type Level = z.infer<typeof ZLevel>;
export type Language = z.infer<typeof ZLanguage>;
export type SlotStatus = z.infer<typeof ZSlotStatus>;
export type LedgerReason = z.infer<typeof ZLedgerReason>;

export const ZReportStatus = z.enum(REPORT_STATUSES);
export const ZStrikeKind = z.enum(STRIKE_KINDS);
export type ReportStatus = z.infer<typeof ZReportStatus>;
export type StrikeKind = z.infer<typeof ZStrikeKind>;
