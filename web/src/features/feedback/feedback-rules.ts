import type { HireRecommendation, TAssessment, TFeedbackSummary, TReview } from '#contract/feedback.ts';
import type { AssessmentInput, FeedbackState, ReviewInput } from './api/feedback-api.ts';

export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

/** What each score means, as the form says it beside the number. */
export const SCORE_MEANINGS = {
  1: 'poor',
  2: 'weak',
  3: 'fair',
  4: 'good',
  5: 'excellent',
} as const satisfies Record<Score, string>;

/** The candidate rates the interviewer overall (required) and, if they like, on three criteria. */
export const REVIEW_CRITERIA = ['preparation', 'clarity', 'usefulness'] as const;
/** The interviewer scores the candidate on all three. */
export const ASSESSMENT_CRITERIA = ['technicalKnowledge', 'problemSolving', 'communication'] as const;

export type ReviewValues = {
  rating: Score | null;
  preparation: Score | null;
  clarity: Score | null;
  usefulness: Score | null;
  comment: string;
};

export type AssessmentValues = {
  technicalKnowledge: Score | null;
  problemSolving: Score | null;
  communication: Score | null;
  recommendation: HireRecommendation | null;
  strengths: string;
  improvements: string;
};

export const asScore = (value: number | null): Score | null =>
  SCORES.find((score) => score === value) ?? null;

/** The form's starting values: empty for a first feedback, the saved one when editing. */
export function reviewValues(review: TReview | null): ReviewValues {
  return {
    rating: asScore(review?.rating ?? null),
    preparation: asScore(review?.preparation ?? null),
    clarity: asScore(review?.clarity ?? null),
    usefulness: asScore(review?.usefulness ?? null),
    comment: review?.comment ?? '',
  };
}

export function assessmentValues(assessment: TAssessment | null): AssessmentValues {
  return {
    technicalKnowledge: asScore(assessment?.technicalKnowledge ?? null),
    problemSolving: asScore(assessment?.problemSolving ?? null),
    communication: asScore(assessment?.communication ?? null),
    recommendation: assessment?.recommendation ?? null,
    strengths: assessment?.strengths ?? '',
    improvements: assessment?.improvements ?? '',
  };
}

/** The required choices still unmade: the form says so beside them instead of sending. */
export function unanswered<V extends Record<string, unknown>, K extends keyof V & string>(
  values: V,
  required: readonly K[],
): K[] {
  return required.filter((field) => values[field] === null);
}

export const REVIEW_REQUIRED = ['rating'] as const;
export const ASSESSMENT_REQUIRED = [...ASSESSMENT_CRITERIA, 'recommendation'] as const;

/** The request body, or null while a required score is missing. */
export function reviewBody({ rating, ...rest }: ReviewValues): ReviewInput | null {
  return rating === null ? null : { rating, ...rest };
}

export function assessmentBody(values: AssessmentValues): AssessmentInput | null {
  const { technicalKnowledge, problemSolving, communication, recommendation } = values;
  if (technicalKnowledge === null || problemSolving === null || communication === null) return null;
  if (recommendation === null) return null;
  return {
    technicalKnowledge,
    problemSolving,
    communication,
    recommendation,
    strengths: values.strengths,
    improvements: values.improvements,
  };
}

/**
 * What "my interviews" offers beside a past interview: to give feedback, that it was given (and may still be
 * changed), or that both sides' feedback is open to read. Nothing before the end.
 */
export function feedbackCall(summary: TFeedbackSummary): 'give' | 'given' | 'revealed' | 'missed' | null {
  if (summary.status === 'upcoming') return null;
  if (summary.revealed) return 'revealed';
  if (summary.status === 'due') return 'give';
  return summary.status;
}

/**
 * Where the other side's feedback stands for the viewer: shown (revealed), never written (revealed without
 * it), written but hidden until the viewer writes theirs (or the window closes), or not written yet.
 */
export function theirStage(state: FeedbackState): 'shown' | 'none' | 'received' | 'waiting' {
  if (state.revealed) return state.theirs ? 'shown' : 'none';
  return state.theirsSubmitted ? 'received' : 'waiting';
}

/**
 * Whether the viewer may still write or change their feedback, by the page's clock (the server decides):
 * until the window closes, and not once both sides' feedback is revealed.
 */
export const isOpen = (state: Pick<FeedbackState, 'status' | 'closesAt' | 'revealed'>, now: Date) =>
  (state.status === 'due' || state.status === 'given') && !state.revealed && now < new Date(state.closesAt);
