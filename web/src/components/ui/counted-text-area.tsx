import { type ComponentProps, useId } from 'react';
import styled from 'styled-components';
import { useTranslation } from '../../lib/i18n.ts';
import { TextArea } from './field.tsx';
import { VisuallyHidden } from './visually-hidden.ts';

const Wrapper = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
`;

const Counter = styled.p`
  justify-self: end;
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.xs};
  font-variant-numeric: tabular-nums;

  &[data-near='true'] {
    color: ${({ theme }) => theme.colors.warning};
    font-weight: ${({ theme }) => theme.fontWeights.medium};
  }
`;

type CountedTextAreaProps = Omit<ComponentProps<typeof TextArea>, 'value' | 'maxLength'> & {
  value: string;
  /** The most characters the server takes. */
  max: number;
};

/** A text area that shows how much of its limit is used; the count is part of its description. */
export function CountedTextArea({ value, max, ...props }: CountedTextAreaProps) {
  const { t } = useTranslation();
  const counterId = useId();
  const describedBy = [props['aria-describedby'], counterId].filter(Boolean).join(' ');
  return (
    <Wrapper>
      <TextArea {...props} value={value} maxLength={max} aria-describedby={describedBy} />
      <Counter id={counterId} data-near={value.length >= max * 0.9}>
        <span aria-hidden>
          {value.length} / {max}
        </span>
        <VisuallyHidden>{t('common.characters', { used: value.length, max })}</VisuallyHidden>
      </Counter>
    </Wrapper>
  );
}
