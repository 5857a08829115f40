/**
 * The exchange's rules as numbers, and the pure rules built on them: the server enforces them, the web shows
 * them before the click. The rulebook behind them is docs/domain.md.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * The candidate's cancellation of a booking closes this long before the start; the interviewer may still
 * cancel after it, until the start, but that is a late cancellation (a strike).
 */
export const CUTOFF_MS = 2 * HOUR_MS;
/** A slot starts at most this far ahead. */
export const MAX_AHEAD_MS = 60 * DAY_MS;
/** After the end, no-show reports may be filed for this long; then the interviewer is credited. */
export const REPORT_WINDOW_MS = 24 * HOUR_MS;

/** The lengths an interview may have, in minutes, and the one a new slot gets unless told otherwise. */
export const DURATIONS = [30, 45, 60, 90, 120] as const;
export const DEFAULT_DURATION = 60;

/** What booking costs, and what the interviewer earns for an interview held. */
export const BOOKING_COST = 1;
export const INTERVIEW_REWARD = 1;

/** The longest texts people may write. */
export const TEXT_LIMITS = {
  displayName: 80,
  bio: 1000,
  contacts: 200,
  description: 2000,
  meetingUrl: 2048,
} as const;

export const cutoffOf = (startsAt: Date) => new Date(startsAt.getTime() - CUTOFF_MS);

export const endOf = (startsAt: Date, durationMinutes: number) =>
  new Date(startsAt.getTime() + durationMinutes * MINUTE_MS);

export type SlotRole = 'interviewer' | 'candidate';

/**
 * Whether the viewer may call the interview off now: the interviewer withdraws an open slot or cancels a
 * booked one until it starts (inside the cutoff that is a late cancellation: the candidate is refunded all
 * the same, the interviewer takes a strike); the candidate gives a booking back until the cutoff.
 */
export function canCancel(
  slot: { status: string; startsAt: Date },
  role: SlotRole | null,
  now: Date,
): boolean {
  if (role === 'interviewer')
    return (slot.status === 'open' || slot.status === 'booked') && now < slot.startsAt;
  return role === 'candidate' && slot.status === 'booked' && now < cutoffOf(slot.startsAt);
}

export type BookingBlock = 'guest' | 'own' | 'noPoints' | 'started' | 'unavailable';

/** Why the viewer cannot book this slot now, or null when they can. */
export function bookingBlock(
  slot: { status: string; startsAt: Date; interviewerId: string },
  viewer: { id: string; balance: number } | null,
  now: Date,
): BookingBlock | null {
  if (slot.status !== 'open') return 'unavailable';
  if (now >= slot.startsAt) return 'started';
  if (!viewer) return 'guest';
  if (slot.interviewerId === viewer.id) return 'own';
  if (viewer.balance < BOOKING_COST) return 'noPoints';
  return null;
}

/** Feedback may be written and edited for this long after the interview ends; then both sides are revealed. */
export const FEEDBACK_WINDOW_MS = 7 * DAY_MS;
/** The reminder to write feedback goes out this long before the window closes. */
export const FEEDBACK_REMINDER_BEFORE_MS = DAY_MS;
/** The longest feedback text (a review's comment, strengths, what to improve). */
export const FEEDBACK_TEXT_MAX = 2000;

export const feedbackClosesAt = (endsAt: Date) => new Date(endsAt.getTime() + FEEDBACK_WINDOW_MS);

/**
 * "Best rated" ranks interviewers by a Bayesian average: their revealed ratings plus RATING_PRIOR.weight
 * imaginary ratings of RATING_PRIOR.mean. One 5 ranks at (5 + 5·4) / 6 ≈ 4.17, below forty 4.8s at
 * (192 + 20) / 45 ≈ 4.71; without ratings an interviewer ranks at the prior. The plain average is what is shown.
 */
export const RATING_PRIOR = { mean: 4, weight: 5 } as const;

export const rankingScore = (sum: number, count: number) =>
  (sum + RATING_PRIOR.mean * RATING_PRIOR.weight) / (count + RATING_PRIOR.weight);

/** "I am here" opens this long before the start and closes at the end. */
export const CHECK_IN_OPENS_BEFORE_MS = 10 * MINUTE_MS;
/** The longest no-show report comment and admin note or reason. */
export const REPORT_TEXT_MAX = 2000;
export const ADMIN_REASON_MAX = 2000;

export const checkInOpensAt = (startsAt: Date) => new Date(startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS);
export const reportClosesAt = (endsAt: Date) => new Date(endsAt.getTime() + REPORT_WINDOW_MS);

/** Whether "I am here" can be pressed now: from 10 minutes before the start until the end. */
export const canCheckIn = (slot: { startsAt: Date; endsAt: Date }, now: Date) =>
  now >= checkInOpensAt(slot.startsAt) && now < slot.endsAt;

/** Whether a no-show report can be filed now: from the end for 24 hours. */
export const canReport = (slot: { endsAt: Date }, now: Date) =>
  now >= slot.endsAt && now < reportClosesAt(slot.endsAt);

/**
 * Anti-farming: an interviewer earns at most one point per candidate within this many days (the default of
 * PAIR_REWARD_WINDOW_DAYS); further interviews with the same partner are allowed but earn nothing.
 */
export const PAIR_REWARD_WINDOW_DAYS = 7;
/** Pairs with at least this many interviews together within FLAG_WINDOW_DAYS are flagged to admins. */
export const PAIR_FLAG = { interviews: 3, windowDays: 30 } as const;
/** This many strikes within this many days suggest a block to admins (admins decide). */
export const STRIKES_SUGGEST_BLOCK = { strikes: 3, windowDays: 90 } as const;
