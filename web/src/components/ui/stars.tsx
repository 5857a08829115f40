import styled from 'styled-components';
import { useTranslation } from '../../lib/i18n.ts';
import { VisuallyHidden } from './visually-hidden.ts';

const Row = styled.span`
  display: inline-flex;
  align-items: baseline;
  gap: ${({ theme }) => theme.space.xs};
  white-space: nowrap;
`;

const Glyphs = styled.span`
  letter-spacing: 0.06em;
`;

const Filled = styled.span`
  color: ${({ theme }) => theme.colors.warning};
`;

const Unfilled = styled.span`
  color: ${({ theme }) => theme.colors.border};
`;

const Value = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  font-variant-numeric: tabular-nums;
`;

/** A 1–5 score as stars with the number beside them; screen readers hear "4 из 5". */
export function Stars({ value }: { value: number }) {
  const { t } = useTranslation();
  return (
    <Row>
      <Glyphs aria-hidden>
        <Filled>{'★'.repeat(value)}</Filled>
        <Unfilled>{'★'.repeat(5 - value)}</Unfilled>
      </Glyphs>
      <Value aria-hidden>{value}/5</Value>
      <VisuallyHidden>{t('scores.outOfFive', { value })}</VisuallyHidden>
    </Row>
  );
}
