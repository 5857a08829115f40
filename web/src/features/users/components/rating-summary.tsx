import styled from 'styled-components';
import { Card, CardTitle } from '../../../components/ui/card.tsx';
import { VisuallyHidden } from '../../../components/ui/visually-hidden.ts';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { formatRating } from '../../../lib/rating.ts';
import type { Profile } from '../api/users-api.ts';

const Box = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  align-content: start;
`;

const Headline = styled.p`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${({ theme }) => theme.space.xs};
`;

const Average = styled.span`
  font-size: ${({ theme }) => theme.fontSizes.display};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  line-height: ${({ theme }) => theme.lineHeights.tight};
`;

const Star = styled.span`
  color: ${({ theme }) => theme.colors.warning};
  font-size: ${({ theme }) => theme.fontSizes.xl};
`;

const Count = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Bars = styled.ul`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  margin: 0;
  padding: 0;
  list-style: none;
  font-variant-numeric: tabular-nums;
`;

const Bar = styled.li`
  display: grid;
  grid-template-columns: 2.5em minmax(0, 1fr) 2.5em;
  gap: ${({ theme }) => theme.space.sm};
  align-items: center;
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Score = styled.span`
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  white-space: nowrap;
`;

const Track = styled.span`
  height: 10px;
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme }) => theme.colors.surfaceMuted};
  box-shadow: inset 0 0 0 1px ${({ theme }) => theme.colors.border};
  overflow: hidden;
`;

/** Its width is the share of the ratings with this score. */
const Fill = styled.span.attrs<{ $share: number }>(({ $share }) => ({
  style: { width: `${Math.round($share * 100)}%` },
}))`
  display: block;
  height: 100%;
  border-radius: inherit;
  background: ${({ theme }) => theme.colors.warning};
`;

const Times = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  text-align: right;
`;

const Empty = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

/** The interviewer's rating: the average with how many ratings it rests on, and how many of each score. */
export function RatingSummary({ rating }: { rating: Profile['rating'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { average, count, distribution } = rating;
  return (
    <Box aria-labelledby="profile-rating-title">
      <CardTitle id="profile-rating-title">{t('profile.rating')}</CardTitle>
      {average === null ? (
        <Empty>{t('profile.noRatings')}</Empty>
      ) : (
        <>
          <Headline data-testid="profile-rating">
            <Average>{formatRating(average, language)}</Average>
            <Star aria-hidden>★</Star>
            <Count>· {t('profile.ratings', { count })}</Count>
          </Headline>
          <Bars aria-label={t('profile.distribution')} data-testid="profile-distribution">
            {[5, 4, 3, 2, 1].map((score) => {
              const times = distribution[score - 1] ?? 0;
              return (
                <Bar key={score}>
                  <Score aria-hidden>{score} ★</Score>
                  <Track aria-hidden>
                    <Fill $share={count > 0 ? times / count : 0} />
                  </Track>
                  <Times aria-hidden>{times}</Times>
                  <VisuallyHidden>{t('profile.distributionRow', { score, times })}</VisuallyHidden>
                </Bar>
              );
            })}
          </Bars>
        </>
      )}
    </Box>
  );
}
