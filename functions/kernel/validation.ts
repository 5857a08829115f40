import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType, z } from 'zod';
import { AppError, type FieldError } from './app-error.ts';
import { documentInput } from './openapi.ts';

/**
 * English messages for the field codes our schemas raise (`z.string().min(8, 'password_too_short')`).
 * The web app shows its own translation of the code; these are for API users.
 */
const fieldMessages: Record<string, string> = {
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
};

function fieldCode(issue: z.core.$ZodIssue): string {
  if (issue.message in fieldMessages) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid_format';
    case 'too_small':
      return 'too_short';
    case 'too_big':
      return 'too_long';
    case 'invalid_value':
      return 'invalid_value';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid_format';
  }
}

export function toFieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const code = fieldCode(issue);
    const message = fieldMessages[code] ?? issue.message;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...issue.path, key].join('.'), code, message }));
    }
    return [{ field: issue.path.join('.') || '(body)', code, message }];
  });
}

export function invalidField(field: string, code: string): AppError {
  const message = fieldMessages[code] ?? code;
  return new AppError('validation_failed', message, { fields: [{ field, code, message }] });
}

/** zValidator with our error shape: a failed parse becomes `validation_failed` with one entry per field. */
export const validate = <Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) =>
  documentInput(
    zValidator(target, schema, (result) => {
      if (!result.success) {
        const fields = toFieldErrors(result.error as z.core.$ZodError);
        throw new AppError('validation_failed', fields.map((f) => `${f.field}: ${f.message}`).join('; '), {
          fields,
        });
      }
    }),
    target,
    schema,
  );
