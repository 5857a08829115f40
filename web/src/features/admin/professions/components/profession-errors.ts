import type { SerializedError } from '@reduxjs/toolkit';
import type { ApiError } from '../../../../lib/api-base-query.ts';
import { useTranslation } from '../../../../lib/i18n.ts';

/**
 * What to say beside the slug field: a slug in use (`slug_taken`), one of the wrong shape, or none derivable
 * from the English name. The general messages would be the server's English words or too vague.
 */
export function useSlugError(error: ApiError | SerializedError | undefined): string | undefined {
  const { t } = useTranslation();
  if (!error || !('problem' in error) || !error.problem) return undefined;
  const { problem } = error;
  if (problem.code === 'slug_taken') return t('admin.professions.errors.slugTaken');
  const code = problem.errors?.find((field) => field.field === 'slug')?.code;
  if (code === 'required') return t('admin.professions.errors.slugRequired');
  if (code) return t('admin.professions.errors.slugFormat');
  return undefined;
}
