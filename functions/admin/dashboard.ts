import { and, asc, desc, eq, exists, gte, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { DASHBOARD_TIME_ZONE, TOP_INTERVIEWERS } from '#contract/admin-dashboard.ts';
import type { Db } from '#db/client.ts';
import {
  bookings,
  ledgerEntries,
  noShowReports,
  professions,
  slots,
  userProfessions,
  users,
} from '#db/schema/index.ts';

/** The range the dashboard reads (Moscow days, both included) and the profession, if one was chosen. */
export type DashboardScope = { from: string; to: string; professionId: string | null };

/** What the dashboard counts per day and profession (contract/admin-dashboard.ts says what each means). */
export type Count = 'published' | 'bookedOfPublished' | 'booked' | 'completed' | 'noShows' | 'cancelled';
/** Some counts of one Moscow day, in one profession (or in all, when not told). */
export type Cell = { day: string; professionId?: string } & Partial<Record<Count, number>>;

// The zone is a constant of ours, written into the SQL as a literal: as a parameter, each use of the day
// expression would be a different expression to PostgreSQL, and GROUP BY could not match the selected one.
const ZONE = sql.raw(`'${DASHBOARD_TIME_ZONE}'`);

/**
 * Moments within the scope's Moscow days. The bounds are constants PostgreSQL computes from the days with the
 * zone's rules, so the column's index serves a short range.
 */
const within = (column: AnyPgColumn, { from, to }: DashboardScope) =>
  and(
    gte(column, sql`(${from}::date)::timestamp at time zone ${ZONE}`),
    lt(column, sql`(${to}::date + 1)::timestamp at time zone ${ZONE}`),
  );

/**
 * The Moscow day of each moment, as grouped: 24-hour bins counted from a Moscow midnight. Binning is integer
 * arithmetic, where converting every row to the zone (`at time zone`) costs several times more over a year of
 * rows; only each group's bin is converted, to name its day. The bins are Moscow's days while its offset
 * stays what it has been since 26 October 2014 (UTC+3, without daylight saving time); the origin is the first
 * midnight after that change (the one of the 26th was still UTC+4), and should the offset change again, it
 * moves past that change. It is a constant expression (folded when planned), not a parameter, so the grouped
 * and the selected expression are the same to PostgreSQL.
 */
const moscowDay = (column: AnyPgColumn) =>
  sql`date_bin('1 day', ${column}, timestamp '2014-10-27 00:00' at time zone ${ZONE})`;

const ofProfession = (scope: DashboardScope) =>
  scope.professionId ? eq(slots.professionId, scope.professionId) : undefined;

const countWhere = (condition: SQL | undefined) =>
  sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** The name of a day's bin: its Moscow date (converted once per group, not per row). */
const dayName = (day: SQL) => sql<string>`((${day}) at time zone ${ZONE})::date::text`;

/** The select and group-by of counts per Moscow day (of `column`) and profession. */
function cellsOf<C extends Partial<Record<Count, SQL<number>>>>(column: AnyPgColumn, counts: C) {
  const day = moscowDay(column);
  return {
    select: { day: dayName(day), professionId: slots.professionId, ...counts },
    groupBy: [day, slots.professionId] as const,
  };
}

/**
 * A slot's status says what became of it: a completed or archived slot is an interview held (a slot is
 * completed only from `booked`, and bookings are cancelled only with open or booked slots, so it keeps its
 * candidate: no join needed); `booked` has its candidate still to come.
 */
const HELD = ['completed', 'archived'] as const;
const WITH_CANDIDATE = ['booked', ...HELD] as const;

/**
 * A booking called off with its slot (by the interviewer or an admin): both are cancelled in one transaction,
 * at one moment (functions/slots/cancellation.ts), unlike a booking given back (by the candidate, or by an
 * admin for a blocked candidate), which reopens the slot. Joined to the cancelled slots among those read
 * (few; the rest find none).
 */
const calledOffBooking = and(
  eq(bookings.slotId, slots.id),
  eq(slots.status, 'cancelled'),
  inArray(bookings.status, ['cancelled_by_interviewer', 'cancelled_by_admin']),
  eq(bookings.cancelledAt, slots.cancelledAt),
);

/**
 * Slots published in the range, by day of publishing, and how many of them were booked: from their status,
 * or for a cancelled one from a booking called off with it. Reads slots_created_idx (a short range) or the
 * table (a year).
 */
export function publishedCells(db: Db, scope: DashboardScope): Promise<Cell[]> {
  const { select, groupBy } = cellsOf(slots.createdAt, {
    published: sql<number>`count(*)`.mapWith(Number),
    bookedOfPublished: countWhere(or(inArray(slots.status, WITH_CANDIDATE), sql`${bookings.id} is not null`)),
  });
  return db
    .select(select)
    .from(slots)
    .leftJoin(bookings, calledOffBooking)
    .where(and(within(slots.createdAt, scope), ofProfession(scope)))
    .groupBy(...groupBy);
}

/**
 * Bookings made in the range, by day of booking, except those the candidate gave back (the slot went back on
 * the exchange; a new booking of it counts when it is made). Reads bookings_created_idx (a short range) or the
 * table (a year), without the slots: the days need no profession, and the professions' rows count the booked
 * slots among those published instead. With a profession, each booking is joined to its slot to filter.
 */
export function bookedCells(db: Db, scope: DashboardScope): Promise<Cell[]> {
  const day = moscowDay(bookings.createdAt);
  const counts = { day: dayName(day), booked: sql<number>`count(*)`.mapWith(Number) };
  const made = and(within(bookings.createdAt, scope), ne(bookings.status, 'cancelled_by_candidate'));
  if (!scope.professionId) return db.select(counts).from(bookings).where(made).groupBy(day);
  return db
    .select({ ...counts, professionId: slots.professionId })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .where(and(made, ofProfession(scope)))
    .groupBy(day, slots.professionId);
}

/**
 * Interviews by the day they started (or were to): held, and booked ones called off. Reads
 * slots_status_starts_idx (a short range) or the table (a year).
 */
export function interviewCells(db: Db, scope: DashboardScope): Promise<Cell[]> {
  const { select, groupBy } = cellsOf(slots.startsAt, {
    completed: countWhere(inArray(slots.status, HELD)),
    cancelled: countWhere(sql`${bookings.id} is not null`),
  });
  return db
    .select(select)
    .from(slots)
    .leftJoin(bookings, calledOffBooking)
    .where(
      and(inArray(slots.status, [...HELD, 'cancelled']), within(slots.startsAt, scope), ofProfession(scope)),
    )
    .groupBy(...groupBy);
}

/**
 * Interviews with an upheld no-show, by the day they started; one where neither side came counts once.
 * Upheld reports are few (no_show_reports_status_idx), each joined to its booking and slot by key.
 */
export function noShowCells(db: Db, scope: DashboardScope): Promise<Cell[]> {
  const { select, groupBy } = cellsOf(slots.startsAt, {
    noShows: sql<number>`count(distinct ${bookings.id})`.mapWith(Number),
  });
  return db
    .select(select)
    .from(noShowReports)
    .innerJoin(bookings, eq(bookings.id, noShowReports.bookingId))
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .where(and(eq(noShowReports.status, 'upheld'), within(slots.startsAt, scope), ofProfession(scope)))
    .groupBy(...groupBy);
}

/**
 * The interviewers who held the most interviews in the range (most first, then by login), with their
 * all-time rating: counted per interviewer over the slots alone, then joined to the people.
 */
export function topInterviewers(db: Db, scope: DashboardScope) {
  const held = db
    .select({ interviewerId: slots.interviewerId, interviews: sql<number>`count(*)`.as('interviews') })
    .from(slots)
    .where(and(inArray(slots.status, HELD), within(slots.startsAt, scope), ofProfession(scope)))
    .groupBy(slots.interviewerId)
    .as('held');
  return db
    .select({
      id: users.id,
      login: users.login,
      displayName: users.displayName,
      interviews: sql<number>`${held.interviews}`.mapWith(Number),
      ratingCount: users.ratingCount,
      ratingSum: users.ratingSum,
    })
    .from(held)
    .innerJoin(users, eq(users.id, held.interviewerId))
    .orderBy(desc(held.interviews), asc(users.login))
    .limit(TOP_INTERVIEWERS);
}

/** With a profession, the people who chose it in their profile. */
const choseProfession = (db: Db, scope: DashboardScope) =>
  scope.professionId
    ? exists(
        db
          .select({ one: sql`1` })
          .from(userProfessions)
          .where(
            and(eq(userProfessions.userId, users.id), eq(userProfessions.professionId, scope.professionId)),
          ),
      )
    : undefined;

/** How many people there are now, active, blocked and admins: one pass over the users. */
export async function userCounts(db: Db, scope: DashboardScope) {
  const [row] = await db
    .select({
      total: sql<number>`count(*)`.mapWith(Number),
      active: countWhere(eq(users.status, 'active')),
      blocked: countWhere(eq(users.status, 'blocked')),
      admins: countWhere(eq(users.role, 'admin')),
    })
    .from(users)
    .where(choseProfession(db, scope));
  return row ?? { total: 0, active: 0, blocked: 0, admins: 0 };
}

/** Registrations within the range per week (from its Monday, Moscow). Reads users_created_idx. */
export function newUsersPerWeek(db: Db, scope: DashboardScope) {
  const week = sql`date_trunc('week', ${users.createdAt} at time zone ${ZONE})::date`;
  return db
    .select({ weekStart: sql<string>`${week}::text`, n: sql<number>`count(*)`.mapWith(Number) })
    .from(users)
    .where(and(within(users.createdAt, scope), choseProfession(db, scope)))
    .groupBy(week);
}

/** The points people hold: the sum of the balances (each its ledger's sum, kept with every entry). */
export async function pointsInCirculation(db: Db): Promise<number> {
  const [row] = await db
    .select({ sum: sql<number>`coalesce(sum(${users.balance}), 0)`.mapWith(Number) })
    .from(users);
  return row?.sum ?? 0;
}

/** The ledger's movements within the range, per reason (in the order of the reasons' list). */
export function ledgerFlows(db: Db, scope: DashboardScope) {
  const { delta } = ledgerEntries;
  return db
    .select({
      reason: ledgerEntries.reason,
      credited: sql<number>`coalesce(sum(${delta}) filter (where ${delta} > 0), 0)`.mapWith(Number),
      debited: sql<number>`coalesce(-sum(${delta}) filter (where ${delta} < 0), 0)`.mapWith(Number),
    })
    .from(ledgerEntries)
    .where(within(ledgerEntries.createdAt, scope))
    .groupBy(ledgerEntries.reason)
    .orderBy(ledgerEntries.reason);
}

/** Reports waiting for an admin, of the profession's interviews when one is chosen. */
export async function pendingReports(db: Db, scope: DashboardScope): Promise<number> {
  const pending = eq(noShowReports.status, 'pending');
  const n = sql<number>`count(*)`.mapWith(Number);
  const [row] = scope.professionId
    ? await db
        .select({ n })
        .from(noShowReports)
        .innerJoin(bookings, eq(bookings.id, noShowReports.bookingId))
        .innerJoin(slots, eq(slots.id, bookings.slotId))
        .where(and(pending, ofProfession(scope)))
    : await db.select({ n }).from(noShowReports).where(pending);
  return row?.n ?? 0;
}

/** Every profession, archived ones too, in the admins' order. */
export function professionList(db: Db) {
  return db
    .select({
      id: professions.id,
      slug: professions.slug,
      ru: professions.nameRu,
      en: professions.nameEn,
      archived: sql<boolean>`${professions.archivedAt} is not null`,
    })
    .from(professions)
    .orderBy(asc(professions.position), asc(professions.nameRu));
}

/** Whether a profession exists (archived ones too: their interviews stay in the figures). */
export async function professionExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: professions.id }).from(professions).where(eq(professions.id, id));
  return row !== undefined;
}

/** Every query of the dashboard by name: the route runs them all, side by side; the benchmark times each. */
export const dashboardQueries = {
  published: publishedCells,
  booked: bookedCells,
  interviews: interviewCells,
  noShows: noShowCells,
  topInterviewers,
  users: userCounts,
  newUsers: newUsersPerWeek,
  pointsInCirculation: (db: Db) => pointsInCirculation(db),
  ledgerFlows,
  pendingReports,
} satisfies Record<string, (db: Db, scope: DashboardScope) => Promise<unknown>>;
