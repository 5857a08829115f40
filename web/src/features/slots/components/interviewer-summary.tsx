import styled, { css } from 'styled-components';
import { Avatar } from '../../../components/ui/avatar.tsx';
import { PersonLink } from '../../../components/ui/person-link.tsx';
import { VisuallyHidden } from '../../../components/ui/visually-hidden.ts';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { formatRating } from '../../../lib/rating.ts';
import type { ExchangeSlot } from '../api/slots-api.ts';

const Root = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-width: 0;
`;

/** Compact lines on cards; desktop rows have the height to spare. */
const Text = styled.div<{ $compact: boolean }>`
  display: grid;
  min-width: 0;

  ${({ theme, $compact }) =>
    $compact &&
    css`
      row-gap: 2px;
      line-height: ${theme.lineHeights.tight};

      ${theme.media.lg} {
        row-gap: 0;
        line-height: inherit;
      }
    `}
`;

/** The whole name, wrapping if it must, rather than cut short. */
const Name = styled(PersonLink)`
  color: ${({ theme }) => theme.colors.text};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  overflow-wrap: anywhere;

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
 * Compact in the exchange's list: a smaller avatar and, on cards, tighter lines.
 */
export function InterviewerSummary({
  interviewer,
  compact = false,
}: {
  interviewer: ExchangeSlot['interviewer'];
  compact?: boolean;
}) {
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
      <Avatar name={interviewer.displayName} size={compact ? 32 : 36} />
      <Text $compact={compact}>
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
