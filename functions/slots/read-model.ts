import { and, desc, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { attendanceOf, attendancePercent } from '#contract/profiles.ts';
import { canCancel, cutoffOf, RATING_PRIOR } from '#contract/rules.ts';
import { type TExchangeSlot, type TSlotDetails, ZExchangeSlot } from '#contract/slots.ts';
import type { Db, Tx } from '#db/client.ts';
import { bookings, professions, slots, users } from '#db/schema/index.ts';
import { type AttendanceRecords, readAttendance, toAttendance } from '#functions/attendance/attendance.ts';
import { earnsPairReward } from '#functions/bookings/pair-reward.ts';
import { googleCalendarUrl } from '#functions/calendar/calendar.ts';
import { feedbackSummaries } from '#functions/feedback/feedback-status.ts';

export type SlotRow = typeof slots.$inferSelect;

/** The interviewer's place under "best rated": their Bayesian average (contract/rules.ts rankingScore). */
export const rankingScoreSql = sql<number>`((${users.ratingSum} + ${RATING_PRIOR.mean * RATING_PRIOR.weight})::float8
  / (${users.ratingCount} + ${RATING_PRIOR.weight}))`;

/**
 * A slot with what the exchange shows beside it (its profession, its interviewer's name, interviews
 * conducted, rating and attendance), in one query: on this kind of machine every round trip to the database
 * costs more than the joins. The counts are written out in SQL: a column interpolated into those subqueries
 * would lose its table name and bind to the subquery's own table. Each reads one user's rows by an index
 * (slots by interviewer, bookings by candidate, strikes by user).
 */
const cardColumns = {
  professionSlug: professions.slug,
  professionRu: professions.nameRu,
  professionEn: professions.nameEn,
  interviewerName: users.displayName,
  interviewerLogin: users.login,
  conducted: sql<number>`(select count(*) from slots s
    where s.interviewer_id = users.id and s.status in ('completed', 'archived'))::int`,
  // Attendance (contract/profiles.ts attendanceOf): interviews taken, late cancellations and the strikes.
  taken: sql<number>`(select count(*) from bookings b join slots s on s.id = b.slot_id
    where b.candidate_id = users.id and b.status = 'active' and s.status in ('completed', 'archived'))::int`,
  lateCancellations: sql<number>`(select count(*) from strikes k
    where k.user_id = users.id and k.kind = 'late_cancellation')::int`,
  strikes: users.strikes,
  // Revealed ratings are counted as they are revealed (feedback/feedback.ts): no pass over the reviews.
  ratingCount: users.ratingCount,
  ratingSum: users.ratingSum,
  score: rankingScoreSql,
};

const exchangeColumns = { slot: slots, ...cardColumns };

export function exchangeSlotQuery(db: Db | Tx) {
  return db
    .select(exchangeColumns)
    .from(slots)
    .innerJoin(professions, eq(professions.id, slots.professionId))
    .innerJoin(users, eq(users.id, slots.interviewerId))
    .$dynamic();
}

/**
 * The same beside slots already read, plus what only the interview's participants see of the interviewer
 * (contacts, bio, level): kept off the exchange's own query, which reads pages of 30 and never shows them.
 */
function participantCardQuery(db: Db | Tx) {
  return db
    .select({
      slotId: slots.id,
      ...cardColumns,
      interviewerContacts: users.contacts,
      interviewerBio: users.bio,
      interviewerLevel: users.level,
    })
    .from(slots)
    .innerJoin(professions, eq(professions.id, slots.professionId))
    .innerJoin(users, eq(users.id, slots.interviewerId))
    .$dynamic();
}

export type ExchangeRow = Awaited<ReturnType<typeof exchangeSlotQuery>>[number];

export function toExchangeView(row: ExchangeRow): TExchangeSlot {
  const { slot } = row;
  return {
    id: slot.id,
    status: slot.status,
    profession: {
      id: slot.professionId,
      slug: row.professionSlug,
      name: { ru: row.professionRu, en: row.professionEn },
    },
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    durationMinutes: slot.durationMinutes,
    level: slot.level,
    language: slot.language,
    description: slot.description,
    interviewer: {
      id: slot.interviewerId,
      login: row.interviewerLogin,
      displayName: row.interviewerName,
      interviewsConducted: row.conducted,
      rating:
        row.ratingCount > 0
          ? { average: Math.round((row.ratingSum / row.ratingCount) * 100) / 100, count: row.ratingCount }
          : null,
      attendance: attendancePercent(
        attendanceOf({
          held: row.conducted + row.taken,
          lateCancellations: row.lateCancellations,
          strikes: row.strikes,
        }),
      ),
    },
    cutoffAt: cutoffOf(slot.startsAt).toISOString(),
  };
}

type ParticipantRow = Omit<Awaited<ReturnType<typeof participantCardQuery>>[number], 'slotId'> & {
  slot: SlotRow;
};

/** The rows (profession, interviewer figures and contacts) of slots already read, in the order given. */
async function participantRowsOf(db: Db | Tx, rows: SlotRow[]): Promise<ParticipantRow[]> {
  if (rows.length === 0) return [];
  const found = await participantCardQuery(db).where(
    inArray(
      slots.id,
      rows.map((r) => r.id),
    ),
  );
  // The slots themselves are not read again: inside a transaction the rows given are the newest state.
  const cards = new Map(found.map(({ slotId, ...card }) => [slotId, card]));
  return rows.map((slot) => {
    const card = cards.get(slot.id);
    if (!card) throw new Error(`slot ${slot.id} refers to a missing profession or user`);
    return { ...card, slot };
  });
}

/**
 * What the exchange shows of these interviewers changed (their name, interviews conducted, rating): each of
 * their open slots is announced again as `slot.changed`, so watchers update their cards and cached exchange
 * pages are dropped. An exchange page never changes without a public event (docs/decisions/008).
 */
export async function interviewerCardsChanged(
  tx: Db | Tx,
  interviewerIds: string[],
  now: Date,
): Promise<DomainEvent[]> {
  if (interviewerIds.length === 0) return [];
  const open = await exchangeSlotQuery(tx).where(
    and(
      inArray(slots.interviewerId, [...new Set(interviewerIds)]),
      eq(slots.status, 'open'),
      gt(slots.startsAt, now),
    ),
  );
  return open.map((row) => domainEvent('slot.changed', null, { slot: toExchangeView(row) }, now));
}

/** Who holds each of these slots (slot id → candidate id), for the ones that are booked. */
export async function candidatesOf(db: Db | Tx, slotIds: string[]): Promise<Map<string, string>> {
  if (slotIds.length === 0) return new Map();
  const rows = await db
    .select({ slotId: bookings.slotId, candidateId: bookings.candidateId })
    .from(bookings)
    .where(and(inArray(bookings.slotId, slotIds), eq(bookings.status, 'active')));
  return new Map(rows.map((row) => [row.slotId, row.candidateId]));
}

/** The booking that currently holds the slot, if any. */
export async function activeBookingOf(db: Db | Tx, slotId: string) {
  const [row] = await db
    .select()
    .from(bookings)
    .where(sql`${bookings.slotId} = ${slotId} and ${bookings.status} = 'active'`);
  return row;
}

export type BookingRow = typeof bookings.$inferSelect;

/**
 * What a caller may add to a view: the slots' active bookings it holds already (it just wrote them), which
 * saves their read, and their attendance records when it knows them (none, for a booking it just made); and
 * the anti-farming window (config PAIR_REWARD_WINDOW_DAYS), given by the slot's own page, which then tells a
 * viewer who could book whether booking would earn the interviewer a point.
 */
type ViewOptions = {
  activeBookings?: BookingRow[];
  attendance?: AttendanceRecords;
  pairWindowDays?: number;
};

const CANCELLED_BY = {
  cancelled_by_candidate: 'candidate',
  cancelled_by_interviewer: 'interviewer',
  cancelled_by_admin: 'admin',
} as const;

/** Who called the viewer's interview off, and when: their cancelled slot, or their booking that ended. */
function cancellationOf(
  row: SlotRow,
  myRole: 'interviewer' | 'candidate' | null,
  calledOff: BookingRow | undefined,
): TSlotDetails['cancellation'] {
  if (myRole === 'interviewer' && row.status === 'cancelled' && row.cancelledAt) {
    const by = calledOff && calledOff.status !== 'active' ? CANCELLED_BY[calledOff.status] : 'withdrawn';
    return { by, at: row.cancelledAt.toISOString() };
  }
  if (myRole === null && calledOff?.cancelledAt && calledOff.status !== 'active')
    return { by: CANCELLED_BY[calledOff.status], at: calledOff.cancelledAt.toISOString() };
  return null;
}

/**
 * Slots as `viewerId` may see them: participants see the link, the counterpart and whether they can cancel.
 * A caller that holds the slots' active bookings already (it just wrote them) passes them as `activeBookings`
 * and saves the read; the interviewer's contacts come with the exchange row, so a candidate's view needs no
 * read of people.
 */
export async function toSlotDetailsMany(
  db: Db | Tx,
  rows: SlotRow[],
  viewerId: string | null,
  now: Date,
  known: ViewOptions = {},
): Promise<TSlotDetails[]> {
  const ids = rows.map((r) => r.id);
  const [exchangeRows, active] = await Promise.all([
    participantRowsOf(db, rows),
    known.activeBookings ??
      (ids.length
        ? db
            .select()
            .from(bookings)
            .where(and(inArray(bookings.slotId, ids), eq(bookings.status, 'active')))
        : []),
  ]);
  const bookingBySlot = new Map(active.map((b) => [b.slotId, b]));
  const roleOf = (row: SlotRow) => {
    if (viewerId === row.interviewerId) return 'interviewer' as const;
    return viewerId && bookingBySlot.get(row.id)?.candidateId === viewerId ? ('candidate' as const) : null;
  };
  // The bookings of these slots that were called off and concern the viewer, latest first: their own as a
  // candidate, or, on their own slots, the ones they (or an admin) cancelled. A slot the viewer holds a
  // booking of shows no cancellation (cancellationOf), so its history is not read.
  const owned = rows.filter((row) => row.interviewerId === viewerId).map((row) => row.id);
  const unheld = rows.filter((row) => roleOf(row) !== 'candidate').map((row) => row.id);
  const calledOff =
    viewerId && unheld.length
      ? await db
          .select()
          .from(bookings)
          .where(
            and(
              inArray(bookings.slotId, unheld),
              ne(bookings.status, 'active'),
              or(
                eq(bookings.candidateId, viewerId),
                owned.length
                  ? and(
                      inArray(bookings.slotId, owned),
                      inArray(bookings.status, ['cancelled_by_interviewer', 'cancelled_by_admin']),
                    )
                  : undefined,
              ),
            ),
          )
          .orderBy(desc(bookings.cancelledAt))
      : [];
  const calledOffBySlot = new Map<string, BookingRow>();
  for (const booking of calledOff)
    if (!calledOffBySlot.has(booking.slotId)) calledOffBySlot.set(booking.slotId, booking);
  // The interviewer sees the candidate: those are read; the candidate sees the interviewer, already at hand.
  const candidateIds = rows.flatMap((row) => {
    const id = roleOf(row) === 'interviewer' ? bookingBySlot.get(row.id)?.candidateId : undefined;
    return id ? [id] : [];
  });
  const candidates = candidateIds.length
    ? await db
        .select({
          id: users.id,
          login: users.login,
          displayName: users.displayName,
          contacts: users.contacts,
          bio: users.bio,
          level: users.level,
        })
        .from(users)
        .where(inArray(users.id, [...new Set(candidateIds)]))
    : [];
  const candidateById = new Map(candidates.map((p) => [p.id, p]));
  // Feedback and attendance concern the participants of a booking alone: nobody else's view reads them.
  const attended = rows.flatMap((row) => {
    const booking = bookingBySlot.get(row.id);
    return roleOf(row) && booking ? [booking.id] : [];
  });
  const [feedbackOf, attendance] = await Promise.all([
    feedbackSummaries(
      db,
      rows.flatMap((row) => {
        const booking = bookingBySlot.get(row.id);
        return roleOf(row) &&
          booking &&
          now >= row.endsAt &&
          (row.status === 'completed' || row.status === 'archived' || row.status === 'booked')
          ? [{ booking, role: roleOf(row) ?? 'candidate', endsAt: row.endsAt }]
          : [];
      }),
      now,
    ),
    known.attendance ?? readAttendance(db, attended),
  ]);
  // Whether booking would earn, for a viewer who could book: asked by the slot's page, which shows one slot.
  const wouldEarn = new Map<string, boolean>();
  const { pairWindowDays } = known;
  if (viewerId && pairWindowDays !== undefined) {
    for (const row of rows) {
      if (row.status !== 'open' || now >= row.startsAt || row.interviewerId === viewerId) continue;
      const earns = await earnsPairReward(db, {
        candidateId: viewerId,
        interviewerId: row.interviewerId,
        startsAt: row.startsAt,
        windowDays: pairWindowDays,
      });
      wouldEarn.set(row.id, earns);
    }
  }
  return rows.map((row, index) => {
    const exchangeRow = exchangeRows[index];
    if (!exchangeRow) throw new Error('unreachable: one exchange row per slot');
    const view = toExchangeView(exchangeRow);
    const booking = bookingBySlot.get(row.id);
    const myRole = roleOf(row);
    const counterpart =
      myRole === 'interviewer'
        ? (booking && candidateById.get(booking.candidateId)) || null
        : myRole === 'candidate'
          ? {
              id: row.interviewerId,
              login: exchangeRow.interviewerLogin,
              displayName: exchangeRow.interviewerName,
              contacts: exchangeRow.interviewerContacts,
              bio: exchangeRow.interviewerBio,
              level: exchangeRow.interviewerLevel,
            }
          : null;
    return {
      ...view,
      meetingUrl: myRole ? row.meetingUrl : null,
      sequence: row.sequence,
      myRole,
      counterpart,
      bookingId: myRole ? (booking?.id ?? null) : null,
      canCancel: canCancel(row, myRole, now),
      feedback: booking ? (feedbackOf.get(booking.id) ?? null) : null,
      cancellation: cancellationOf(row, myRole, calledOffBySlot.get(row.id)),
      earnsReward: myRole && booking ? booking.earnsReward : (wouldEarn.get(row.id) ?? null),
      attendance:
        myRole && booking && viewerId
          ? toAttendance(
              attendance,
              {
                slot: row,
                booking,
                viewerId,
                feedbackWritten: feedbackOf.get(booking.id)?.status === 'given',
              },
              now,
            )
          : null,
      // Only an interview (a booked slot) goes into a calendar, as the .ics does.
      googleCalendarUrl:
        myRole && booking
          ? googleCalendarUrl({
              slotId: row.id,
              sequence: row.sequence,
              startsAt: row.startsAt,
              endsAt: row.endsAt,
              meetingUrl: row.meetingUrl,
              professionName: view.profession.name.ru,
              role: myRole,
              counterpartName: counterpart?.displayName ?? null,
              topics: row.description,
              cancelled: row.status === 'cancelled',
            })
          : null,
    };
  });
}

export async function toSlotDetails(
  db: Db | Tx,
  row: SlotRow,
  viewerId: string | null,
  now: Date,
  known: ViewOptions = {},
): Promise<TSlotDetails> {
  const [details] = await toSlotDetailsMany(db, [row], viewerId, now, known);
  if (!details) throw new Error('unreachable: one row in, one view out');
  return details;
}

/** The public part of a participant's view (zod drops the private keys). */
export const publicPart = (details: TSlotDetails): TExchangeSlot => ZExchangeSlot.parse(details);
