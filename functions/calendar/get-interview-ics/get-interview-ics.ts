import type { Db } from '#db/client.ts';
import { buildCalendar, calendarEntries } from '#functions/calendar/calendar.ts';
import { AppError } from '#functions/kernel/app-error.ts';

/** One interview as an .ics file, for its two participants only (to anyone else it does not exist). */
export async function getInterviewIcs({
  db,
  now,
  userId,
  slotId,
}: {
  db: Db;
  now: Date;
  userId: string;
  slotId: string;
}) {
  const entries = await calendarEntries(db, { userId, now, slotId });
  const entry = entries[0];
  if (!entry) throw new AppError('not_found', 'No interview of yours with this id');
  return { ics: buildCalendar(entries, now), startsAt: entry.startsAt };
}
