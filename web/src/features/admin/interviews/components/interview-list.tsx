import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { Badge, BadgeList } from '../../../../components/ui/badge.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { EmptyState } from '../../../../components/ui/empty-state.tsx';
import { LoadFailed, LoadMore } from '../../../../components/ui/list-controls.tsx';
import { PageLoader } from '../../../../components/ui/page-loader.tsx';
import { paths } from '../../../../config/paths.ts';
import { useLanguage, useTranslation, words } from '../../../../lib/i18n.ts';
import { useTimeFormat } from '../../../../lib/use-time-format.ts';
import { AdminPersonLink } from '../../components/admin-person-link.tsx';
import {
  type AdminInterviewsQuery,
  useListAdminInterviewsInfiniteQuery,
} from '../api/admin-interviews-api.ts';
import { InterviewStatus } from './interview-status.tsx';

/** Cards on a phone; on a desktop, rows under one header, their labels then said to screen readers only. */
const COLUMNS = '10em minmax(0, 1fr) minmax(0, 1.2fr) minmax(0, 1.2fr) 11em';

const Header = styled.div`
  display: none;

  ${({ theme }) => theme.media.lg} {
    display: grid;
    grid-template-columns: ${COLUMNS};
    gap: ${({ theme }) => theme.space.md};
    padding: 0 ${({ theme }) => theme.space.md};
    color: ${({ theme }) => theme.colors.textMuted};
    font-size: ${({ theme }) => theme.fontSizes.sm};
    font-weight: ${({ theme }) => theme.fontWeights.medium};
  }
`;

const Rows = styled.ul`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Row = styled.li`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surface};

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: ${COLUMNS};
    gap: ${({ theme }) => theme.space.md};
    align-items: center;
    padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  }
`;

const Cell = styled.div<{ $wide?: boolean }>`
  display: grid;
  align-content: start;
  gap: 2px;
  min-width: 0;
  overflow-wrap: anywhere;
  grid-column: ${({ $wide }) => ($wide ? '1 / -1' : 'auto')};

  ${({ theme }) => theme.media.lg} {
    grid-column: auto;
  }
`;

const Label = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};

  ${({ theme }) => theme.media.lg} {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

const Start = styled(Link)`
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const Muted = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Count = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

function Labelled({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <Cell $wide={wide}>
      <Label>{label}</Label>
      <span>{children}</span>
    </Cell>
  );
}

/** The interviews matching the filters, the latest start first, 30 at a time. */
export function InterviewList({
  query,
  onReset,
}: {
  query: AdminInterviewsQuery;
  onReset: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format } = useTimeFormat();
  const { data, isLoading, isError, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useListAdminInterviewsInfiniteQuery(query);
  if (isLoading) return <PageLoader />;
  if (!data) return isError ? <LoadFailed message={t('admin.interviews.failed')} onRetry={refetch} /> : null;
  const rows = data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    return (
      <EmptyState
        title={t('admin.interviews.empty')}
        text={t('admin.interviews.emptyText')}
        actions={
          onReset && (
            <Button type="button" $variant="secondary" onClick={onReset}>
              {t('admin.interviews.reset')}
            </Button>
          )
        }
      />
    );
  }
  const columns = words('admin.interviews.columns', language);
  return (
    <>
      <Count role="status">{t('admin.interviews.found', { count: rows.length })}</Count>
      <div>
        <Header aria-hidden>
          <span>{columns.startsAt}</span>
          <span>{columns.profession}</span>
          <span>{columns.interviewer}</span>
          <span>{columns.candidate}</span>
          <span>{columns.status}</span>
        </Header>
        <Rows aria-label={t('admin.interviews.title')}>
          {rows.map((row) => {
            const time = format(row.startsAt, 'shortDateTime');
            const profession = row.profession.name[language];
            return (
              <Row key={row.id} data-testid="admin-interview">
                <Labelled label={columns.startsAt}>
                  <Start
                    to={paths.adminInterview.getHref(row.id)}
                    aria-label={t('admin.interviews.open', { profession, time })}
                  >
                    {time}
                  </Start>
                </Labelled>
                <Labelled label={columns.profession}>{profession}</Labelled>
                <Labelled label={columns.interviewer}>
                  <AdminPersonLink person={row.interviewer} />
                </Labelled>
                <Labelled label={columns.candidate}>
                  {row.candidate ? (
                    <AdminPersonLink person={row.candidate} />
                  ) : (
                    <Muted>{t('admin.interviews.noCandidate')}</Muted>
                  )}
                </Labelled>
                <Labelled label={columns.status} wide>
                  <BadgeList>
                    <InterviewStatus status={row.status} />
                    {row.pendingReport && <Badge $tone="danger">{t('admin.interviews.pendingReport')}</Badge>}
                  </BadgeList>
                </Labelled>
              </Row>
            );
          })}
        </Rows>
      </div>
      {isError && <LoadFailed message={t('admin.interviews.failed')} onRetry={refetch} />}
      {hasNextPage && <LoadMore loading={isFetchingNextPage} onLoad={() => fetchNextPage()} />}
    </>
  );
}
