import { type RefObject, useEffect, useState } from 'react';
import styled from 'styled-components';
import { useTranslation } from '../../lib/i18n.ts';

export const Form = styled.form`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
`;

export const FormRow = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};

  ${({ theme }) => theme.media.md} {
    grid-template-columns: 1fr 1fr;
  }
`;

/** One labelled control of a filter bar (the exchange's, the dashboard's): its label small above it. */
export const FilterControl = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  min-width: 0;

  label {
    font-size: ${({ theme }) => theme.fontSizes.sm};
    font-weight: ${({ theme }) => theme.fontWeights.medium};
  }
`;

export const FormActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.md};

  > button {
    flex: 1 1 100%;
  }

  ${({ theme }) => theme.media.sm} {
    > button {
      flex: 0 0 auto;
    }
  }
`;

/**
 * The check a form makes before sending: every empty required field says so at once, not one per submit, and
 * the first of them gets the focus. The server checks the rest and also answers with every field's error.
 */
export function useRequiredFields<F extends string>(
  form: RefObject<HTMLFormElement | null>,
  values: Record<F, string>,
  required: readonly F[],
) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const missing = required.filter((field) => values[field].trim() === '');
  const requiredErrors: Partial<Record<F, string>> = {};
  if (attempt > 0) for (const field of missing) requiredErrors[field] = t('errors.required');

  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, attempt]);

  /** Whether the form may be sent; when it may not, the missing fields show their errors. */
  const checkRequired = (): boolean => {
    if (missing.length === 0) {
      // A form emptied after it was sent (a changed password) does not greet the user with errors.
      setAttempt(0);
      return true;
    }
    setAttempt((count) => count + 1);
    return false;
  };
  return { requiredErrors, checkRequired };
}
