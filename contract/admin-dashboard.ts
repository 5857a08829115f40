import { z } from 'zod';
import { ZDay, ZLedgerReason, ZLocalizedName } from './common.ts';

/**
 * The dashboard's days are Moscow days, the product's default zone (DOMAIN.md "Time"): every admin reads the
 * same figures for "27 November" whatever their own zone, and the page says so.
 */
export const DASHBOARD_TIME_ZONE = 'Europe/Moscow';
/** The longest range, both days included: a leap year. */
export const DASHBOARD_MAX_DAYS = 366;
/** Without a range the dashboard shows the last 30 days, today included. */
export const DASHBOARD_DEFAULT_DAYS = 30;
/** How many interviewers the dashboard ranks. */
export const TOP_INTERVIEWERS = 10;

export const ZDashboardQuery = z.strictObject({
  /** The first day of the range (a Moscow day); default: 29 days before `to`. */
  from: ZDay.optional(),
  /** The last day of the range, included; default: today in Moscow. */
  to: ZDay.optional(),
  /** Only this profession's interviews (and the users who chose it in their profile). */
  professionId: z.uuid('unknown_profession').optional(),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

const DAY_MS = 86_400_000;

/** The days from `from` to `to`, both included, as YYYY-MM-DD (calendar days: no zone is involved). */
export function daysOf(from: string, to: string): string[] {
  const first = Date.parse(`${from}T00:00:00Z`);
  const last = Date.parse(`${to}T00:00:00Z`);
  return Array.from({ length: Math.max(0, (last - first) / DAY_MS + 1) }, (_, index) =>
    new Date(first + index * DAY_MS).toISOString().slice(0, 10),
  );
}

/** The Moscow calendar day a moment falls on: "today" for the dashboard's defaults and presets. */
export const dashboardDayOf = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: DASHBOARD_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);

/** The day `count` days after (or, negative, before) `day`. */
export const addDays = (day: string, count: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the week a day is in (weeks start on Monday, as in Russia). */
export function weekOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/**
 * Why a range cannot be shown, or null: the first day after the last, or more than DASHBOARD_MAX_DAYS days.
 * The server refuses such a range; the page says so before asking.
 */
export function dashboardRangeProblem(
  from: string,
  to: string,
): 'date_range_reversed' | 'date_range_too_long' | null {
  if (from > to) return 'date_range_reversed';
  return daysOf(from, to).length > DASHBOARD_MAX_DAYS ? 'date_range_too_long' : null;
}

const ZCount = z.number().int().nonnegative();
/** A share from 0 to 1 (four decimals), or null when there was nothing to share (no slots, no interviews). */
const ZRate = z.number().min(0).max(1).nullable();

/**
 * What happened on the exchange, each counted once:
 * - `published`: slots created;
 * - `booked`: bookings made, except those the candidate gave back (the slot went back on the exchange, and a
 *   new booking of it counts when it is made); one an admin took back from a blocked candidate still counts;
 * - `completed`: interviews held (completed or archived with their booking), on the day they started;
 * - `noShows`: interviews with a no-show upheld by an admin (however many sides), on the day they started;
 * - `cancelled`: booked interviews the interviewer or an admin called off, on the day they were to start
 *   (a slot withdrawn before anyone booked it does not count).
 */
const counts = {
  published: ZCount,
  booked: ZCount,
  completed: ZCount,
  noShows: ZCount,
  cancelled: ZCount,
};

export const ZDashboardDay = z.object({ day: ZDay, ...counts });
export type TDashboardDay = z.infer<typeof ZDashboardDay>;

/** The range's figures for one profession. */
export const ZProfessionFigures = z.object({
  published: ZCount,
  /** Of the slots published in the range, how many were booked (and not given back) at any time. */
  bookedOfPublished: ZCount,
  completed: ZCount,
  noShows: ZCount,
  cancelled: ZCount,
  /** bookedOfPublished / published. */
  bookingRate: ZRate,
  /** noShows / completed. */
  noShowRate: ZRate,
});
export type TProfessionFigures = z.infer<typeof ZProfessionFigures>;

/** The range's figures for everything (or the profession chosen), with the bookings made. */
export const ZDashboardFigures = ZProfessionFigures.extend({ booked: ZCount });
export type TDashboardFigures = z.infer<typeof ZDashboardFigures>;

export const ZDashboard = z.object({
  range: z.object({ from: ZDay, to: ZDay, days: ZCount, timeZone: z.string() }),
  professionId: z.uuid().nullable(),
  /** People now (not as of the range's end); with a profession, those who chose it in their profile. */
  users: z.object({
    total: ZCount,
    active: ZCount,
    blocked: ZCount,
    admins: ZCount,
    /** Registered within the range. */
    newInRange: ZCount,
    /** Registrations per week (Monday to Sunday, Moscow) over the weeks the range touches, within the range. */
    newPerWeek: z.array(z.object({ weekStart: ZDay, count: ZCount })),
  }),
  /** Every day of the range, days without anything included (zeros). */
  days: z.array(ZDashboardDay),
  totals: ZDashboardFigures,
  /** Points belong to people, not to professions: these figures are the whole platform's, always. */
  points: z.object({
    /** The sum of all balances. */
    inCirculation: z.number().int(),
    /** The ledger's movements within the range, per reason: points given (credited) and taken (debited). */
    flows: z.array(z.object({ reason: ZLedgerReason, credited: ZCount, debited: ZCount })),
  }),
  /** No-show reports waiting for an admin (of the profession's interviews, with a profession). */
  pendingReports: ZCount,
  /**
   * Who held the most interviews in the range (most first, then by login); the rating is their all-time one,
   * as their profile shows it.
   */
  topInterviewers: z.array(
    z.object({
      id: z.uuid(),
      login: z.string(),
      displayName: z.string(),
      interviews: ZCount,
      rating: z.object({ average: z.number().nullable(), count: ZCount }),
    }),
  ),
  /**
   * One row per profession in the admins' order: every current one, and archived ones with anything in the
   * range; with a profession, only its row.
   */
  perProfession: z.array(
    ZProfessionFigures.extend({
      profession: z.object({ id: z.uuid(), slug: z.string(), name: ZLocalizedName, archived: z.boolean() }),
    }),
  ),
});
export type TDashboard = z.infer<typeof ZDashboard>;
