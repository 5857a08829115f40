import styled from 'styled-components';
import { Card, CardTitle } from '../../../components/ui/card.tsx';
import { LoadFailed, LoadMore } from '../../../components/ui/list-controls.tsx';
import { PageLoader } from '../../../components/ui/page-loader.tsx';
import { PersonLink } from '../../../components/ui/person-link.tsx';
import { Stars } from '../../../components/ui/stars.tsx';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { useListReviewsInfiniteQuery } from '../api/users-api.ts';

const Box = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  align-content: start;
  min-width: 0;
`;

const Items = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  padding: ${({ theme }) => theme.space.md} 0;

  & + & {
    border-top: 1px solid ${({ theme }) => theme.colors.border};
  }

  &:first-child {
    padding-top: 0;
  }
`;

const Meta = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  overflow-wrap: anywhere;
`;

const Comment = styled.p`
  white-space: pre-line;
  overflow-wrap: anywhere;
`;

const Muted = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

/** The reviews candidates left an interviewer, newest first, a page at a time (revealed ones only). */
export function ReviewList({ login }: { login: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format } = useTimeFormat();
  const { data, isLoading, isError, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useListReviewsInfiniteQuery(login);
  const reviews = data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Box aria-labelledby="profile-reviews-title">
      <CardTitle id="profile-reviews-title">{t('profile.reviews')}</CardTitle>
      {isLoading ? (
        <PageLoader />
      ) : isError ? (
        <LoadFailed message={t('profile.reviewsFailed')} onRetry={() => void refetch()} />
      ) : reviews.length === 0 ? (
        <Muted>{t('profile.noReviews')}</Muted>
      ) : (
        <Items>
          {reviews.map((review) => (
            <Item key={review.id} data-testid="profile-review">
              <Stars value={review.rating} />
              <Meta>
                <PersonLink person={review.author} /> · {review.profession[language]} ·{' '}
                {format(review.createdAt, 'date')}
              </Meta>
              {review.comment ? <Comment>{review.comment}</Comment> : <Muted>{t('feedback.noText')}</Muted>}
            </Item>
          ))}
        </Items>
      )}
      {hasNextPage && <LoadMore loading={isFetchingNextPage} onLoad={() => void fetchNextPage()} />}
    </Box>
  );
}
