import { z } from 'zod';
import { ZLevel, ZLocalizedName } from './common.ts';
import { ZAssessment, ZReview } from './feedback.ts';

export const ZLoginParam = z.object({ login: z.string().regex(/^[A-Za-z0-9._-]{3,32}$/, 'invalid_format') });

export const ZPerson = z.object({ login: z.string(), displayName: z.string() });
export type TPerson = z.infer<typeof ZPerson>;

/** What anyone may see of a user: no contacts, no bio, no balance. */
export const ZProfile = z.object({
  login: z.string(),
  displayName: z.string(),
  level: ZLevel.nullable(),
  professions: z.array(z.object({ id: z.uuid(), slug: z.string(), name: ZLocalizedName })),
  memberSince: z.iso.datetime(),
  interviewsConducted: z.number().int(),
  interviewsTaken: z.number().int(),
  /** The plain average of revealed overall ratings (null without any), their count, and how many of each score. */
  rating: z.object({
    average: z.number().nullable(),
    count: z.number().int(),
    /** distribution[0] counts the 1s … distribution[4] the 5s. */
    distribution: z.array(z.number().int()).length(5),
  }),
  /**
   * Attendance on either side: `booked` counts the interviews held and the user's late cancellations,
   * `strikes` the upheld no-shows and late cancellations, `attended` = booked − strikes (never below 0).
   */
  attendance: z.object({
    attended: z.number().int().nonnegative(),
    booked: z.number().int().nonnegative(),
    strikes: z.number().int().nonnegative(),
  }),
});
export type TProfile = z.infer<typeof ZProfile>;
export type TProfileAttendance = TProfile['attendance'];

/** A user's attendance from its parts, as the profile and the exchange card show it (ZProfile.attendance). */
export function attendanceOf(parts: {
  held: number;
  lateCancellations: number;
  strikes: number;
}): TProfileAttendance {
  const booked = parts.held + parts.lateCancellations;
  return { attended: Math.max(0, booked - parts.strikes), booked, strikes: parts.strikes };
}

/**
 * Attendance in whole percent, null without any booked interview. Rounded down, so that one strike never
 * shows as 100 %.
 */
export const attendancePercent = ({ attended, booked }: Pick<TProfileAttendance, 'attended' | 'booked'>) =>
  booked > 0 ? Math.floor((attended * 100) / booked) : null;

const ZInterviewRef = z.object({
  slotId: z.uuid(),
  startsAt: z.iso.datetime(),
  profession: ZLocalizedName,
});

/** The owner's feedback: what they received (revealed only), oldest first for the charts, and what they gave. */
export const ZMyFeedback = z.object({
  /** As a candidate: the interviewers' assessments of me. */
  assessmentsReceived: z.array(ZInterviewRef.extend({ from: ZPerson, assessment: ZAssessment })),
  /** As an interviewer: the candidates' reviews of me. */
  reviewsReceived: z.array(ZInterviewRef.extend({ from: ZPerson, review: ZReview })),
  assessmentsGiven: z.array(ZInterviewRef.extend({ to: ZPerson, assessment: ZAssessment })),
  reviewsGiven: z.array(ZInterviewRef.extend({ to: ZPerson, review: ZReview })),
});
export type TMyFeedback = z.infer<typeof ZMyFeedback>;
