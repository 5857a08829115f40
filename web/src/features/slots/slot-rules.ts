import type { z } from 'zod';
import {
  EXCHANGE_SORTS,
  type ExchangeSort,
  LANGUAGES,
  type Language,
  LEVELS,
  type Level,
} from '#contract/enums.ts';
import { bookingBlock } from '#contract/rules.ts';
import type { TExchangeSlot, TSlotDetails, ZListSlotsQuery } from '#contract/slots.ts';
import { addDays, wallTimeToInstant } from '../../lib/time.ts';

type ListSlotsQuery = z.input<typeof ZListSlotsQuery>;

/** The exchange's filters as the API takes them; `mine` leaves the professions to the server (the profile). */
export type ExchangeQuery = Pick<ListSlotsQuery, 'from' | 'to' | 'level' | 'language' | 'sort'> & {
  professions: 'mine' | NonNullable<ListSlotsQuery['professions']>;
};

/** Past the cutoff a booking is locked in: the confirmation says so before the point is spent. */
export const isPastCutoff = (slot: Pick<TExchangeSlot, 'cutoffAt'>, now: Date) =>
  now >= new Date(slot.cutoffAt);

/** Why the viewer may not book the slot now (the contract's rule, fed from the exchange's shape), or null. */
export const slotBookingBlock = (
  slot: TExchangeSlot,
  viewer: Parameters<typeof bookingBlock>[1],
  now: Date,
) =>
  bookingBlock(
    { status: slot.status, startsAt: new Date(slot.startsAt), interviewerId: slot.interviewer.id },
    viewer,
    now,
  );

export type CancelKind = 'candidate' | 'interviewer' | 'withdraw';

export type CancelOption = {
  kind: CancelKind;
  blocked: 'cutoff' | 'started' | null;
  /** The interviewer cancels a booked interview inside the cutoff: a late cancellation, with a strike. */
  late: boolean;
};

/**
 * How the viewer may call the interview off: the candidate gives the booking back until the cutoff; the
 * interviewer cancels a booked interview until the start (inside the cutoff late, with a strike) or withdraws
 * an unbooked slot until the start. The server's `canCancel` was true when the page loaded; the clock may
 * have passed the limit since.
 */
export function cancelOption(slot: TSlotDetails, now: Date): CancelOption | null {
  const started = now >= new Date(slot.startsAt);
  const pastCutoff = isPastCutoff(slot, now);
  if (slot.myRole === 'candidate' && slot.status === 'booked' && slot.bookingId) {
    const locked = !slot.canCancel || started || pastCutoff;
    return { kind: 'candidate', blocked: locked ? (started ? 'started' : 'cutoff') : null, late: false };
  }
  if (slot.myRole !== 'interviewer') return null;
  if (slot.status === 'booked') {
    const blocked = !slot.canCancel || started ? 'started' : null;
    return { kind: 'interviewer', blocked, late: blocked === null && pastCutoff };
  }
  if (slot.status === 'open') {
    return { kind: 'withdraw', blocked: !slot.canCancel || started ? 'started' : null, late: false };
  }
  return null;
}

export type EditMode = 'full' | 'linkAndTopics' | 'link';

/**
 * What the interviewer may edit now: an open slot everything until it starts; a booked one its link and topics
 * until the start, then its link alone until the end (a broken room must be replaceable mid-interview).
 */
export function editMode(slot: TSlotDetails, now: Date): EditMode | null {
  if (slot.myRole !== 'interviewer') return null;
  const started = now >= new Date(slot.startsAt);
  if (slot.status === 'open') return started ? null : 'full';
  if (slot.status !== 'booked' || now >= new Date(slot.endsAt)) return null;
  return started ? 'link' : 'linkAndTopics';
}

/** The exchange filters as the page holds them (and the address bar): dates are days of the viewer's zone. */
export type ExchangeFilters = {
  professions: string;
  from: string;
  to: string;
  level: '' | Level;
  language: '' | Language;
  sort: ExchangeSort;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the address; `defaultProfessions` is `mine` for a user with profile professions. */
export function readExchangeFilters(
  search: URLSearchParams,
  defaultProfessions: 'mine' | 'all',
): ExchangeFilters {
  const day = (key: string) => {
    const value = search.get(key) ?? '';
    return DAY.test(value) ? value : '';
  };
  const level = LEVELS.find((item) => item === search.get('level')) ?? '';
  const language = LANGUAGES.find((item) => item === search.get('language')) ?? '';
  const sort = EXCHANGE_SORTS.find((item) => item === search.get('sort')) ?? 'soonest';
  return {
    professions: search.get('professions') || defaultProfessions,
    from: day('from'),
    to: day('to'),
    level,
    language,
    sort,
  };
}

/** The filters as an address query, leaving out what is the default. */
export function writeExchangeFilters(
  filters: ExchangeFilters,
  defaultProfessions: 'mine' | 'all',
): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.professions !== defaultProfessions) search.set('professions', filters.professions);
  for (const key of ['from', 'to', 'level', 'language'] as const)
    if (filters[key]) search.set(key, filters[key]);
  if (filters.sort !== 'soonest') search.set('sort', filters.sort);
  return search;
}

/**
 * The API query for the filters: a day range covers whole days of the viewer's zone, both ends included; the
 * default order (soonest first) is left to the server.
 */
export function toExchangeQuery(filters: ExchangeFilters, timeZone: string): ExchangeQuery {
  const startOf = (date: string) =>
    date ? wallTimeToInstant({ date, time: '00:00' }, timeZone)?.toISOString() : undefined;
  return {
    professions: filters.professions,
    from: startOf(filters.from),
    to: filters.to ? startOf(addDays(filters.to, 1)) : undefined,
    level: filters.level || undefined,
    language: filters.language || undefined,
    sort: filters.sort === 'soonest' ? undefined : filters.sort,
  };
}

/** What the page that led to the slot did: its confirmation shows on arrival, while it is still true. */
export type ArrivalNotice = 'booked' | 'published' | 'saved';

export type CancelledBy = NonNullable<TSlotDetails['cancellation']>['by'];

/** The one message the slot page shows above the slot. */
export type SlotNote =
  | { kind: ArrivalNotice }
  | { kind: 'cancelled'; by: CancelledBy; viewer: 'interviewer' | 'candidate' };

/**
 * The slot page's message, from the slot as it is now: a cancellation the viewer was part of first; the
 * confirmation of what brought them here only while the slot still agrees with it (booked and still booked,
 * published and still open, saved and still theirs to run). Nothing remembered from earlier actions.
 */
export function slotNote(slot: TSlotDetails, arrival: ArrivalNotice | null): SlotNote | null {
  const bookedNow = slot.myRole === 'candidate' && slot.status === 'booked' && slot.bookingId !== null;
  if (slot.cancellation && !bookedNow) {
    return {
      kind: 'cancelled',
      by: slot.cancellation.by,
      viewer: slot.myRole === 'interviewer' ? 'interviewer' : 'candidate',
    };
  }
  if (arrival === 'booked') return bookedNow ? { kind: 'booked' } : null;
  if (slot.myRole !== 'interviewer') return null;
  if (arrival === 'published') return slot.status === 'open' ? { kind: 'published' } : null;
  if (arrival === 'saved')
    return slot.status === 'open' || slot.status === 'booked' ? { kind: 'saved' } : null;
  return null;
}
