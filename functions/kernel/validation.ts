import type { ValidationTargets } from 'hono';
import { validator } from 'hono-openapi';
import type { z } from 'zod';
import { type FieldCode, type FieldError, fieldCodes, isFieldCode } from '#contract/errors.ts';
import { AppError } from './app-error.ts';

type Issue = z.core.$ZodIssue;

/** The value at an issue's path in what was sent (zod's issues do not carry it). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function fieldCode(issue: Issue, input: unknown): string {
  if (isFieldCode(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? 'required' : 'invalid_format';
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

export function toFieldErrors(issues: readonly Issue[], input: unknown): FieldError[] {
  return issues.flatMap((issue) => {
    const code = fieldCode(issue, input);
    const message = isFieldCode(code) ? fieldCodes[code] : issue.message;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...issue.path, key].join('.'), code, message }));
    }
    return [{ field: issue.path.join('.') || '(body)', code, message }];
  });
}

export function invalidField(field: string, code: FieldCode): AppError {
  const message = fieldCodes[code];
  return new AppError('validation_failed', message, { fields: [{ field, code, message }] });
}

/**
 * Validates one part of the request against a contract schema, which also documents it: a failed parse
 * becomes `validation_failed` with one entry per field. The schemas are zod's, so the issues are zod's.
 */
export const validate = <Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) =>
  validator(target, schema, (result) => {
    if (!result.success) {
      const fields = toFieldErrors(result.error as unknown as Issue[], result.data);
      throw new AppError('validation_failed', fields.map((f) => `${f.field}: ${f.message}`).join('; '), {
        fields,
      });
    }
  });
