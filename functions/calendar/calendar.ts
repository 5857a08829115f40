import { and, desc, eq, gte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Db } from '#db/client.ts';
import { bookings, professions, slots, users } from '#db/schema/index.ts';

export type CalendarEntry = {
  slotId: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  meetingUrl: string;
  professionName: string;
  role: 'interviewer' | 'candidate';
  counterpartName: string | null;
  topics: string;
  cancelled: boolean;
};

const REMINDER_SECONDS = 15 * 60;

const summaryOf = (entry: CalendarEntry) =>
  entry.role === 'interviewer'
    ? `Mockstock: вы проводите интервью (${entry.professionName})`
    : `Mockstock: ваше интервью (${entry.professionName})`;

function descriptionOf(entry: CalendarEntry): string {
  const lines = [`Ссылка на встречу: ${entry.meetingUrl}`];
  if (entry.counterpartName)
    lines.push(`${entry.role === 'interviewer' ? 'Кандидат' : 'Интервьюер'}: ${entry.counterpartName}`);
  if (entry.topics) lines.push(`Темы: ${entry.topics}`);
  return lines.join('\n');
}

/**
 * RFC 5545 via ical-generator (escaping and line folding done right): the UID is the slot's and never
 * changes, SEQUENCE grows with every change of the slot, times are UTC, the meeting link is the location and
 * URL, and a reminder fires 15 minutes before. A cancelled interview stays in the feed as CANCELLED so that
 * subscribed calendars drop it.
 */
export function buildCalendar(entries: CalendarEntry[], now: Date, name = 'Mockstock'): string {
  const calendar = ical({
    name,
    prodId: { company: 'Mockstock', product: 'interviews', language: 'RU' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 15 * 60,
  });
  for (const entry of entries) {
    calendar.createEvent({
      id: `${entry.slotId}@mockstock`,
      sequence: entry.sequence,
      stamp: now,
      start: entry.startsAt,
      end: entry.endsAt,
      summary: summaryOf(entry),
      description: descriptionOf(entry),
      location: entry.meetingUrl,
      url: entry.meetingUrl,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      alarms: entry.cancelled ? [] : [{ type: ICalAlarmType.display, triggerBefore: REMINDER_SECONDS }],
    });
  }
  return calendar.toString();
}

const googleDate = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** "Add to Google Calendar": Google's documented event template link. */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: summaryOf(entry),
    dates: `${googleDate(entry.startsAt)}/${googleDate(entry.endsAt)}`,
    details: descriptionOf(entry),
    location: entry.meetingUrl,
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

const RECENT_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The interviews a user's calendar should hold, from a week ago on: the slots they conduct once booked, and
 * the slots they booked. A slot cancelled by either side, or a booking given back, is an entry marked
 * cancelled, for both participants: the interviewer's calendar drops an interview whose candidate gave it back
 * (and shows it again, with a higher SEQUENCE, when someone books the slot). With `slotId`, only that one.
 */
export async function calendarEntries(
  db: Db,
  input: { userId: string; now: Date; slotId?: string },
): Promise<CalendarEntry[]> {
  const candidate = alias(users, 'candidate');
  const interviewer = alias(users, 'interviewer');
  const rows = await db
    .select({
      slot: slots,
      professionName: professions.nameRu,
      bookingStatus: bookings.status,
      candidateId: bookings.candidateId,
      candidateName: candidate.displayName,
      interviewerName: interviewer.displayName,
    })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(professions, eq(professions.id, slots.professionId))
    .innerJoin(candidate, eq(candidate.id, bookings.candidateId))
    .innerJoin(interviewer, eq(interviewer.id, slots.interviewerId))
    .where(
      and(
        or(eq(slots.interviewerId, input.userId), eq(bookings.candidateId, input.userId)),
        // One interview is always available to its participants; the feed keeps to the recent ones.
        input.slotId
          ? eq(slots.id, input.slotId)
          : gte(slots.startsAt, new Date(input.now.getTime() - RECENT_MS)),
      ),
    )
    // The booking that holds the slot decides; otherwise the latest one.
    .orderBy(sql`${bookings.status} = 'active' desc`, desc(bookings.createdAt));

  const bySlot = new Map<string, CalendarEntry>();
  for (const row of rows) {
    if (bySlot.has(row.slot.id)) continue;
    const role = row.slot.interviewerId === input.userId ? 'interviewer' : 'candidate';
    bySlot.set(row.slot.id, {
      slotId: row.slot.id,
      sequence: row.slot.sequence,
      startsAt: row.slot.startsAt,
      endsAt: row.slot.endsAt,
      meetingUrl: row.slot.meetingUrl,
      professionName: row.professionName,
      role,
      counterpartName: role === 'interviewer' ? row.candidateName : row.interviewerName,
      topics: row.slot.description,
      cancelled: row.bookingStatus !== 'active' || row.slot.status === 'cancelled',
    });
  }
  return [...bySlot.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
