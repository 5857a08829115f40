import { z } from 'zod';
import { ZReportStatus, ZText } from './common.ts';
import { REPORT_TEXT_MAX } from './rules.ts';

/** One side's "I am here": when they pressed it, or null. */
const ZCheckIn = z.object({ checkedInAt: z.iso.datetime().nullable() });

/**
 * Attendance of an interview as one of its two participants sees it: both check-ins (evidence for
 * moderation), what the viewer may do now, the no-show report they filed and one filed against them.
 */
export const ZAttendance = z.object({
  /** "I am here" opens 10 minutes before the start and closes at the end. */
  checkInOpensAt: z.iso.datetime(),
  checkInClosesAt: z.iso.datetime(),
  interviewer: ZCheckIn,
  candidate: ZCheckIn,
  /** The viewer has not checked in yet and the window is open. */
  canCheckIn: z.boolean(),
  /** No-show reports are taken from the end until this moment (24 hours). */
  reportClosesAt: z.iso.datetime(),
  /** The window is open, the viewer has not reported yet and has not written feedback (which confirms it took place). */
  canReport: z.boolean(),
  /** The viewer's report that the other side did not show up, and how an admin resolved it. */
  myReport: z
    .object({
      status: ZReportStatus,
      comment: z.string(),
      createdAt: z.iso.datetime(),
      resolutionNote: z.string().nullable(),
    })
    .nullable(),
  /** The other side reported that the viewer did not show up (their comment is for the admin). */
  reportAgainstMe: z.object({ status: ZReportStatus, createdAt: z.iso.datetime() }).nullable(),
});
export type TAttendance = z.infer<typeof ZAttendance>;

/** A participant reports that the other side did not show up: what happened, for the admin who decides. */
export const ZNoShowReportBody = z.strictObject({
  comment: ZText.trim().min(1, 'required').max(REPORT_TEXT_MAX, 'too_long'),
});
export type TNoShowReportBody = z.infer<typeof ZNoShowReportBody>;
