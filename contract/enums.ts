/**
 * The value lists the database's enums are made of (db/schema/enums.ts builds its pgEnums from these), so the
 * wire, the web and the database name the same values from one place; and the other lists the web shows as
 * choices. No zod here: the web's first load takes these lists without the schema library (their zod enums
 * are in common.ts).
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

export const EXCHANGE_SORTS = ['soonest', 'best_rated'] as const;
export const INTERVIEW_SCOPES = ['upcoming', 'past', 'archive'] as const;

export type Role = (typeof USER_ROLES)[number];
export type Level = (typeof LEVELS)[number];
export type Language = (typeof LANGUAGES)[number];
export type SlotStatus = (typeof SLOT_STATUSES)[number];
export type LedgerReason = (typeof LEDGER_REASONS)[number];
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type StrikeKind = (typeof STRIKE_KINDS)[number];
export type ExchangeSort = (typeof EXCHANGE_SORTS)[number];
export type InterviewScope = (typeof INTERVIEW_SCOPES)[number];
