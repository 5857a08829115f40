import { ZAssessmentBody } from '#contract/feedback.ts';
import { feedbackRoute } from '#functions/feedback/feedback-route.ts';
import { editAssessment } from './edit-assessment.ts';

export default feedbackRoute({
  method: 'put',
  path: '/api/slots/:id/assessment',
  summary: 'Change my assessment of the candidate (within 7 days of the end)',
  body: ZAssessmentBody,
  write: editAssessment,
});
