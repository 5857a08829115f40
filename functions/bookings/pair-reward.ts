import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, InstantOf, Tx } from '#db/client.ts';
import { bookings, slots } from '#db/schema/index.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Anti-farming (docs/domain.md "Points"): an interviewer earns at most one point per candidate within
 * `windowDays` days (PAIR_REWARD_WINDOW_DAYS; 0 turns the rule off). Whether a booking by `candidateId` of a
 * slot of `interviewerId` starting at `startsAt` would earn: not while the candidate holds an active booking
 * that earns on another slot of the same interviewer starting less than the window before or after this one.
 * A booking that was given back or cancelled no longer counts. Decided when booking, with the candidate's row
 * locked (lockUser): only the candidate makes their bookings, so two of them cannot both see no earner.
 */
export async function earnsPairReward(db: Db | Tx, input: PairInput): Promise<boolean> {
  if (input.windowDays === 0) return true;
  const [earner] = await pairEarner(db, input);
  return earner === undefined;
}

type PairInput = {
  candidateId: string;
  interviewerId: string | AnyPgColumn;
  startsAt: InstantOf;
  windowDays: number;
};

/** `at` moved by `days` days: in TypeScript for a value, in SQL for a column. */
const shifted = (at: InstantOf, days: number) =>
  at instanceof Date ? new Date(at.getTime() + days * DAY_MS) : sql`${at} + make_interval(days => ${days})`;

/**
 * The query behind earnsPairReward (a window of 0 days finds nothing), for a caller that asks it with others;
 * given columns for the interviewer and the start, it reads them from the asking statement's row.
 */
export function pairEarner(db: Db | Tx, input: PairInput) {
  return db
    .select({ id: bookings.id })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .where(
      and(
        eq(bookings.candidateId, input.candidateId),
        eq(bookings.status, 'active'),
        eq(bookings.earnsReward, true),
        eq(slots.interviewerId, input.interviewerId),
        gt(slots.startsAt, shifted(input.startsAt, -input.windowDays)),
        lt(slots.startsAt, shifted(input.startsAt, input.windowDays)),
      ),
    )
    .limit(1);
}
