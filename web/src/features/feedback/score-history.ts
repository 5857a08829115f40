import type { MyFeedback } from './api/feedback-api.ts';
import { ASSESSMENT_CRITERIA, REVIEW_CRITERIA } from './feedback-rules.ts';

/** One criterion over the interviews, oldest first; null where that interview did not score it. */
export type ScoreSeries<K extends string = string> = { key: K; values: (number | null)[] };

/** Scores over time: the interviews (their start, their slot) and a series per criterion. */
export type ScoreHistory<K extends string = string> = {
  interviews: { slotId: string; startsAt: string }[];
  series: ScoreSeries<K>[];
};

export const CANDIDATE_CRITERIA = ASSESSMENT_CRITERIA;
export const INTERVIEWER_CRITERIA = ['rating', ...REVIEW_CRITERIA] as const;

export type CandidateCriterion = (typeof CANDIDATE_CRITERIA)[number];
export type InterviewerCriterion = (typeof INTERVIEWER_CRITERIA)[number];

/** How interviewers scored the owner as a candidate, interview by interview. */
export function candidateHistory(feedback: MyFeedback): ScoreHistory<CandidateCriterion> {
  const items = feedback.assessmentsReceived;
  return {
    interviews: items.map(({ slotId, startsAt }) => ({ slotId, startsAt })),
    series: CANDIDATE_CRITERIA.map((key) => ({ key, values: items.map((item) => item.assessment[key]) })),
  };
}

/** How candidates rated the owner as an interviewer: overall and on the optional criteria. */
export function interviewerHistory(feedback: MyFeedback): ScoreHistory<InterviewerCriterion> {
  const items = feedback.reviewsReceived;
  return {
    interviews: items.map(({ slotId, startsAt }) => ({ slotId, startsAt })),
    series: INTERVIEWER_CRITERIA.map((key) => ({ key, values: items.map((item) => item.review[key]) })),
  };
}

/** The drawing area inside the chart's box, in pixels: room is left around it for the axes' labels. */
export type ChartFrame = {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
};

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/** Where the interview at `index` of `count` stands across; a single one stands in the middle. */
export function xOf(index: number, count: number, frame: ChartFrame): number {
  const span = frame.width - frame.left - frame.right;
  return count <= 1 ? frame.left + span / 2 : frame.left + (span * index) / (count - 1);
}

/** Where a score stands up the chart: 1 at the bottom, 5 at the top. */
export function yOf(score: number, frame: ChartFrame): number {
  const span = frame.height - frame.top - frame.bottom;
  return frame.top + (span * (MAX_SCORE - score)) / (MAX_SCORE - MIN_SCORE);
}

/**
 * The SVG path of a series: a line through its scores, broken where an interview did not score it (a line
 * across the gap would claim a score that was never given). A lone point has no line; the markers show it.
 */
export function linePath(values: readonly (number | null)[], frame: ChartFrame): string {
  const commands: string[] = [];
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const point = `${round(xOf(index, values.length, frame))} ${round(yOf(value, frame))}`;
    commands.push(`${drawing ? 'L' : 'M'}${point}`);
    drawing = true;
  });
  return commands.join(' ');
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Which interviews get a date under the axis when not all of them fit: the first and the last, and others
 * spread evenly between, at most `room` in all.
 */
export function labelledIndexes(count: number, room: number): number[] {
  if (count <= room) return Array.from({ length: count }, (_, index) => index);
  if (room <= 1) return [count - 1];
  const step = (count - 1) / (room - 1);
  return [...new Set(Array.from({ length: room }, (_, slot) => Math.round(slot * step)))];
}
