import { z } from 'zod';
import { ZCursor, ZText } from './common.ts';
import { HIRE_RECOMMENDATIONS } from './enums.ts';
import { FEEDBACK_TEXT_MAX } from './rules.ts';

/** A score from 1 to 5, whole. */
export const ZScore = z.number().int('score_range').min(1, 'score_range').max(5, 'score_range');
const ZFeedbackText = ZText.trim().max(FEEDBACK_TEXT_MAX, 'too_long');

export const ZHireRecommendation = z.enum(HIRE_RECOMMENDATIONS);
export type HireRecommendation = z.infer<typeof ZHireRecommendation>;

/** The candidate about the interviewer: the overall rating counts in the interviewer's rating; the comment is a public review. */
export const ZReviewBody = z.strictObject({
  rating: ZScore,
  preparation: ZScore.nullable().default(null),
  clarity: ZScore.nullable().default(null),
  usefulness: ZScore.nullable().default(null),
  comment: ZFeedbackText.default(''),
});
export type TReviewBody = z.infer<typeof ZReviewBody>;

/** The interviewer about the candidate: private to the candidate (and admins). */
export const ZAssessmentBody = z.strictObject({
  technicalKnowledge: ZScore,
  problemSolving: ZScore,
  communication: ZScore,
  recommendation: ZHireRecommendation,
  strengths: ZFeedbackText.default(''),
  improvements: ZFeedbackText.default(''),
});
export type TAssessmentBody = z.infer<typeof ZAssessmentBody>;

export const ZReview = z.object({
  rating: ZScore,
  preparation: ZScore.nullable(),
  clarity: ZScore.nullable(),
  usefulness: ZScore.nullable(),
  comment: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TReview = z.infer<typeof ZReview>;

export const ZAssessment = z.object({
  technicalKnowledge: ZScore,
  problemSolving: ZScore,
  communication: ZScore,
  recommendation: ZHireRecommendation,
  strengths: z.string(),
  improvements: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TAssessment = z.infer<typeof ZAssessment>;

/**
 * One side's view of an interview's feedback. `mine` is what the viewer wrote; `theirs` what the other side
 * wrote, shown only once revealed (both submitted, or the window closed); `theirsSubmitted` says whether
 * there is something to wait for, without its content.
 */
export const ZFeedbackState = z.object({
  slotId: z.uuid(),
  myRole: z.enum(['interviewer', 'candidate']),
  /** `due`: the viewer may still write; `given`: written (editable while open); `missed`: the window closed unwritten. */
  status: z.enum(['upcoming', 'due', 'given', 'missed']),
  opensAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  revealed: z.boolean(),
  revealedAt: z.iso.datetime().nullable(),
  mine: z
    .union([
      z.object({ kind: z.literal('review'), review: ZReview }),
      z.object({ kind: z.literal('assessment'), assessment: ZAssessment }),
    ])
    .nullable(),
  theirsSubmitted: z.boolean(),
  theirs: z
    .union([
      z.object({ kind: z.literal('review'), review: ZReview }),
      z.object({ kind: z.literal('assessment'), assessment: ZAssessment }),
    ])
    .nullable(),
});
export type TFeedbackState = z.infer<typeof ZFeedbackState>;

/** The feedback summary shown beside a past interview in "my interviews". */
export const ZFeedbackSummary = z.object({
  status: ZFeedbackState.shape.status,
  closesAt: z.iso.datetime(),
  revealed: z.boolean(),
});
export type TFeedbackSummary = z.infer<typeof ZFeedbackSummary>;

/** A public review on an interviewer's profile (revealed ones only). */
export const ZPublicReview = z.object({
  id: z.uuid(),
  rating: ZScore,
  comment: z.string(),
  author: z.object({ login: z.string(), displayName: z.string() }),
  profession: z.object({ ru: z.string(), en: z.string() }),
  createdAt: z.iso.datetime(),
});
export type TPublicReview = z.infer<typeof ZPublicReview>;

export const ZReviewsQuery = z.strictObject({
  cursor: ZCursor.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type TReviewsQuery = z.infer<typeof ZReviewsQuery>;

export const ZReviewPage = z.object({ items: z.array(ZPublicReview), nextCursor: z.string().nullable() });
export type TReviewPage = z.infer<typeof ZReviewPage>;
