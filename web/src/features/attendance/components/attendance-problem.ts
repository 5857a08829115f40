import type { SerializedError } from '@reduxjs/toolkit';
import type { ApiError } from '../../../lib/api-base-query.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { type FormProblem, useFormProblem } from '../../../lib/problem.ts';
import { asAttendanceRefusal } from '../attendance-rules.ts';

/**
 * A failed check-in or report in words: the attendance refusals (window closed, already reported…) in this
 * feature's own, everything else (fields, the network, the rest of the contract) as every form says it.
 */
export function useAttendanceProblem<F extends string>(
  error: ApiError | SerializedError | undefined,
  fields: readonly F[],
): FormProblem<F> & { refusal: boolean } {
  const { t } = useTranslation();
  const problem = useFormProblem(error, fields);
  const refusal = asAttendanceRefusal(error && 'problem' in error ? error.problem?.code : undefined);
  return refusal
    ? { formError: t(`attendance.errors.${refusal}`), fieldErrors: {}, refusal: true }
    : { ...problem, refusal: false };
}
