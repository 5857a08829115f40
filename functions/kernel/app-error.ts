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
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Send the request body as application/json' },
  rate_limited: { status: 429, title: 'Too many attempts; try again later' },
  internal: { status: 500, title: 'Something went wrong on our side' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errorCodes;

/** One invalid field: `code` is stable (e.g. `password_too_long`), `message` is for humans. */
export type FieldError = { field: string; code: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: { fields?: FieldError[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(detail ?? errorCodes[code].title, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers;
  }

  get status() {
    return errorCodes[this.code].status;
  }
}

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
};

export function toProblem(error: AppError): Problem {
  const { status, title } = errorCodes[error.code];
  return {
    type: `urn:mockstock:problem:${error.code}`,
    title,
    status,
    code: error.code,
    detail: error.message,
    ...(error.fields ? { errors: error.fields } : {}),
  };
}

/** The SQLSTATE of a database error, through drizzle's wrapper when there is one. */
export function sqlState(error: unknown): string | undefined {
  for (let current = error; current && typeof current === 'object'; current = (current as Error).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export const CHECK_VIOLATION = '23514';
