import { SLOT_STATUSES, type SlotStatus } from '#contract/enums.ts';
import { dayParam, dayRange } from '../components/day-range.ts';
import type { AdminInterviewsQuery } from './api/admin-interviews-api.ts';

/** The list's filters as the page (and the address bar) holds them: days of the admin's zone. */
export type InterviewFilters = {
  status: '' | SlotStatus;
  from: string;
  to: string;
  professionId: string;
  person: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readInterviewFilters(search: URLSearchParams): InterviewFilters {
  const professionId = search.get('professionId') ?? '';
  return {
    status: SLOT_STATUSES.find((status) => status === search.get('status')) ?? '',
    from: dayParam(search, 'from'),
    to: dayParam(search, 'to'),
    professionId: UUID.test(professionId) ? professionId : '',
    person: search.get('person')?.trim() ?? '',
  };
}

/** The filters as an address query, without the empty ones. */
export function writeInterviewFilters(filters: InterviewFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, value);
  return search;
}

export function toInterviewsQuery(filters: InterviewFilters, timeZone: string): AdminInterviewsQuery {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.professionId ? { professionId: filters.professionId } : {}),
    ...(filters.person ? { person: filters.person } : {}),
    ...dayRange(filters.from, filters.to, timeZone),
  };
}
