import { z } from 'zod';

/**
 * Every error a client can see, with its HTTP status. The `code` is the stable contract (clients and the web
 * app switch on it); `title` is the human summary, `detail` the specific message.
 */
export const errorCodes = {
  validation_failed: { status: 400, title: 'The request has invalid fields' },
  invalid_json: { status: 400, title: 'The request body is not valid JSON' },
  wrong_password: { status: 400, title: 'The current password is wrong' },
  unauthenticated: { status: 401, title: 'Sign in to continue' },
  token_invalid: { status: 401, title: 'The access token is invalid or expired' },
  session_ended: { status: 401, title: 'This session has ended; sign in again' },
  refresh_invalid: { status: 401, title: 'The refresh token is invalid or expired' },
  refresh_reused: {
    status: 401,
    title: 'The refresh token was already used; all sessions of its family ended',
  },
  invalid_credentials: { status: 401, title: 'Wrong login or password' },
  account_blocked: { status: 403, title: 'This account is blocked' },
  forbidden: { status: 403, title: 'You are not allowed to do this' },
  origin_mismatch: { status: 403, title: 'The request came from another site' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  login_taken: { status: 409, title: 'This login is already taken' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  insufficient_points: { status: 409, title: 'Not enough points' },
  schedule_conflict: { status: 409, title: 'You already have an interview at this time' },
  slot_not_available: { status: 409, title: 'This slot is no longer open' },
  slot_started: { status: 409, title: 'This interview has already started' },
  own_slot: { status: 409, title: 'You cannot book your own slot' },
  cutoff_passed: { status: 409, title: 'Cancellation closed 2 hours before the start' },
  slot_locked_fields: { status: 409, title: 'A booked slot only lets its link and description change' },
  feedback_not_open: { status: 409, title: 'Feedback opens when the interview ends' },
  feedback_closed: { status: 409, title: 'The 7 days for feedback on this interview are over' },
  feedback_exists: { status: 409, title: 'Feedback was already given; edit it instead' },
  feedback_revealed: { status: 409, title: 'Both sides have seen the feedback: it no longer changes' },
  feedback_not_applicable: {
    status: 409,
    title: 'This interview did not take place: there is nothing to rate',
  },
  check_in_closed: {
    status: 409,
    title: 'Check-in is open from 10 minutes before the start until the end of the interview',
  },
  report_window_closed: {
    status: 409,
    title: 'No-show reports are accepted from the end of the interview for 24 hours',
  },
  report_exists: { status: 409, title: 'You have already reported this interview' },
  report_not_applicable: {
    status: 409,
    title: 'Your feedback confirmed that this interview took place: there is no no-show to report',
  },
  report_resolved: { status: 409, title: 'This report was already resolved (perhaps by another admin)' },
  last_admin: { status: 409, title: 'The last admin cannot lose the role' },
  self_action: { status: 409, title: 'Admins cannot block themselves or take their own role' },
  slug_taken: { status: 409, title: 'A profession with this slug already exists' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Send the request body as application/json' },
  rate_limited: { status: 429, title: 'Too many attempts; try again later' },
  internal: { status: 500, title: 'Something went wrong on our side' },
  service_unavailable: {
    status: 503,
    title: 'The service is briefly unavailable; try again in a few seconds',
  },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errorCodes;
export const ERROR_CODES = Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]];

/**
 * The codes of one invalid field (`validation_failed`'s `errors[].code`), with English words for API users;
 * the web app shows its own translation of the code.
 */
export const fieldCodes = {
  required: 'This field is required',
  too_short: 'Too short',
  too_long: 'Too long',
  invalid_value: 'Not one of the allowed values',
  invalid_format: 'Wrong format',
  unknown_field: 'Unknown field',
  login_format: 'Use 3–32 latin letters, digits, ".", "_" or "-"',
  password_too_short: 'Use at least 8 characters',
  password_too_long:
    'Use at most 72 bytes in UTF-8 (a Cyrillic letter takes 2); longer passwords are not cut',
  password_same_as_login: 'The password must differ from the login',
  password_common: 'This password is one of the most common ones; choose another',
  invalid_time_zone: 'Unknown time zone',
  unknown_profession: 'Unknown profession',
  meeting_url_invalid: 'Not a valid link',
  meeting_url_https: 'Use an https:// link to a video room',
  duration_not_allowed: 'Choose 30, 45, 60, 90 or 120 minutes',
  start_in_past: 'The start must be in the future',
  start_too_far: 'The start must be at most 60 days ahead',
  schedule_conflict: 'You already have an interview at this time',
  score_range: 'Use a whole number from 1 to 5',
  invalid_characters: 'Contains a character that cannot be stored (NUL or a broken surrogate pair)',
  date_range_reversed: 'The first day must not be after the last',
  date_range_too_long: 'A range covers at most 366 days',
  date_out_of_range: 'Use a date from 2000 to 2999',
} as const;

export type FieldCode = keyof typeof fieldCodes;

export const isFieldCode = (code: string): code is FieldCode => Object.hasOwn(fieldCodes, code);

/** One invalid field: `code` is stable (e.g. `password_too_long`), `message` is for humans. */
export const ZFieldError = z.object({ field: z.string(), code: z.string(), message: z.string() });
export type FieldError = z.infer<typeof ZFieldError>;

/** application/problem+json (RFC 9457) with the stable `code`. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(ERROR_CODES),
  detail: z.string(),
  errors: z.array(ZFieldError).optional(),
});
export type Problem = z.infer<typeof ZProblem>;
