import { ZAssessmentBody } from '#contract/feedback.ts';
import { feedbackRoute } from '#functions/feedback/feedback-route.ts';
import { submitAssessment } from './submit-assessment.ts';

export default feedbackRoute({
  method: 'post',
  path: '/api/slots/:id/assessment',
  summary: 'Assess the candidate (the interviewer, once; private to the candidate)',
  body: ZAssessmentBody,
  write: submitAssessment,
});
