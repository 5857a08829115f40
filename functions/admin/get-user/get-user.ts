import { and, desc, eq, gt, inArray, isNull, max, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type TAdminUserCard, USER_CARD_ITEMS } from '#contract/admin-users.ts';
import type { Db } from '#db/client.ts';
import {
  bookings,
  ledgerEntries,
  noShowReports,
  professions,
  refreshTokens,
  sessions,
  slots,
  strikes,
  userProfessions,
  users,
} from '#db/schema/index.ts';
import { isLastActiveAdmin } from '#functions/admin/accounts.ts';
import { recentStrikes } from '#functions/attendance/strikes.ts';
import { AppError } from '#functions/kernel/app-error.ts';

type Input = { db: Db; now: Date; userId: string };

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** An interview as the card names it: when, and in which profession. */
const interviewColumns = {
  slotId: slots.id,
  startsAt: slots.startsAt,
  nameRu: professions.nameRu,
  nameEn: professions.nameEn,
};
const interviewRef = (row: { slotId: string; startsAt: Date; nameRu: string; nameEn: string }) => ({
  slotId: row.slotId,
  startsAt: iso(row.startsAt),
  profession: { ru: row.nameRu, en: row.nameEn },
});

const person = { id: users.id, login: users.login, displayName: users.displayName };

/**
 * The user card: the profile, the balance and its latest entries, strikes, interviews on either side,
 * no-show reports both ways, the sessions that can still act, and whether this is the last active admin.
 * Each part is one query; they run side by side.
 */
export async function getUser({ db, now, userId }: Input): Promise<TAdminUserCard> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('not_found', 'No such user');
  const [profileProfessions, recent, strikeRows, interviews, ledger, reports, live, isLastAdmin] =
    await Promise.all([
      db
        .select({ id: professions.id, nameRu: professions.nameRu, nameEn: professions.nameEn })
        .from(userProfessions)
        .innerJoin(professions, eq(professions.id, userProfessions.professionId))
        .where(eq(userProfessions.userId, userId))
        .orderBy(professions.position),
      recentStrikes(db, userId, now),
      db
        .select({ id: strikes.id, kind: strikes.kind, createdAt: strikes.createdAt, ...interviewColumns })
        .from(strikes)
        .innerJoin(bookings, eq(bookings.id, strikes.bookingId))
        .innerJoin(slots, eq(slots.id, bookings.slotId))
        .innerJoin(professions, eq(professions.id, slots.professionId))
        .where(eq(strikes.userId, userId))
        .orderBy(desc(strikes.createdAt))
        .limit(USER_CARD_ITEMS),
      interviewsOf(db, userId),
      db
        .select({ entry: ledgerEntries, slotId: bookings.slotId })
        .from(ledgerEntries)
        .leftJoin(bookings, eq(bookings.id, ledgerEntries.bookingId))
        .where(eq(ledgerEntries.userId, userId))
        .orderBy(desc(ledgerEntries.id))
        .limit(USER_CARD_ITEMS),
      reportsOf(db, userId),
      liveSessionsOf(db, userId, now),
      user.role === 'admin' ? isLastActiveAdmin(db, userId) : false,
    ]);
  return {
    profile: {
      id: user.id,
      login: user.login,
      displayName: user.displayName,
      role: user.role,
      status: user.status,
      createdAt: iso(user.createdAt),
      bio: user.bio,
      contacts: user.contacts,
      level: user.level,
      timeZone: user.timeZone,
      professions: profileProfessions.map((p) => ({ id: p.id, name: { ru: p.nameRu, en: p.nameEn } })),
      blockedAt: isoOrNull(user.blockedAt),
      blockedReason: user.blockedReason,
    },
    balance: user.balance,
    strikes: {
      total: user.strikes,
      recent: recent.count,
      suggestBlock: recent.suggestBlock,
      items: strikeRows.map((row) => ({
        ...interviewRef(row),
        id: row.id,
        kind: row.kind,
        createdAt: iso(row.createdAt),
      })),
    },
    interviews,
    ledger: ledger.map(({ entry, slotId }) => ({
      id: entry.id,
      delta: entry.delta,
      reason: entry.reason,
      note: entry.note,
      createdAt: iso(entry.createdAt),
      slotId,
    })),
    reports,
    sessions: live,
    isLastAdmin,
  };
}

/**
 * The latest interviews on either side: the user's slots with the candidate of each one's latest booking
 * (the one holding it, or the last to have held it), and the slots the user booked, with the interviewer.
 */
async function interviewsOf(db: Db, userId: string): Promise<TAdminUserCard['interviews']> {
  const interviewer = alias(users, 'interviewer');
  const [hosted, booked] = await Promise.all([
    db
      .select({ ...interviewColumns, status: slots.status })
      .from(slots)
      .innerJoin(professions, eq(professions.id, slots.professionId))
      .where(eq(slots.interviewerId, userId))
      .orderBy(desc(slots.startsAt))
      .limit(USER_CARD_ITEMS),
    db
      .select({
        ...interviewColumns,
        status: slots.status,
        bookingStatus: bookings.status,
        other: { id: interviewer.id, login: interviewer.login, displayName: interviewer.displayName },
      })
      .from(bookings)
      .innerJoin(slots, eq(slots.id, bookings.slotId))
      .innerJoin(professions, eq(professions.id, slots.professionId))
      .innerJoin(interviewer, eq(interviewer.id, slots.interviewerId))
      .where(eq(bookings.candidateId, userId))
      .orderBy(desc(slots.startsAt))
      .limit(USER_CARD_ITEMS),
  ]);
  const hostedBookings = hosted.length
    ? await db
        .select({ slotId: bookings.slotId, status: bookings.status, other: person })
        .from(bookings)
        .innerJoin(users, eq(users.id, bookings.candidateId))
        .where(
          inArray(
            bookings.slotId,
            hosted.map((slot) => slot.slotId),
          ),
        )
        .orderBy(desc(bookings.createdAt))
    : [];
  const latestBooking = new Map<string, (typeof hostedBookings)[number]>();
  for (const booking of hostedBookings)
    if (!latestBooking.has(booking.slotId)) latestBooking.set(booking.slotId, booking);
  return [
    ...hosted.map((row) => {
      const booking = latestBooking.get(row.slotId);
      return {
        ...interviewRef(row),
        role: 'interviewer' as const,
        status: row.status,
        bookingStatus: booking?.status ?? null,
        other: booking?.other ?? null,
      };
    }),
    ...booked.map((row) => ({
      ...interviewRef(row),
      role: 'candidate' as const,
      status: row.status,
      bookingStatus: row.bookingStatus,
      other: row.other,
    })),
  ]
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .slice(0, USER_CARD_ITEMS);
}

/** No-show reports against the user and filed by them, newest first, each with the other side. */
async function reportsOf(db: Db, userId: string): Promise<TAdminUserCard['reports']> {
  const reporter = alias(users, 'reporter');
  const accused = alias(users, 'accused');
  const rows = await db
    .select({
      report: noShowReports,
      ...interviewColumns,
      reporter: { id: reporter.id, login: reporter.login, displayName: reporter.displayName },
      accused: { id: accused.id, login: accused.login, displayName: accused.displayName },
    })
    .from(noShowReports)
    .innerJoin(bookings, eq(bookings.id, noShowReports.bookingId))
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(professions, eq(professions.id, slots.professionId))
    .innerJoin(reporter, eq(reporter.id, noShowReports.reporterId))
    .innerJoin(accused, eq(accused.id, noShowReports.accusedId))
    .where(or(eq(noShowReports.accusedId, userId), eq(noShowReports.reporterId, userId)))
    .orderBy(desc(noShowReports.createdAt))
    .limit(USER_CARD_ITEMS);
  return rows.map((row) => {
    const against = row.report.accusedId === userId;
    return {
      ...interviewRef(row),
      id: row.report.id,
      direction: against ? ('against' as const) : ('filed' as const),
      other: against ? row.reporter : row.accused,
      status: row.report.status,
      comment: row.report.comment,
      resolutionNote: row.report.resolutionNote,
      createdAt: iso(row.report.createdAt),
      resolvedAt: isoOrNull(row.report.resolvedAt),
    };
  });
}

/**
 * The sessions that can still act: not ended, with a refresh token not expired (the newest is, if any). The
 * newest token was handed out by the last refresh (or the sign-in), so it tells when the session was last used.
 */
async function liveSessionsOf(db: Db, userId: string, now: Date): Promise<TAdminUserCard['sessions']> {
  const lastUsedAt = max(refreshTokens.createdAt);
  const expiresAt = max(refreshTokens.expiresAt);
  const rows = await db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      lastUsedAt,
      expiresAt,
    })
    .from(sessions)
    .innerJoin(refreshTokens, eq(refreshTokens.sessionId, sessions.id))
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(refreshTokens.expiresAt, now)))
    .groupBy(sessions.id)
    .orderBy(desc(lastUsedAt))
    .limit(USER_CARD_ITEMS);
  return rows.map((row) => ({
    id: row.id,
    userAgent: row.userAgent,
    createdAt: iso(row.createdAt),
    lastUsedAt: iso(row.lastUsedAt ?? row.createdAt),
    expiresAt: iso(row.expiresAt ?? row.createdAt),
  }));
}
