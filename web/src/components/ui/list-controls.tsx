import styled from 'styled-components';
import { useTranslation } from '../../lib/i18n.ts';
import { ErrorAlert } from './alert.tsx';
import { Button } from './button.tsx';

const Centered = styled.div`
  display: flex;
  justify-content: center;
`;

const Problem = styled.span`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};
`;

/** "Show more" under a list that loads a page at a time. */
export function LoadMore({ loading, onLoad }: { loading: boolean; onLoad: () => void }) {
  const { t } = useTranslation();
  return (
    <Centered>
      <Button type="button" $variant="secondary" onClick={onLoad} disabled={loading} aria-busy={loading}>
        {loading ? t('common.loadingMore') : t('common.loadMore')}
      </Button>
    </Centered>
  );
}

/** A list that could not load, with the way to try again. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorAlert>
      <Problem>
        {message}
        <Button type="button" $variant="secondary" $size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Problem>
    </ErrorAlert>
  );
}
