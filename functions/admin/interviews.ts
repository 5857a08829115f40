import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { TAdminPerson } from '#contract/admin.ts';
import type { TAdminInterviewDetail } from '#contract/admin-interviews.ts';
import type { SlotStatus } from '#contract/enums.ts';
import type { Db, Tx } from '#db/client.ts';
import {
  adminAuditLog,
  bookings,
  candidateAssessments,
  checkIns,
  interviewerReviews,
  ledgerEntries,
  noShowReports,
  professions,
  slots,
  strikes,
  users,
} from '#db/schema/index.ts';
import { auditEntryQuery, toAuditEntry } from '#functions/admin/audit-entries.ts';
import { AppError } from '#functions/kernel/app-error.ts';

/**
 * An admin may call off an interview that has not been settled: open or booked, even after its start (the
 * interviewer never came, the room never worked). Completed, cancelled, expired and archived ones are history.
 */
export const adminMayCancel = (status: SlotStatus) => status === 'open' || status === 'booked';

/** The people with these ids as admin pages name them. */
export async function personsById(db: Db | Tx, ids: Iterable<string>): Promise<Map<string, TAdminPerson>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, login: users.login, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((row) => [row.id, row]));
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * One interview with everything that happened to it: the slot, every booking (given back or cancelled ones
 * too) with its check-ins, reports, strikes, feedback and the points that moved for it, and what admins did
 * about it or its reports.
 */
export async function interviewDetail(db: Db | Tx, slotId: string): Promise<TAdminInterviewDetail> {
  const [head] = await db
    .select({ slot: slots, profession: professions })
    .from(slots)
    .innerJoin(professions, eq(professions.id, slots.professionId))
    .where(eq(slots.id, slotId));
  if (!head) throw new AppError('not_found', 'No such interview');
  const { slot, profession } = head;
  const bookingRows = await db
    .select()
    .from(bookings)
    .where(eq(bookings.slotId, slotId))
    .orderBy(asc(bookings.createdAt), asc(bookings.id));
  const ids = bookingRows.map((booking) => booking.id);
  const ofBookings = <T>(read: () => Promise<T[]>) => (ids.length ? read() : Promise.resolve([]));
  const [reviews, assessments, checks, reports, ledger, strikeRows] = await Promise.all([
    ofBookings(() =>
      db
        .select({
          bookingId: interviewerReviews.bookingId,
          createdAt: interviewerReviews.createdAt,
          updatedAt: interviewerReviews.updatedAt,
        })
        .from(interviewerReviews)
        .where(inArray(interviewerReviews.bookingId, ids)),
    ),
    ofBookings(() =>
      db
        .select({
          bookingId: candidateAssessments.bookingId,
          createdAt: candidateAssessments.createdAt,
          updatedAt: candidateAssessments.updatedAt,
        })
        .from(candidateAssessments)
        .where(inArray(candidateAssessments.bookingId, ids)),
    ),
    ofBookings(() =>
      db.select().from(checkIns).where(inArray(checkIns.bookingId, ids)).orderBy(asc(checkIns.checkedInAt)),
    ),
    ofBookings(() =>
      db
        .select()
        .from(noShowReports)
        .where(inArray(noShowReports.bookingId, ids))
        .orderBy(asc(noShowReports.createdAt)),
    ),
    ofBookings(() =>
      db
        .select()
        .from(ledgerEntries)
        .where(inArray(ledgerEntries.bookingId, ids))
        .orderBy(asc(ledgerEntries.id)),
    ),
    ofBookings(() =>
      db.select().from(strikes).where(inArray(strikes.bookingId, ids)).orderBy(asc(strikes.createdAt)),
    ),
  ]);
  const reportIds = reports.map((report) => report.id);
  const [auditRows, people] = await Promise.all([
    auditEntryQuery(db)
      .where(
        or(
          and(eq(adminAuditLog.targetType, 'interview'), eq(adminAuditLog.targetId, slotId)),
          reportIds.length
            ? and(eq(adminAuditLog.targetType, 'report'), inArray(adminAuditLog.targetId, reportIds))
            : undefined,
        ),
      )
      .orderBy(asc(adminAuditLog.id)),
    personsById(db, [
      slot.interviewerId,
      ...bookingRows.map((booking) => booking.candidateId),
      ...checks.map((check) => check.userId),
      ...reports.flatMap((report) => [
        report.reporterId,
        report.accusedId,
        ...(report.resolvedBy ? [report.resolvedBy] : []),
      ]),
      ...ledger.map((entry) => entry.userId),
      ...strikeRows.map((strike) => strike.userId),
    ]),
  ]);
  const person = (id: string): TAdminPerson => {
    const found = people.get(id);
    if (!found) throw new Error(`user ${id} named by interview ${slotId} is missing`);
    return found;
  };
  const written = (row: { createdAt: Date; updatedAt: Date } | undefined) =>
    row ? { createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() } : null;
  return {
    slot: {
      id: slot.id,
      status: slot.status,
      profession: {
        id: profession.id,
        slug: profession.slug,
        name: { ru: profession.nameRu, en: profession.nameEn },
        archived: profession.archivedAt !== null,
      },
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      durationMinutes: slot.durationMinutes,
      level: slot.level,
      language: slot.language,
      description: slot.description,
      meetingUrl: slot.meetingUrl,
      sequence: slot.sequence,
      createdAt: slot.createdAt.toISOString(),
      updatedAt: slot.updatedAt.toISOString(),
      lockedAt: iso(slot.lockedAt),
      cancelledAt: iso(slot.cancelledAt),
      completedAt: iso(slot.completedAt),
      expiredAt: iso(slot.expiredAt),
      archivedAt: iso(slot.archivedAt),
    },
    interviewer: person(slot.interviewerId),
    canCancel: adminMayCancel(slot.status),
    bookings: bookingRows.map((booking) => ({
      id: booking.id,
      candidate: person(booking.candidateId),
      status: booking.status,
      createdAt: booking.createdAt.toISOString(),
      cancelledAt: iso(booking.cancelledAt),
      earnsReward: booking.earnsReward,
      feedbackRevealedAt: iso(booking.feedbackRevealedAt),
      review: written(reviews.find((review) => review.bookingId === booking.id)),
      assessment: written(assessments.find((assessment) => assessment.bookingId === booking.id)),
      checkIns: checks
        .filter((check) => check.bookingId === booking.id)
        .map((check) => ({ person: person(check.userId), at: check.checkedInAt.toISOString() })),
      reports: reports
        .filter((report) => report.bookingId === booking.id)
        .map((report) => ({
          id: report.id,
          reporter: person(report.reporterId),
          accused: person(report.accusedId),
          comment: report.comment,
          status: report.status,
          createdAt: report.createdAt.toISOString(),
          resolvedAt: iso(report.resolvedAt),
          resolvedBy: report.resolvedBy ? person(report.resolvedBy) : null,
          resolutionNote: report.resolutionNote,
        })),
      ledger: ledger
        .filter((entry) => entry.bookingId === booking.id)
        .map((entry) => ({
          id: entry.id,
          person: person(entry.userId),
          delta: entry.delta,
          reason: entry.reason,
          note: entry.note,
          createdAt: entry.createdAt.toISOString(),
        })),
      strikes: strikeRows
        .filter((strike) => strike.bookingId === booking.id)
        .map((strike) => ({
          person: person(strike.userId),
          kind: strike.kind,
          createdAt: strike.createdAt.toISOString(),
        })),
    })),
    audit: auditRows.map(toAuditEntry),
  };
}
