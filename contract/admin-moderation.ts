import { z } from 'zod';
import { ZAdminPerson, ZAdminReason } from './admin.ts';
import { ZCursor, ZLocalizedName, ZReportStatus } from './common.ts';
import { ZSlotRole } from './slots.ts';

export const ZReportsQuery = z.strictObject({
  status: ZReportStatus.default('pending'),
  cursor: ZCursor.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type TReportsQuery = z.infer<typeof ZReportsQuery>;

const count = z.number().int().nonnegative();

/** What an admin weighs about one side of a report: their record beyond this interview. */
export const ZPartyHistory = z.object({
  /** Interviews held (completed or archived with their booking), on each side. */
  interviewsConducted: count,
  interviewsTaken: count,
  /** Strikes of any kind: all of them, and those within STRIKES_SUGGEST_BLOCK.windowDays. */
  strikes: z.object({ total: count, recent: count }),
  /** Enough recent strikes to suggest a block (STRIKES_SUGGEST_BLOCK); admins decide. */
  suggestBlock: z.boolean(),
  /** No-show reports against them other than this one, by outcome. */
  reportsAgainst: z.object({ pending: count, upheld: count, rejected: count }),
  /** No-show reports they filed other than this one. */
  reportsFiled: count,
});
export type TPartyHistory = z.infer<typeof ZPartyHistory>;

/** One side of a report: who, on which side of the interview, their check-in and their record. */
export const ZReportParty = ZAdminPerson.extend({
  side: ZSlotRole,
  blocked: z.boolean(),
  /** When they pressed "I am here", or null. */
  checkedInAt: z.iso.datetime().nullable(),
  history: ZPartyHistory,
});
export type TReportParty = z.infer<typeof ZReportParty>;

/** A no-show report as the moderation queue shows it. */
export const ZAdminReport = z.object({
  id: z.uuid(),
  status: ZReportStatus,
  createdAt: z.iso.datetime(),
  comment: z.string(),
  /** Who resolved it, with their note; null while pending. */
  resolution: z.object({ by: ZAdminPerson, note: z.string(), at: z.iso.datetime() }).nullable(),
  interview: z.object({
    slotId: z.uuid(),
    profession: ZLocalizedName,
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
  }),
  reporter: ZReportParty,
  accused: ZReportParty,
  /** The candidate reviewed the interviewer (a candidate's review says the interview took place). */
  candidateReviewed: z.boolean(),
});
export type TAdminReport = z.infer<typeof ZAdminReport>;

export const ZReportPage = z.object({
  items: z.array(ZAdminReport),
  /** Pass back as `cursor` for the next page. */
  nextCursor: z.string().nullable(),
  /** How many reports wait for an admin, whatever the page lists. */
  pending: count,
});
export type TReportPage = z.infer<typeof ZReportPage>;

export const REPORT_OUTCOMES = ['upheld', 'rejected'] as const;
export const ZReportOutcome = z.enum(REPORT_OUTCOMES);
export type ReportOutcome = z.infer<typeof ZReportOutcome>;

export const ZResolveReportBody = z.strictObject({ outcome: ZReportOutcome, note: ZAdminReason });
export type TResolveReportBody = z.infer<typeof ZResolveReportBody>;

/** One of a flagged pair: who, how often they interviewed the other, and what they earned from them. */
export const ZPairMember = ZAdminPerson.extend({
  /** Interviews within the window where this person was the interviewer and the other the candidate. */
  interviewed: count,
  /** Points this person earned from interviewing the other within the window. */
  earned: count,
});

/**
 * Two people who interview each other suspiciously often (anti-farming): PAIR_FLAG.interviews or more
 * interviews together within PAIR_FLAG.windowDays, or bookings both ways within it.
 */
export const ZFlaggedPair = z.object({
  people: z.tuple([ZPairMember, ZPairMember]),
  /** Interviews together within the window, held or booked (not cancelled), both directions. */
  interviews: count,
  /** Each booked the other within the window. */
  bothWays: z.boolean(),
  /** The start of their latest interview together. */
  lastAt: z.iso.datetime(),
});
export type TFlaggedPair = z.infer<typeof ZFlaggedPair>;

export const ZFlaggedPairs = z.object({
  items: z.array(ZFlaggedPair),
  /** The window the figures cover: interviews starting from this moment on. */
  since: z.iso.datetime(),
});
export type TFlaggedPairs = z.infer<typeof ZFlaggedPairs>;
