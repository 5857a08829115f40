import { z } from 'zod';
import { ZAttendance } from './attendance.ts';
import { ZCursor, ZInstant, ZLanguage, ZLevel, ZLocalizedName, ZSlotStatus, ZText } from './common.ts';
import { EXCHANGE_SORTS } from './enums.ts';
import { ZFeedbackSummary } from './feedback.ts';
import { DEFAULT_DURATION, DURATIONS, TEXT_LIMITS } from './rules.ts';

/** A slot as everyone sees it on the exchange (no meeting link: that is for the two participants). */
export const ZExchangeSlot = z.object({
  id: z.uuid(),
  status: ZSlotStatus,
  profession: z.object({ id: z.uuid(), slug: z.string(), name: ZLocalizedName }),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  level: ZLevel.nullable(),
  language: ZLanguage,
  description: z.string(),
  interviewer: z.object({
    id: z.uuid(),
    /** Their public profile is /u/<login>. */
    login: z.string(),
    displayName: z.string(),
    interviewsConducted: z.number().int(),
    rating: z.object({ average: z.number(), count: z.number().int() }).nullable(),
    /** Whole percent of their booked interviews (either side) they attended; null without any yet. */
    attendance: z.number().int().min(0).max(100).nullable(),
  }),
  /** Until when a booking of this slot may be given back (an interviewer's cancellation after it is late). */
  cutoffAt: z.iso.datetime(),
});
export type TExchangeSlot = z.infer<typeof ZExchangeSlot>;

export const ZSlotRole = z.enum(['interviewer', 'candidate']);

/** A slot as one viewer sees it: the participants also get the link, the counterpart and what they may do. */
export const ZSlotDetails = ZExchangeSlot.extend({
  /** Only for the interviewer and the booked candidate; null for everyone else. */
  meetingUrl: z.string().nullable(),
  sequence: z.number().int(),
  myRole: ZSlotRole.nullable(),
  /** The interviewer sees who booked; the candidate sees the interviewer's contacts. */
  counterpart: z
    .object({
      id: z.uuid(),
      login: z.string(),
      displayName: z.string(),
      contacts: z.string(),
      /** Their "about me": settings promise that the other participant sees it. */
      bio: z.string(),
      level: ZLevel.nullable(),
    })
    .nullable(),
  bookingId: z.uuid().nullable(),
  canCancel: z.boolean(),
  /** For the participants: "add to Google Calendar". */
  googleCalendarUrl: z.string().nullable(),
  /** For the participants of an interview that took place: where the viewer's feedback stands. */
  feedback: ZFeedbackSummary.nullable(),
  /**
   * The viewer's interview here was called off: by whom and when. For the interviewer, their cancelled slot
   * (`withdrawn` when nobody had booked it); for a candidate, their booking that was given back or cancelled.
   */
  cancellation: z
    .object({ by: z.enum(['candidate', 'interviewer', 'admin', 'withdrawn']), at: z.iso.datetime() })
    .nullable(),
  /**
   * Anti-farming, said before the click: for a signed-in viewer who could book this open slot, whether
   * booking it would earn the interviewer a point; for the participants of its booking, whether it earns one;
   * null otherwise (and where the view does not say: only the slot's own page does for a viewer who could book).
   */
  earnsReward: z.boolean().nullable(),
  /** For the participants of a booked interview (not called off): check-ins and no-show reports. */
  attendance: ZAttendance.nullable(),
});
export type TSlotDetails = z.infer<typeof ZSlotDetails>;

/**
 * Meeting links: https only (no javascript:, data: or plain http), at most 2,048 characters, no credentials.
 * Surrounding spaces are trimmed; spaces inside, or anything the URL parser refuses, are refused. The stored
 * form is the parser's normalised one.
 */
export const ZMeetingUrl = z
  .string()
  .trim()
  .max(TEXT_LIMITS.meetingUrl, 'too_long')
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
    if (url.href.length > TEXT_LIMITS.meetingUrl) {
      ctx.addIssue({ code: 'custom', message: 'too_long' });
      return z.NEVER;
    }
    return url.href;
  });

const ZDuration = z
  .number()
  .int()
  .refine((value) => (DURATIONS as readonly number[]).includes(value), 'duration_not_allowed');

/** A slot's fields, without defaults: publishing adds them, editing takes any subset. */
const slotFields = {
  professionId: z.uuid('unknown_profession'),
  startsAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  durationMinutes: ZDuration,
  meetingUrl: ZMeetingUrl,
  level: ZLevel.nullable(),
  language: ZLanguage,
  description: ZText.trim().max(TEXT_LIMITS.description, 'too_long'),
};

export const ZPublishSlotBody = z.strictObject({
  ...slotFields,
  durationMinutes: slotFields.durationMinutes.default(DEFAULT_DURATION),
  level: slotFields.level.default(null),
  language: slotFields.language.default('ru'),
  description: slotFields.description.default(''),
});
export type TPublishSlotBody = z.infer<typeof ZPublishSlotBody>;

// Any subset of the fields; which of them may change depends on the slot's status.
export const ZEditSlotBody = z.strictObject(slotFields).partial();
export type TEditSlotBody = z.infer<typeof ZEditSlotBody>;

export const ZListSlotsQuery = z.strictObject({
  /** `all`, or profession ids separated by commas; absent means the viewer's profile professions. */
  professions: z
    .union([
      z.literal('all'),
      z
        .string()
        .transform((value) => value.split(',').filter(Boolean))
        .pipe(z.array(z.uuid()).max(50)),
    ])
    .optional(),
  from: ZInstant.optional(),
  to: ZInstant.optional(),
  level: ZLevel.optional(),
  language: ZLanguage.optional(),
  /** `soonest` first (the default), or `best_rated` interviewers first (rules.ts rankingScore), then soonest. */
  sort: z.enum(EXCHANGE_SORTS).default('soonest'),
  cursor: ZCursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type TListSlotsQuery = z.infer<typeof ZListSlotsQuery>;

export const ZSlotPage = z.object({
  items: z.array(ZExchangeSlot),
  nextCursor: z.string().nullable(),
  /** How many open slots match the filters in all. */
  total: z.number().int(),
  /** The professions filter applied (the profile's when none was asked for); null means all. */
  professionIds: z.array(z.uuid()).nullable(),
  /** The public event stream's position this page reflects: live events up to it are already in it. */
  version: z.number().int().nonnegative(),
});
export type TSlotPage = z.infer<typeof ZSlotPage>;
