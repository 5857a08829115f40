import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Avatar } from '../../../components/ui/avatar.tsx';
import { PersonLink } from '../../../components/ui/person-link.tsx';
import { VisuallyHidden } from '../../../components/ui/visually-hidden.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { formatRating } from '../../../lib/rating.ts';
import type { ExchangeSlot } from '../api/slots-api.ts';

const Root = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-width: 0;
`;

const Text = styled.div`
  display: grid;
  min-width: 0;
`;

const Name = styled(PersonLink)`
  overflow: hidden;
  color: ${({ theme }) => theme.colors.text};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  text-overflow: ellipsis;
  white-space: nowrap;

  &:hover {
    color: ${({ theme }) => theme.colors.primary};
  }
`;

const Standing = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Rated = styled.span`
  color: ${({ theme }) => theme.colors.warning};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

/**
 * The interviewer's name (to their profile) and standing: the rating with its count, or "no ratings yet" with
 * how many interviews they ran; and how reliably they turn up ("98 % attended") once they have a history.
 */
export function InterviewerSummary({ interviewer }: { interviewer: ExchangeSlot['interviewer'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { rating, interviewsConducted } = interviewer;
  const average = rating && formatRating(rating.average, language);
  const attendance = interviewer.attendance !== null && (
    <>
      {' · '}
      <span data-testid="interviewer-attendance">
        {t('profile.attendanceCard', { percent: interviewer.attendance })}
      </span>
    </>
  );
  return (
    <Root>
      <Avatar name={interviewer.displayName} size={36} />
      <Text>
        <Name person={interviewer} />
        {rating ? (
          <Standing data-testid="interviewer-rating">
            <Rated aria-hidden>{t('slot.rating', { average, count: rating.count })}</Rated>
            <VisuallyHidden>{t('slot.ratingLabel', { average, count: rating.count })}</VisuallyHidden>
            {attendance}
          </Standing>
        ) : (
          <Standing data-testid="interviewer-rating">
            {t('slot.noRatings')} ·{' '}
            {interviewsConducted > 0
              ? t('slot.conducted', { count: interviewsConducted })
              : t('slot.newInterviewer')}
            {attendance}
          </Standing>
        )}
      </Text>
    </Root>
  );
}
