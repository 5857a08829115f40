import { z } from 'zod';
import { ZAdminPerson, ZAdminReason } from './admin.ts';
import {
  ZCursor,
  ZLedgerReason,
  ZLevel,
  ZLocalizedName,
  ZReportStatus,
  ZRole,
  ZSlotStatus,
  ZStrikeKind,
  ZText,
} from './common.ts';
import { BOOKING_STATUSES, USER_STATUSES } from './enums.ts';

/** The longest search term, and how many people one page of results holds. */
export const USER_SEARCH_MAX = 64;
export const USER_SEARCH_PAGE = 20;
/** The most points one adjustment may add or take. */
export const ADMIN_ADJUST_MAX = 1000;
/** How much of each history the user card shows: the latest entries. */
export const USER_CARD_ITEMS = 20;

export const ZUserStatus = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof ZUserStatus>;

/** `q`: a part of the login or display name, any case; blank or absent lists the newest users. */
export const ZUserSearchQuery = z.strictObject({
  q: ZText.trim().max(USER_SEARCH_MAX, 'too_long').optional(),
  cursor: ZCursor.optional(),
});
export type TUserSearchQuery = z.infer<typeof ZUserSearchQuery>;

/** One person in the admin's search results. */
export const ZAdminUserSummary = ZAdminPerson.extend({
  role: ZRole,
  status: ZUserStatus,
  balance: z.number().int(),
  strikes: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type TAdminUserSummary = z.infer<typeof ZAdminUserSummary>;

export const ZAdminUserPage = z.object({
  items: z.array(ZAdminUserSummary),
  /** Pass back as `cursor` for the next (older) page; null on the last one. */
  nextCursor: z.string().nullable(),
});
export type TAdminUserPage = z.infer<typeof ZAdminUserPage>;

const ZInterviewRef = z.object({
  slotId: z.uuid(),
  startsAt: z.iso.datetime(),
  profession: ZLocalizedName,
});

/** Everything an admin needs to judge one person, each history cut to its latest USER_CARD_ITEMS entries. */
export const ZAdminUserCard = z.object({
  profile: ZAdminUserSummary.omit({ balance: true, strikes: true }).extend({
    bio: z.string(),
    contacts: z.string(),
    level: ZLevel.nullable(),
    timeZone: z.string(),
    professions: z.array(z.object({ id: z.uuid(), name: ZLocalizedName })),
    blockedAt: z.iso.datetime().nullable(),
    blockedReason: z.string().nullable(),
  }),
  balance: z.number().int(),
  strikes: z.object({
    total: z.number().int(),
    /** Within the last STRIKES_SUGGEST_BLOCK.windowDays days, and whether that many suggests a block. */
    recent: z.number().int(),
    suggestBlock: z.boolean(),
    items: z.array(ZInterviewRef.extend({ id: z.uuid(), kind: ZStrikeKind, createdAt: z.iso.datetime() })),
  }),
  /** On either side, latest start first; `other` is the interviewer, or the candidate of the latest booking. */
  interviews: z.array(
    ZInterviewRef.extend({
      role: z.enum(['interviewer', 'candidate']),
      status: ZSlotStatus,
      /** The booking's own status: a candidate's booking may be cancelled while the slot lives on. */
      bookingStatus: z.enum(BOOKING_STATUSES).nullable(),
      other: ZAdminPerson.nullable(),
    }),
  ),
  ledger: z.array(
    z.object({
      id: z.number().int(),
      delta: z.number().int(),
      reason: ZLedgerReason,
      note: z.string(),
      createdAt: z.iso.datetime(),
      slotId: z.uuid().nullable(),
    }),
  ),
  /** No-show reports against this person and filed by them, newest first. */
  reports: z.array(
    ZInterviewRef.extend({
      id: z.uuid(),
      direction: z.enum(['against', 'filed']),
      other: ZAdminPerson,
      status: ZReportStatus,
      comment: z.string(),
      resolutionNote: z.string().nullable(),
      createdAt: z.iso.datetime(),
      resolvedAt: z.iso.datetime().nullable(),
    }),
  ),
  /** The sessions that can still act: signed in, not ended, their refresh token not expired. */
  sessions: z.array(
    z.object({
      id: z.uuid(),
      userAgent: z.string(),
      createdAt: z.iso.datetime(),
      /** The last refresh (or the sign-in), and when the session runs out unless refreshed again. */
      lastUsedAt: z.iso.datetime(),
      expiresAt: z.iso.datetime(),
    }),
  ),
  /** The only active admin: the role cannot be taken (last_admin). */
  isLastAdmin: z.boolean(),
});
export type TAdminUserCard = z.infer<typeof ZAdminUserCard>;

/** A change of balance by an admin: never zero, at most ADMIN_ADJUST_MAX either way. */
export const ZAdjustPointsBody = z.strictObject({
  delta: z
    .number()
    .int('invalid_format')
    .min(-ADMIN_ADJUST_MAX, 'invalid_value')
    .max(ADMIN_ADJUST_MAX, 'invalid_value')
    .refine((delta) => delta !== 0, 'invalid_value'),
  reason: ZAdminReason,
  /** Made once per opened form: a second submit of the same form changes nothing and gets the same answer. */
  requestId: z.uuid('invalid_format'),
});
export type TAdjustPointsBody = z.infer<typeof ZAdjustPointsBody>;

export const ZAdjustPointsResult = z.object({
  userId: z.uuid(),
  delta: z.number().int(),
  balance: z.number().int(),
});
export type TAdjustPointsResult = z.infer<typeof ZAdjustPointsResult>;

export const ZAdminReasonBody = z.strictObject({ reason: ZAdminReason });
export type TAdminReasonBody = z.infer<typeof ZAdminReasonBody>;

export const ZGrantAdminBody = z.strictObject({ reason: ZAdminReason.optional() });
export type TGrantAdminBody = z.infer<typeof ZGrantAdminBody>;

/** What blocking did: the account and what was called off with it. */
export const ZBlockResult = z.object({
  user: ZAdminUserSummary,
  /** Their open slots withdrawn. */
  slotsWithdrawn: z.number().int(),
  /** Their booked future interviews as the interviewer, cancelled with the candidates refunded. */
  interviewsCancelled: z.number().int(),
  /** Their future bookings as the candidate, given back (refunded; the slots are open again). */
  bookingsCancelled: z.number().int(),
  sessionsEnded: z.number().int(),
});
export type TBlockResult = z.infer<typeof ZBlockResult>;
