import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { VisuallyHidden } from '../../../components/ui/visually-hidden.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import type { ExchangeSlot } from '../api/slots-api.ts';

const Root = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-width: 0;
`;

const Avatar = styled.span`
  flex: none;
  display: grid;
  place-items: center;
  width: 36px;
  height: 36px;
  border-radius: 50%;
  background: ${({ theme }) => theme.colors.primarySoft};
  color: ${({ theme }) => theme.colors.primary};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

const Text = styled.div`
  display: grid;
  min-width: 0;
`;

const Name = styled.span`
  overflow: hidden;
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  text-overflow: ellipsis;
  white-space: nowrap;
`;

const Standing = styled.span<{ $rated: boolean }>`
  color: ${({ theme, $rated }) => ($rated ? theme.colors.warning : theme.colors.textMuted)};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme, $rated }) => ($rated ? theme.fontWeights.bold : theme.fontWeights.regular)};
`;

/** The interviewer's name and standing: the rating with its count, else how many interviews they ran. */
export function InterviewerSummary({ interviewer }: { interviewer: ExchangeSlot['interviewer'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { rating, interviewsConducted } = interviewer;
  let standing: { text: string; label?: string };
  if (rating) {
    const average = new Intl.NumberFormat(language, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(rating.average);
    standing = {
      text: t('slot.rating', { average, count: rating.count }),
      label: t('slot.ratingLabel', { average, count: rating.count }),
    };
  } else if (interviewsConducted > 0) {
    standing = { text: t('slot.conducted', { count: interviewsConducted }) };
  } else {
    standing = { text: t('slot.newInterviewer') };
  }
  return (
    <Root>
      <Avatar aria-hidden>{interviewer.displayName.trim().charAt(0).toUpperCase() || '?'}</Avatar>
      <Text>
        <Name>{interviewer.displayName}</Name>
        {standing.label ? (
          <Standing $rated>
            <span aria-hidden>{standing.text}</span>
            <VisuallyHidden>{standing.label}</VisuallyHidden>
          </Standing>
        ) : (
          <Standing $rated={false}>{standing.text}</Standing>
        )}
      </Text>
    </Root>
  );
}
