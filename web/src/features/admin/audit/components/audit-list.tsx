import styled from 'styled-components';
import { Button } from '../../../../components/ui/button.tsx';
import { EmptyState } from '../../../../components/ui/empty-state.tsx';
import { LoadFailed, LoadMore } from '../../../../components/ui/list-controls.tsx';
import { StackList } from '../../../../components/ui/lists.tsx';
import { PageLoader } from '../../../../components/ui/page-loader.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useTimeFormat } from '../../../../lib/use-time-format.ts';
import { type AuditQuery, useListAuditInfiniteQuery } from '../api/audit-api.ts';
import { AuditEntryText } from './audit-entry.tsx';

const Item = styled.li`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surface};

  ${({ theme }) => theme.media.md} {
    grid-template-columns: 11em minmax(0, 1fr);
    gap: ${({ theme }) => theme.space.md};
  }
`;

const When = styled.time`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-variant-numeric: tabular-nums;
`;

const Entries = styled(StackList)`
  gap: ${({ theme }) => theme.space.xs};
`;

/** The log's entries for the filters, newest first, 50 at a time. */
export function AuditList({ query, onReset }: { query: AuditQuery; onReset: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const { data, isLoading, isError, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useListAuditInfiniteQuery(query);
  if (isLoading) return <PageLoader />;
  if (!data) return isError ? <LoadFailed message={t('admin.audit.failed')} onRetry={refetch} /> : null;
  const entries = data.pages.flatMap((page) => page.items);
  if (entries.length === 0) {
    return (
      <EmptyState
        title={t('admin.audit.empty')}
        text={t('admin.audit.emptyText')}
        actions={
          onReset && (
            <Button type="button" $variant="secondary" onClick={onReset}>
              {t('admin.audit.reset')}
            </Button>
          )
        }
      />
    );
  }
  return (
    <>
      <Entries aria-label={t('admin.audit.title')}>
        {entries.map((entry) => (
          <Item key={entry.id} data-testid="audit-entry">
            <When dateTime={entry.createdAt}>{format(entry.createdAt, 'shortDateTime')}</When>
            <AuditEntryText entry={entry} />
          </Item>
        ))}
      </Entries>
      {isError && <LoadFailed message={t('admin.audit.failed')} onRetry={refetch} />}
      {hasNextPage && <LoadMore loading={isFetchingNextPage} onLoad={() => fetchNextPage()} />}
    </>
  );
}
