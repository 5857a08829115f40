import { type ReactNode, useId } from 'react';
import styled, { css } from 'styled-components';
import { useTranslation } from '../../lib/i18n.ts';

export type ControlProps = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode;
};

const FieldRoot = styled.div`
  display: grid;
  align-content: start;
  gap: ${({ theme }) => theme.space.xxs};
  min-width: 0;
`;

const Label = styled.label`
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

/** "(optional)" beside a label or a legend. */
export const Optional = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-weight: ${({ theme }) => theme.fontWeights.regular};
`;

const Hint = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

export const FieldError = styled.p`
  color: ${({ theme }) => theme.colors.danger};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

export function Field({ label, hint, error, optional = false, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <FieldRoot>
      <Label htmlFor={id}>
        {label}
        {optional && <Optional> ({t('common.optional')})</Optional>}
      </Label>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </FieldRoot>
  );
}

const controlLook = css`
  width: 100%;
  /* Date and time inputs have a wide intrinsic size; in a narrow grid cell they must shrink. */
  min-width: 0;
  min-height: 44px;
  padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.sm};
  border: 1px solid ${({ theme }) => theme.colors.borderStrong};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surface};
  font-size: ${({ theme }) => theme.fontSizes.md};

  &:hover {
    border-color: ${({ theme }) => theme.colors.text};
  }

  &:focus-visible {
    outline-offset: 0;
    border-color: ${({ theme }) => theme.colors.focus};
  }

  &:disabled {
    border-color: ${({ theme }) => theme.colors.border};
    background: ${({ theme }) => theme.colors.surfaceMuted};
    color: ${({ theme }) => theme.colors.textMuted};
    cursor: not-allowed;
  }

  &[aria-invalid='true'] {
    border-color: ${({ theme }) => theme.colors.danger};
    box-shadow: inset 0 0 0 1px ${({ theme }) => theme.colors.danger};
  }
`;

export const Input = styled.input`
  ${controlLook}
`;

export const TextArea = styled.textarea`
  ${controlLook}
  min-height: 112px;
  resize: vertical;
`;

export const Select = styled.select`
  ${controlLook}
  cursor: pointer;
`;
