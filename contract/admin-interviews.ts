import { z } from 'zod';
import { ZAdminPerson, ZAdminReason } from './admin.ts';
import { ZAuditEntry } from './admin-audit.ts';
import {
  ZCursor,
  ZInstant,
  ZLanguage,
  ZLedgerReason,
  ZLevel,
  ZLocalizedName,
  ZReportStatus,
  ZSlotStatus,
  ZStrikeKind,
  ZText,
} from './common.ts';
import { BOOKING_STATUSES } from './enums.ts';

export const ZAdminInterviewsQuery = z.strictObject({
  status: ZSlotStatus.optional(),
  /** Interviews starting at or after this moment. */
  from: ZInstant.optional(),
  /** Interviews starting before this moment. */
  to: ZInstant.optional(),
  professionId: z.uuid('invalid_format').optional(),
  /** A part of the interviewer's or a candidate's login or name, any case. */
  person: ZText.trim().min(1, 'required').max(100, 'too_long').optional(),
  cursor: ZCursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type TAdminInterviewsQuery = z.infer<typeof ZAdminInterviewsQuery>;

const ZProfessionRef = z.object({ id: z.uuid(), slug: z.string(), name: ZLocalizedName });

/** One interview (a slot, whatever became of it) in the admins' list. */
export const ZAdminInterviewRow = z.object({
  id: z.uuid(),
  status: ZSlotStatus,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  profession: ZProfessionRef,
  interviewer: ZAdminPerson,
  /** Who holds the booking, or held the latest one; null when nobody ever booked. */
  candidate: ZAdminPerson.nullable(),
  /** A no-show report about it waits for an admin. */
  pendingReport: z.boolean(),
});
export type TAdminInterviewRow = z.infer<typeof ZAdminInterviewRow>;

export const ZAdminInterviewPage = z.object({
  items: z.array(ZAdminInterviewRow),
  nextCursor: z.string().nullable(),
});
export type TAdminInterviewPage = z.infer<typeof ZAdminInterviewPage>;

/** Everything that happened to one interview, for an admin: every booking and what came of it. */
export const ZAdminInterviewDetail = z.object({
  slot: z.object({
    id: z.uuid(),
    status: ZSlotStatus,
    profession: ZProfessionRef.extend({ archived: z.boolean() }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    level: ZLevel.nullable(),
    language: ZLanguage,
    description: z.string(),
    meetingUrl: z.string(),
    sequence: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    lockedAt: z.iso.datetime().nullable(),
    cancelledAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
    expiredAt: z.iso.datetime().nullable(),
    archivedAt: z.iso.datetime().nullable(),
  }),
  interviewer: ZAdminPerson,
  /** Whether an admin may call it off now: open or booked (started or not), not yet completed. */
  canCancel: z.boolean(),
  /** Every booking ever made of the slot, the earliest first. */
  bookings: z.array(
    z.object({
      id: z.uuid(),
      candidate: ZAdminPerson,
      status: z.enum(BOOKING_STATUSES),
      createdAt: z.iso.datetime(),
      cancelledAt: z.iso.datetime().nullable(),
      /** Anti-farming: whether the interviewer earns a point for it (decided at booking). */
      earnsReward: z.boolean(),
      feedbackRevealedAt: z.iso.datetime().nullable(),
      /** The candidate's review of the interviewer: when written and last edited (its content is theirs). */
      review: z.object({ createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() }).nullable(),
      /** The interviewer's assessment of the candidate. */
      assessment: z.object({ createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() }).nullable(),
      checkIns: z.array(z.object({ person: ZAdminPerson, at: z.iso.datetime() })),
      reports: z.array(
        z.object({
          id: z.uuid(),
          reporter: ZAdminPerson,
          accused: ZAdminPerson,
          comment: z.string(),
          status: ZReportStatus,
          createdAt: z.iso.datetime(),
          resolvedAt: z.iso.datetime().nullable(),
          resolvedBy: ZAdminPerson.nullable(),
          resolutionNote: z.string().nullable(),
        }),
      ),
      /** The points that moved for this booking: the candidate's spend and refund, the interviewer's reward. */
      ledger: z.array(
        z.object({
          id: z.number().int(),
          person: ZAdminPerson,
          delta: z.number().int(),
          reason: ZLedgerReason,
          note: z.string(),
          createdAt: z.iso.datetime(),
        }),
      ),
      strikes: z.array(
        z.object({
          person: ZAdminPerson,
          kind: ZStrikeKind,
          createdAt: z.iso.datetime(),
        }),
      ),
    }),
  ),
  /** What admins did about this interview and its reports, the earliest first. */
  audit: z.array(ZAuditEntry),
});
export type TAdminInterviewDetail = z.infer<typeof ZAdminInterviewDetail>;

export const ZCancelInterviewBody = z.strictObject({ reason: ZAdminReason });
export type TCancelInterviewBody = z.infer<typeof ZCancelInterviewBody>;
