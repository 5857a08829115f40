import { type ReactNode, useId } from 'react';
import styled from 'styled-components';
import { useTranslation } from '../../lib/i18n.ts';
import { ChoiceGroup, ChoiceLegend } from './choice.tsx';
import { FieldError, Optional } from './field.tsx';
import { VisuallyHidden } from './visually-hidden.ts';

const Hint = styled.p`
  margin-top: -${({ theme }) => theme.space.xxs};
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Track = styled.div`
  display: flex;
  gap: 2px;
  padding: 2px;
  border: 1px solid ${({ theme }) => theme.colors.borderStrong};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surfaceMuted};

  &[data-invalid='true'] {
    border-color: ${({ theme }) => theme.colors.danger};
    box-shadow: inset 0 0 0 1px ${({ theme }) => theme.colors.danger};
  }
`;

const Segment = styled.label`
  position: relative;
  flex: 1 1 0;
  display: grid;
  place-items: center;
  min-width: 0;
  min-height: 40px;
  padding: 0 ${({ theme }) => theme.space.xs};
  border-radius: ${({ theme }) => theme.radii.sm};
  color: ${({ theme }) => theme.colors.text};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  line-height: 1.2;
  text-align: center;
  cursor: pointer;
  user-select: none;

  &:hover {
    background: ${({ theme }) => theme.colors.primarySoft};
    color: ${({ theme }) => theme.colors.primaryHover};
  }

  &:has(input:checked) {
    background: ${({ theme }) => theme.colors.primary};
    color: ${({ theme }) => theme.colors.onPrimary};
  }

  /* "No score" and the like: chosen, it reads as the absence of a value, not as one. */
  &[data-quiet='true']:has(input:checked) {
    background: ${({ theme }) => theme.colors.surface};
    color: ${({ theme }) => theme.colors.textMuted};
    box-shadow: inset 0 0 0 1px ${({ theme }) => theme.colors.borderStrong};
  }

  &:has(input:focus-visible) {
    outline: 3px solid ${({ theme }) => theme.colors.focus};
    outline-offset: 2px;
  }

  /* The radio stays in the page for keyboards and screen readers; the segment is what shows. */
  input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
`;

export type SegmentOption<V extends string> = {
  value: V;
  /** What the segment shows. */
  label: ReactNode;
  /** What screen readers say instead, when the label alone is terse ("4" → "4 — хорошо"). */
  name?: string;
  /** A choice of nothing ("no score"): shown muted when chosen. */
  quiet?: boolean;
};

type SegmentedProps<V extends string> = {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** For a control whose purpose its surroundings make plain: the legend is for screen readers only. */
  legendHidden?: boolean;
  options: readonly SegmentOption<V>[];
  value: V;
  onChange: (value: V) => void;
  className?: string;
};

/**
 * One choice of a few, as a row of segments: radio buttons in a fieldset, so the arrow keys move between
 * them and screen readers hear the legend, the choice and its position.
 */
export function Segmented<V extends string>({
  legend,
  hint,
  error,
  optional = false,
  legendHidden = false,
  options,
  value,
  onChange,
  className,
}: SegmentedProps<V>) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <ChoiceGroup className={className} aria-describedby={describedBy || undefined}>
      {legendHidden ? (
        <VisuallyHidden as="legend">{legend}</VisuallyHidden>
      ) : (
        <ChoiceLegend>
          {legend}
          {optional && <Optional> ({t('common.optional')})</Optional>}
        </ChoiceLegend>
      )}
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <Track data-invalid={error ? 'true' : undefined}>
        {options.map((option) => (
          <Segment key={option.value} data-quiet={option.quiet ? 'true' : undefined}>
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-label={option.name}
              aria-invalid={error ? true : undefined}
            />
            <span aria-hidden={option.name ? true : undefined}>{option.label}</span>
          </Segment>
        ))}
      </Track>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </ChoiceGroup>
  );
}
