import { describe, expect, it } from 'vitest';
import type { FeedbackState } from './api/feedback-api.ts';
import {
  ASSESSMENT_REQUIRED,
  assessmentBody,
  assessmentValues,
  feedbackCall,
  isOpen,
  REVIEW_REQUIRED,
  reviewBody,
  reviewValues,
  theirStage,
  unanswered,
} from './feedback-rules.ts';

const CLOSES_AT = '2026-12-04T16:00:00.000Z';
const STAMPS = { createdAt: '2026-11-27T16:00:00.000Z', updatedAt: '2026-11-27T16:00:00.000Z' };
const REVIEW = { rating: 5, preparation: null, clarity: 4, usefulness: null, comment: 'Спасибо', ...STAMPS };

function state(overrides: Partial<FeedbackState> = {}): FeedbackState {
  return {
    slotId: '00000000-0000-4000-8000-000000000001',
    myRole: 'interviewer',
    status: 'due',
    opensAt: '2026-11-27T16:00:00.000Z',
    closesAt: CLOSES_AT,
    revealed: false,
    revealedAt: null,
    mine: null,
    theirsSubmitted: false,
    theirs: null,
    ...overrides,
  };
}

describe('the feedback forms', () => {
  it('asks for the overall rating and sends the optional criteria as given', () => {
    const empty = reviewValues(null);
    expect(unanswered(empty, REVIEW_REQUIRED)).toEqual(['rating']);
    expect(reviewBody(empty)).toBeNull();
    expect(reviewBody({ ...empty, rating: 4, clarity: 5, comment: 'Чётко' })).toEqual({
      rating: 4,
      preparation: null,
      clarity: 5,
      usefulness: null,
      comment: 'Чётко',
    });
  });

  it('starts an edit from what was saved', () => {
    expect(reviewBody(reviewValues(REVIEW))).toEqual({
      rating: 5,
      preparation: null,
      clarity: 4,
      usefulness: null,
      comment: 'Спасибо',
    });
  });

  it('asks the interviewer for every score and a recommendation', () => {
    const empty = assessmentValues(null);
    expect(unanswered(empty, ASSESSMENT_REQUIRED)).toEqual([
      'technicalKnowledge',
      'problemSolving',
      'communication',
      'recommendation',
    ]);
    const scored = { ...empty, technicalKnowledge: 4, problemSolving: 5, communication: 3 } as const;
    expect(assessmentBody(scored)).toBeNull();
    expect(unanswered(scored, ASSESSMENT_REQUIRED)).toEqual(['recommendation']);
    expect(assessmentBody({ ...scored, recommendation: 'hire', strengths: 'Алгоритмы' })).toEqual({
      technicalKnowledge: 4,
      problemSolving: 5,
      communication: 3,
      recommendation: 'hire',
      strengths: 'Алгоритмы',
      improvements: '',
    });
  });
});

describe('feedback status', () => {
  it('offers in my interviews what fits where the feedback stands', () => {
    const summary = { closesAt: CLOSES_AT, revealed: false };
    expect(feedbackCall({ ...summary, status: 'upcoming' })).toBeNull();
    expect(feedbackCall({ ...summary, status: 'due' })).toBe('give');
    expect(feedbackCall({ ...summary, status: 'given' })).toBe('given');
    expect(feedbackCall({ ...summary, status: 'given', revealed: true })).toBe('revealed');
    expect(feedbackCall({ ...summary, status: 'missed', revealed: true })).toBe('revealed');
  });

  it('tells the other side’s feedback apart: hidden until revealed, but its arrival is said', () => {
    expect(theirStage(state())).toBe('waiting');
    expect(theirStage(state({ theirsSubmitted: true }))).toBe('received');
    const theirs = { kind: 'review', review: REVIEW } as const;
    expect(theirStage(state({ revealed: true, theirsSubmitted: true, theirs }))).toBe('shown');
    expect(theirStage(state({ revealed: true }))).toBe('none');
  });

  it('keeps the form open until the window closes or both sides are revealed', () => {
    const before = new Date('2026-12-04T15:59:00.000Z');
    const after = new Date('2026-12-04T16:00:00.000Z');
    expect(isOpen(state(), before)).toBe(true);
    expect(isOpen(state({ status: 'given' }), before)).toBe(true);
    expect(isOpen(state({ status: 'given' }), after)).toBe(false);
    expect(isOpen(state({ status: 'missed' }), before)).toBe(false);
    expect(isOpen(state({ status: 'given', revealed: true }), before)).toBe(false);
  });
});
