import { pgEnum } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['user', 'admin']);
export const userStatus = pgEnum('user_status', ['active', 'blocked']);
export const experienceLevel = pgEnum('experience_level', ['junior', 'middle', 'senior']);
export const interviewLanguage = pgEnum('interview_language', ['ru', 'en']);
export const slotStatus = pgEnum('slot_status', [
  'open',
  'booked',
  'completed',
  'archived',
  'cancelled',
  'expired',
]);
export const bookingStatus = pgEnum('booking_status', [
  'active',
  'cancelled_by_candidate',
  'cancelled_by_interviewer',
  'cancelled_by_admin',
]);
export const ledgerReason = pgEnum('ledger_reason', [
  'signup_bonus',
  'booking_spend',
  'booking_refund',
  'interview_reward',
  'admin_adjustment',
]);
export const hireRecommendation = pgEnum('hire_recommendation', ['no_hire', 'hire', 'strong_hire']);
export const reportStatus = pgEnum('report_status', ['pending', 'upheld', 'rejected']);
