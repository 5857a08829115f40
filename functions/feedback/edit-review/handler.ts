import { ZReviewBody } from '#contract/feedback.ts';
import { feedbackRoute } from '#functions/feedback/feedback-route.ts';
import { editReview } from './edit-review.ts';

export default feedbackRoute({
  method: 'put',
  path: '/api/slots/:id/review',
  summary: 'Change my review of the interviewer (within 7 days of the end)',
  body: ZReviewBody,
  write: editReview,
});
