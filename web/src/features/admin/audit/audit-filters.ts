import { AUDIT_ACTIONS, type AuditAction } from '#contract/admin.ts';
import { dayParam, dayRange } from '../components/day-range.ts';
import type { AuditQuery } from './api/audit-api.ts';

/** The log's filters as the page (and the address bar) holds them: days of the admin's zone. */
export type AuditFilters = {
  actor: string;
  action: '' | AuditAction;
  target: string;
  from: string;
  to: string;
};

export function readAuditFilters(search: URLSearchParams): AuditFilters {
  return {
    actor: search.get('actor')?.trim() ?? '',
    action: AUDIT_ACTIONS.find((action) => action === search.get('action')) ?? '',
    target: search.get('target')?.trim() ?? '',
    from: dayParam(search, 'from'),
    to: dayParam(search, 'to'),
  };
}

/** The filters as an address query, without the empty ones. */
export function writeAuditFilters(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, value);
  return search;
}

export function toAuditQuery(filters: AuditFilters, timeZone: string): AuditQuery {
  return {
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.target ? { target: filters.target } : {}),
    ...dayRange(filters.from, filters.to, timeZone),
  };
}
