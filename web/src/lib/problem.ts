import type { SerializedError } from '@reduxjs/toolkit';
import { type RefObject, useEffect } from 'react';
import type { ErrorCode, FieldCode, Problem } from '#contract/errors.ts';
import type { ApiError } from './api-base-query.ts';
import { type Translate, useTranslation } from './i18n.ts';

/**
 * The contract's error and field codes the user can meet in forms and actions; any other code shows the
 * server's own words.
 */
const MESSAGES = {
  required: 'errors.required',
  too_short: 'errors.too_short',
  too_long: 'errors.too_long',
  login_format: 'errors.login_format',
  login_taken: 'errors.login_taken',
  password_too_short: 'errors.password_too_short',
  password_too_long: 'errors.password_too_long',
  password_same_as_login: 'errors.password_same_as_login',
  password_common: 'errors.password_common',
  invalid_value: 'errors.invalid_value',
  invalid_format: 'errors.invalid_format',
  account_blocked: 'errors.account_blocked',
  invalid_time_zone: 'errors.invalid_time_zone',
  unknown_profession: 'errors.unknown_profession',
  invalid_credentials: 'errors.invalid_credentials',
  wrong_password: 'errors.wrong_password',
  rate_limited: 'errors.rate_limited',
  start_in_past: 'errors.start_in_past',
  start_too_far: 'errors.start_too_far',
  duration_not_allowed: 'errors.duration_not_allowed',
  meeting_url_invalid: 'errors.meeting_url_invalid',
  meeting_url_https: 'errors.meeting_url_https',
  schedule_conflict: 'errors.schedule_conflict',
  slot_not_available: 'errors.slot_not_available',
  slot_started: 'errors.slot_started',
  slot_locked_fields: 'errors.slot_locked_fields',
  own_slot: 'errors.own_slot',
  insufficient_points: 'errors.insufficient_points',
  cutoff_passed: 'errors.cutoff_passed',
  score_range: 'errors.score_range',
  feedback_not_open: 'errors.feedback_not_open',
  feedback_closed: 'errors.feedback_closed',
  feedback_revealed: 'errors.feedback_revealed',
  service_unavailable: 'errors.service_unavailable',
  invalid_characters: 'errors.invalid_characters',
  date_out_of_range: 'errors.date_out_of_range',
  feedback_exists: 'errors.feedback_exists',
  feedback_not_applicable: 'errors.feedback_not_applicable',
  check_in_closed: 'errors.check_in_closed',
  report_window_closed: 'errors.report_window_closed',
  report_exists: 'errors.report_exists',
  report_not_applicable: 'errors.report_not_applicable',
  report_resolved: 'errors.report_resolved',
  last_admin: 'errors.last_admin',
  self_action: 'errors.self_action',
  slug_taken: 'errors.slug_taken',
  conflict: 'errors.conflict',
  forbidden: 'errors.forbidden',
  not_found: 'errors.not_found',
  internal: 'errors.unexpected',
} as const satisfies Partial<Record<ErrorCode | FieldCode, string>>;

function isKnownCode(code: string): code is keyof typeof MESSAGES {
  return Object.hasOwn(MESSAGES, code);
}

export type FormProblem<F extends string> = {
  /** What is not about one field: wrong credentials, rate limits, the network, a field the form lacks. */
  formError: string | null;
  fieldErrors: Partial<Record<F, string>>;
};

type RequestError = ApiError | SerializedError | undefined;

/** Turns a failed request into messages beside the fields of a form and one message above them. */
export function useFormProblem<F extends string>(error: RequestError, fields: readonly F[]): FormProblem<F> {
  const { t } = useTranslation();
  return toFormProblem(error, fields, t);
}

export function toFormProblem<F extends string>(
  error: RequestError,
  fields: readonly F[],
  t: Translate,
): FormProblem<F> {
  if (!error) return { formError: null, fieldErrors: {} };
  if (!('problem' in error)) return { formError: t('errors.unexpected'), fieldErrors: {} };
  if (error.status === 'network') return { formError: t('errors.network'), fieldErrors: {} };
  const { problem } = error;
  if (!problem) return { formError: t('errors.unexpected'), fieldErrors: {} };

  const describe = (code: string, fallback: string | undefined): string =>
    isKnownCode(code) ? t(MESSAGES[code]) : (fallback ?? t('errors.unexpected'));
  const isFormField = (field: string): field is F => fields.some((name) => name === field);

  const fieldErrors: Partial<Record<F, string>> = {};
  const elsewhere: string[] = [];
  for (const { field, code, message } of problem.errors ?? []) {
    if (isFormField(field)) {
      fieldErrors[field] ??= describe(code, message);
    } else {
      elsewhere.push(describe(code, message));
    }
  }
  if (problem.errors?.length) {
    return { formError: elsewhere.length ? elsewhere.join('. ') : null, fieldErrors };
  }
  return { formError: describeTopLevel(problem, error.retryAfterSeconds, describe, t), fieldErrors };
}

function describeTopLevel(
  problem: Problem,
  retryAfterSeconds: number | null,
  describe: (code: string, fallback: string | undefined) => string,
  t: Translate,
): string {
  if (problem.code !== 'rate_limited' || retryAfterSeconds === null) {
    return describe(problem.code, problem.detail);
  }
  return retryAfterSeconds < 60
    ? t('errors.rateLimitedSeconds', { count: retryAfterSeconds })
    : t('errors.rateLimitedMinutes', { count: Math.ceil(retryAfterSeconds / 60) });
}

/** After a failed submit, keyboard and screen reader users land on the first field that needs fixing. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, error: unknown): void {
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}
