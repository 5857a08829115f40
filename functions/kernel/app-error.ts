import { type ErrorCode, errorCodes, type FieldError, type Problem } from '#contract/errors.ts';

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
export const FOREIGN_KEY_VIOLATION = '23503';
