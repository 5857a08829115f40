import { describe, expect, it } from 'vitest';
import type { MyFeedback } from './api/feedback-api.ts';
import {
  type ChartFrame,
  candidateHistory,
  interviewerHistory,
  labelledIndexes,
  linePath,
  xOf,
  yOf,
} from './score-history.ts';

const FRAME: ChartFrame = { width: 440, height: 240, top: 20, right: 20, bottom: 20, left: 20 };

const STAMPS = { createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z' };
const ref = (n: number) => ({
  slotId: `00000000-0000-4000-8000-00000000000${n}`,
  startsAt: `2026-11-0${n}T15:00:00.000Z`,
  profession: { ru: 'Backend', en: 'Backend' },
});
const person = { login: 'anna', displayName: 'Анна' };

describe('the scale of the score chart', () => {
  it('spreads the interviews across and puts 5 at the top, 1 at the bottom', () => {
    expect(xOf(0, 3, FRAME)).toBe(20);
    expect(xOf(1, 3, FRAME)).toBe(220);
    expect(xOf(2, 3, FRAME)).toBe(420);
    expect(xOf(0, 1, FRAME)).toBe(220);
    expect(yOf(5, FRAME)).toBe(20);
    expect(yOf(1, FRAME)).toBe(220);
    expect(yOf(3, FRAME)).toBe(120);
  });

  it('draws a line through the scores and breaks it where a criterion was not scored', () => {
    expect(linePath([5, 4, 3], FRAME)).toBe('M20 20 L220 70 L420 120');
    expect(linePath([5, null, 3, 4], FRAME)).toBe('M20 20 M286.7 120 L420 70');
    expect(linePath([null, null], FRAME)).toBe('');
  });

  it('dates the first and the last interview and spreads the rest when they do not all fit', () => {
    expect(labelledIndexes(3, 6)).toEqual([0, 1, 2]);
    expect(labelledIndexes(11, 6)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(labelledIndexes(20, 4)).toEqual([0, 6, 13, 19]);
    expect(labelledIndexes(5, 1)).toEqual([4]);
  });
});

describe('scores over time', () => {
  const feedback: MyFeedback = {
    assessmentsReceived: [1, 2].map((n) => ({
      ...ref(n),
      from: person,
      assessment: {
        technicalKnowledge: n + 2,
        problemSolving: 4,
        communication: 5,
        recommendation: 'hire',
        strengths: '',
        improvements: '',
        ...STAMPS,
      },
    })),
    reviewsReceived: [3].map((n) => ({
      ...ref(n),
      from: person,
      review: { rating: 5, preparation: null, clarity: 4, usefulness: null, comment: '', ...STAMPS },
    })),
    assessmentsGiven: [],
    reviewsGiven: [],
  };

  it('makes a series per criterion, interview by interview, oldest first', () => {
    expect(candidateHistory(feedback)).toEqual({
      interviews: [ref(1), ref(2)].map(({ slotId, startsAt }) => ({ slotId, startsAt })),
      series: [
        { key: 'technicalKnowledge', values: [3, 4] },
        { key: 'problemSolving', values: [4, 4] },
        { key: 'communication', values: [5, 5] },
      ],
    });
    expect(interviewerHistory(feedback).series).toEqual([
      { key: 'rating', values: [5] },
      { key: 'preparation', values: [null] },
      { key: 'clarity', values: [4] },
      { key: 'usefulness', values: [null] },
    ]);
  });
});
