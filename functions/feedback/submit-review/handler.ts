import { ZReviewBody } from '#contract/feedback.ts';
import { feedbackRoute } from '#functions/feedback/feedback-route.ts';
import { submitReview } from './submit-review.ts';

export default feedbackRoute({
  method: 'post',
  path: '/api/slots/:id/review',
  summary: 'Rate the interviewer (the candidate, once; confirms the interview)',
  body: ZReviewBody,
  write: submitReview,
});
