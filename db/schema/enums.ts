import { pgEnum } from 'drizzle-orm/pg-core';
import {
  BOOKING_STATUSES,
  HIRE_RECOMMENDATIONS,
  LANGUAGES,
  LEDGER_REASONS,
  LEVELS,
  REPORT_STATUSES,
  SLOT_STATUSES,
  STRIKE_KINDS,
  USER_ROLES,
  USER_STATUSES,
} from '#contract/enums.ts';

export const userRole = pgEnum('user_role', USER_ROLES);
export const userStatus = pgEnum('user_status', USER_STATUSES);
export const experienceLevel = pgEnum('experience_level', LEVELS);
export const interviewLanguage = pgEnum('interview_language', LANGUAGES);
export const slotStatus = pgEnum('slot_status', SLOT_STATUSES);
export const bookingStatus = pgEnum('booking_status', BOOKING_STATUSES);
export const ledgerReason = pgEnum('ledger_reason', LEDGER_REASONS);
export const hireRecommendation = pgEnum('hire_recommendation', HIRE_RECOMMENDATIONS);
export const reportStatus = pgEnum('report_status', REPORT_STATUSES);
export const strikeKind = pgEnum('strike_kind', STRIKE_KINDS);
