import { z } from 'zod';
import { invalidField } from '#functions/kernel/validation.ts';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Cancelling a booked interview (either side) closes this long before the start. */
export const CUTOFF_MS = 2 * HOUR_MS;
/** A slot starts at most this far ahead. */
export const MAX_AHEAD_MS = 60 * DAY_MS;
/** After the end, no-show reports may be filed for this long; then the interviewer is credited. */
export const REPORT_WINDOW_MS = 24 * HOUR_MS;

export const DURATIONS = [30, 45, 60, 90, 120] as const;

export const cutoffOf = (startsAt: Date) => new Date(startsAt.getTime() - CUTOFF_MS);

/**
 * Meeting links: https only (no javascript:, data: or plain http), at most 2,048 characters, no credentials.
 * Surrounding spaces are trimmed; spaces inside, or anything the URL parser refuses, are refused. The stored
 * form is the parser's normalised one.
 */
export const ZMeetingUrl = z
  .string()
  .trim()
  .max(2048, 'too_long')
  .transform((value, ctx) => {
    let url: URL;
    try {
      if (/\s/.test(value)) throw new Error('whitespace');
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'meeting_url_invalid' });
      return z.NEVER;
    }
    if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'meeting_url_https' });
      return z.NEVER;
    }
    if (url.href.length > 2048) {
      ctx.addIssue({ code: 'custom', message: 'too_long' });
      return z.NEVER;
    }
    return url.href;
  });

/** A start time a slot may be published or moved to: in the future, at most 60 days ahead. */
export function assertStartAllowed(startsAt: Date, now: Date): void {
  if (startsAt.getTime() <= now.getTime()) throw invalidField('startsAt', 'start_in_past');
  if (startsAt.getTime() > now.getTime() + MAX_AHEAD_MS) throw invalidField('startsAt', 'start_too_far');
}

export const endOf = (startsAt: Date, durationMinutes: number) =>
  new Date(startsAt.getTime() + durationMinutes * 60_000);
