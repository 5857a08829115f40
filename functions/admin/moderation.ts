import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TAdminReport, TPartyHistory, TReportParty } from '#contract/admin-moderation.ts';
import type { ReportStatus } from '#contract/enums.ts';
import { type SlotRole, STRIKES_SUGGEST_BLOCK } from '#contract/rules.ts';
import type { Db, Tx } from '#db/client.ts';
import { bookings, checkIns, noShowReports, professions, slots, users } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

const reporter = alias(users, 'reporter');
const accused = alias(users, 'accused');
const resolver = alias(users, 'resolver');
const interviewerCheckIn = alias(checkIns, 'interviewer_check_in');
const candidateCheckIn = alias(checkIns, 'candidate_check_in');

/**
 * Reports with everything the queue shows about their interview in one query: the slot, its profession,
 * both people, the admin who resolved it, both check-ins and whether the candidate reviewed. The caller adds
 * its filter, order and limit.
 */
export function reportQuery(db: Db | Tx) {
  return db
    .select({
      report: noShowReports,
      slotId: slots.id,
      interviewerId: slots.interviewerId,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
      professionRu: professions.nameRu,
      professionEn: professions.nameEn,
      reporter: {
        id: reporter.id,
        login: reporter.login,
        displayName: reporter.displayName,
        status: reporter.status,
      },
      accused: {
        id: accused.id,
        login: accused.login,
        displayName: accused.displayName,
        status: accused.status,
      },
      resolver: { id: resolver.id, login: resolver.login, displayName: resolver.displayName },
      interviewerCheckedInAt: interviewerCheckIn.checkedInAt,
      candidateCheckedInAt: candidateCheckIn.checkedInAt,
      candidateReviewed: sql<boolean>`exists (select 1 from interviewer_reviews r where r.booking_id = ${bookings.id})`,
    })
    .from(noShowReports)
    .innerJoin(bookings, eq(bookings.id, noShowReports.bookingId))
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(professions, eq(professions.id, slots.professionId))
    .innerJoin(reporter, eq(reporter.id, noShowReports.reporterId))
    .innerJoin(accused, eq(accused.id, noShowReports.accusedId))
    .leftJoin(resolver, eq(resolver.id, noShowReports.resolvedBy))
    .leftJoin(
      interviewerCheckIn,
      and(eq(interviewerCheckIn.bookingId, bookings.id), eq(interviewerCheckIn.userId, slots.interviewerId)),
    )
    .leftJoin(
      candidateCheckIn,
      and(eq(candidateCheckIn.bookingId, bookings.id), eq(candidateCheckIn.userId, bookings.candidateId)),
    )
    .$dynamic();
}

export type ReportRow = Awaited<ReturnType<typeof reportQuery>>[number];

// Written out in SQL: a column interpolated into these subqueries would lose its table name and bind to the
// subquery's own table. `users` is the outer row.
const count = (query: SQL) => sql<number>`(${query})::int`;
const reportsAgainst = (status: ReportStatus) =>
  count(sql`select count(*) from no_show_reports r where r.accused_id = users.id and r.status = ${status}`);

/**
 * The record of each of these people, in one query however many reports the page holds: interviews held on
 * each side, strikes (all and recent), reports against them by outcome and reports they filed. Every
 * subquery is served by an index on its person column.
 */
async function historiesOf(db: Db | Tx, userIds: string[], now: Date) {
  if (userIds.length === 0) return new Map<string, HistoryRow>();
  const since = new Date(now.getTime() - STRIKES_SUGGEST_BLOCK.windowDays * DAY_MS).toISOString();
  const rows = await db
    .select({
      id: users.id,
      strikes: users.strikes,
      recentStrikes: count(
        sql`select count(*) from strikes k where k.user_id = users.id and k.created_at >= ${since}::timestamptz`,
      ),
      conducted: count(sql`select count(*) from slots s
        join bookings b on b.slot_id = s.id and b.status = 'active'
        where s.interviewer_id = users.id and s.status in ('completed', 'archived')`),
      taken: count(sql`select count(*) from bookings b
        join slots s on s.id = b.slot_id and s.status in ('completed', 'archived')
        where b.candidate_id = users.id and b.status = 'active'`),
      pending: reportsAgainst('pending'),
      upheld: reportsAgainst('upheld'),
      rejected: reportsAgainst('rejected'),
      filed: count(sql`select count(*) from no_show_reports r where r.reporter_id = users.id`),
    })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map((row) => [row.id, row]));
}

type HistoryRow = {
  strikes: number;
  recentStrikes: number;
  conducted: number;
  taken: number;
  pending: number;
  upheld: number;
  rejected: number;
  filed: number;
};

/** A person's record as one side of this report: the report itself is not part of their history. */
function historyOf(
  row: HistoryRow,
  report: { status: ReportStatus },
  role: 'reporter' | 'accused',
): TPartyHistory {
  const against = { pending: row.pending, upheld: row.upheld, rejected: row.rejected };
  if (role === 'accused') against[report.status] -= 1;
  return {
    interviewsConducted: row.conducted,
    interviewsTaken: row.taken,
    strikes: { total: row.strikes, recent: row.recentStrikes },
    suggestBlock: row.recentStrikes >= STRIKES_SUGGEST_BLOCK.strikes,
    reportsAgainst: against,
    reportsFiled: role === 'reporter' ? row.filed - 1 : row.filed,
  };
}

/** The reports of these rows as the queue shows them, with both sides' records read in one more query. */
export async function toAdminReports(db: Db | Tx, rows: ReportRow[], now: Date): Promise<TAdminReport[]> {
  const ids = [...new Set(rows.flatMap((row) => [row.reporter.id, row.accused.id]))];
  const histories = await historiesOf(db, ids, now);
  return rows.map((row) => {
    const { report } = row;
    const checkedIn = (side: SlotRole) => {
      const at = side === 'interviewer' ? row.interviewerCheckedInAt : row.candidateCheckedInAt;
      return at ? at.toISOString() : null;
    };
    const party = (role: 'reporter' | 'accused'): TReportParty => {
      const person = row[role];
      const history = histories.get(person.id);
      if (!history) throw new Error('a report’s party vanished');
      const side: SlotRole = person.id === row.interviewerId ? 'interviewer' : 'candidate';
      return {
        id: person.id,
        login: person.login,
        displayName: person.displayName,
        side,
        blocked: person.status === 'blocked',
        checkedInAt: checkedIn(side),
        history: historyOf(history, report, role),
      };
    };
    return {
      id: report.id,
      status: report.status,
      createdAt: report.createdAt.toISOString(),
      comment: report.comment,
      resolution:
        row.resolver && report.resolvedAt
          ? { by: row.resolver, note: report.resolutionNote ?? '', at: report.resolvedAt.toISOString() }
          : null,
      interview: {
        slotId: row.slotId,
        profession: { ru: row.professionRu, en: row.professionEn },
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
      },
      reporter: party('reporter'),
      accused: party('accused'),
      candidateReviewed: row.candidateReviewed,
    };
  });
}

/** One report as the queue shows it, or 404. */
export async function adminReport(db: Db | Tx, reportId: string, now: Date): Promise<TAdminReport> {
  const rows = await reportQuery(db).where(eq(noShowReports.id, reportId));
  const [report] = await toAdminReports(db, rows, now);
  if (!report) throw new AppError('not_found', 'No such report');
  return report;
}
