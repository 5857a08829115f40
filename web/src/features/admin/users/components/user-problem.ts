import type { SerializedError } from '@reduxjs/toolkit';
import type { ApiError } from '../../../../lib/api-base-query.ts';
import { useTranslation } from '../../../../lib/i18n.ts';
import { type FormProblem, toFormProblem } from '../../../../lib/problem.ts';

/** The refusals of the user actions, in the admin's words rather than the server's English ones. */
const REFUSALS = [
  'insufficient_points',
  'self_action',
  'last_admin',
  'not_found',
  'forbidden',
  'conflict',
] as const;
type Refusal = (typeof REFUSALS)[number];

const isRefusal = (code: string): code is Refusal => REFUSALS.some((refusal) => refusal === code);

/**
 * A failed user action as messages: beside the reason and the amount, or above the form. An amount out of
 * range, of any kind, is told as the one rule it breaks.
 */
export function useUserActionProblem<F extends 'reason' | 'delta'>(
  error: ApiError | SerializedError | undefined,
  fields: readonly F[],
): FormProblem<F> {
  const { t } = useTranslation();
  const problem = toFormProblem(error, fields, t);
  const code = error && 'problem' in error ? error.problem?.code : undefined;
  const fieldErrors: Partial<Record<F, string>> = { ...problem.fieldErrors };
  for (const field of fields)
    if (field === 'delta' && fieldErrors[field]) fieldErrors[field] = t('admin.users.errors.delta');
  return {
    formError: code && isRefusal(code) ? t(`admin.users.errors.${code}`) : problem.formError,
    fieldErrors,
  };
}

/** Whether a refusal means the card is out of date: it is read again when the dialog closes. */
export const isStale = (error: ApiError | SerializedError | undefined) =>
  error !== undefined && 'problem' in error && error.problem?.code === 'conflict';
