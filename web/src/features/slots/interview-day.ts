import { canCheckIn, checkInOpensAt } from '#contract/rules.ts';
import type { TSlotDetails } from '#contract/slots.ts';
import { addWords, type Language, translator } from '../../lib/i18n.ts';
import { interviewDay } from '../../lib/locales/interview-day.ts';
import { DAY_MS, zonedWallTime } from '../../lib/time.ts';

// Its words join the catalog with this module (the home page and "Мои интервью"), not in everyone's load.
addWords('interviewDay', interviewDay);

/** An interview's times, as the slot carries them. */
type Times = Pick<TSlotDetails, 'startsAt' | 'endsAt'>;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const instants = ({ startsAt, endsAt }: Times) => ({
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
});

/**
 * The viewer's next interview in a list ordered soonest first: booked, not called off and not over yet, on
 * either side. Open slots nobody booked are not interviews yet.
 */
export function nextInterview(items: readonly TSlotDetails[], now: Date): TSlotDetails | null {
  return (
    items.find(
      (slot) =>
        slot.status === 'booked' &&
        slot.myRole !== null &&
        slot.cancellation === null &&
        now < new Date(slot.endsAt),
    ) ?? null
  );
}

/**
 * Whether the meeting can be joined at `now`: the same window as "I am here" (from 10 minutes before the
 * start until the end), so the button and the check-in open together.
 */
export type JoinStep = { kind: 'before'; opensAt: Date } | { kind: 'open' } | { kind: 'over' };

export function joinStep(slot: Times, now: Date): JoinStep {
  const times = instants(slot);
  if (canCheckIn(times, now)) return { kind: 'open' };
  return now < times.startsAt
    ? { kind: 'before', opensAt: checkInOpensAt(times.startsAt) }
    : { kind: 'over' };
}

/**
 * How long until the interview starts, in the viewer's language: "через 2 ч 15 мин", "через 3 дн. 4 ч",
 * "идёт сейчас" once it has begun. Minutes round up, so the last minute reads "через 1 мин", never "0 мин".
 */
export function countdownText(slot: Times, now: Date, language: Language): string {
  const { startsAt, endsAt } = instants(slot);
  const t = translator(language);
  if (now >= endsAt) return t('interviewDay.ended');
  const left = startsAt.getTime() - now.getTime();
  if (left <= 0) return t('interviewDay.now');
  const minutesLeft = Math.ceil(left / MINUTE_MS);
  const days = Math.floor(minutesLeft / (DAY_MS / MINUTE_MS));
  const hours = Math.floor((minutesLeft % (DAY_MS / MINUTE_MS)) / (HOUR_MS / MINUTE_MS));
  const minutes = minutesLeft % (HOUR_MS / MINUTE_MS);
  // Two units are enough to plan by: days and hours, or hours and minutes.
  const parts =
    days > 0
      ? [
          t('interviewDay.days', { count: days }),
          hours > 0 ? t('interviewDay.hours', { count: hours }) : null,
        ]
      : [
          hours > 0 ? t('interviewDay.hours', { count: hours }) : null,
          minutes > 0 ? t('interviewDay.minutes', { count: minutes }) : null,
        ];
  return t('interviewDay.in', { time: parts.filter(Boolean).join(' ') });
}

/** Which day a list heading names: today, tomorrow and yesterday by word, any other by its date. */
export type DayName = 'today' | 'tomorrow' | 'yesterday' | 'date';

export function dayName(day: string, now: Date, timeZone: string): DayName {
  const today = zonedWallTime(now, timeZone).date;
  const offset = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  return offset === 0 ? 'today' : offset === 1 ? 'tomorrow' : offset === -1 ? 'yesterday' : 'date';
}

export type DayGroup<T> = { day: string; items: [T, ...T[]] };

/**
 * Interviews by the calendar day they start on in the viewer's zone ("2026-11-28"), in the list's order: a
 * list ordered by time gives each day one group.
 */
export function groupByDay<T extends Pick<Times, 'startsAt'>>(
  items: readonly T[],
  timeZone: string,
): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const day = zonedWallTime(item.startsAt, timeZone).date;
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/** The server accepts https links only; the page checks again before making one clickable. */
export function meetingHref(url: string | null): string | null {
  return url && URL.canParse(url) && new URL(url).protocol === 'https:' ? url : null;
}
