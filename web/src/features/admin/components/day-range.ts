import { addDays, wallTimeToInstant } from '../../../lib/time.ts';

/**
 * A range of whole days of the admin's zone (`YYYY-MM-DD`, both ends included) as the API's instants: from
 * the first day's midnight, to the midnight after the last day.
 */
export function dayRange(from: string, to: string, timeZone: string): { from?: string; to?: string } {
  const midnight = (date: string) => wallTimeToInstant({ date, time: '00:00' }, timeZone)?.toISOString();
  const start = from ? midnight(from) : undefined;
  const end = to ? midnight(addDays(to, 1)) : undefined;
  return { ...(start ? { from: start } : {}), ...(end ? { to: end } : {}) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day from the address, or '' when it is not one. */
export const dayParam = (search: URLSearchParams, key: string) => {
  const value = search.get(key) ?? '';
  return DAY.test(value) ? value : '';
};
