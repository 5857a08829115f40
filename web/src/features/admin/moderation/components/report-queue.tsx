import { useEffect, useId, useRef, useState } from 'react';
import type { ReportOutcome } from '#contract/admin-moderation.ts';
import { REPORT_STATUSES, type ReportStatus } from '#contract/enums.ts';
import { StatusMessage } from '../../../../components/ui/alert.tsx';
import { EmptyState } from '../../../../components/ui/empty-state.tsx';
import { LinkTabs } from '../../../../components/ui/link-tabs.tsx';
import { LoadFailed, LoadMore } from '../../../../components/ui/list-controls.tsx';
import { StackList } from '../../../../components/ui/lists.tsx';
import { PageLoader } from '../../../../components/ui/page-loader.tsx';
import { paths } from '../../../../config/paths.ts';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useListReportsInfiniteQuery } from '../api/moderation-api.ts';
import { Section, SectionHeading } from './moderation-styles.ts';
import { ReportCard } from './report-card.tsx';

const statusHref = (status: ReportStatus) =>
  status === 'pending'
    ? paths.adminModeration.getHref()
    : `${paths.adminModeration.getHref()}?status=${status}`;

/**
 * The moderation queue of one status, a page at a time, under tabs that carry the pending count. After a
 * decision the card leaves the pending list: the page says what was done and the focus returns to the
 * list's heading, since the button that held it is gone.
 */
export function ReportQueue({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The report that was just decided (by this admin, or by another one first) and what became of it.
  const [left, setLeft] = useState<{ id: string; outcome: ReportOutcome | null } | null>(null);
  const { data, isLoading, isError, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useListReportsInfiniteQuery(status, { refetchOnMountOrArgChange: true });
  const pending = data?.pages[0]?.pending;
  const items = data?.pages.flatMap((page) => page.items) ?? [];

  // Once the decided report has left the list (the dialog has closed and handed the focus back to a button
  // that went with it), the focus goes to the list's heading instead of the page's start.
  const stillListed = left !== null && items.some((item) => item.id === left.id);
  useEffect(() => {
    if (left && !stillListed) heading.current?.focus();
  }, [left, stillListed]);

  return (
    <Section aria-labelledby={headingId}>
      <SectionHeading id={headingId} ref={heading} tabIndex={-1}>
        {t('admin.moderation.reports')}
      </SectionHeading>
      <LinkTabs
        label={t('admin.moderation.tabs')}
        current={status}
        wrap
        tabs={REPORT_STATUSES.map((item) => ({
          key: item,
          to: statusHref(item),
          label:
            item === 'pending' && pending !== undefined
              ? t('admin.moderation.pendingCount', { n: pending })
              : t(`admin.moderation.status.${item}`),
          testId: `reports-${item}`,
        }))}
      />
      <StatusMessage>{left?.outcome && t(`admin.moderation.done.${left.outcome}`)}</StatusMessage>
      {isLoading ? (
        <PageLoader />
      ) : isError || !data ? (
        <LoadFailed message={t('admin.moderation.failed')} onRetry={() => void refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={t(`admin.moderation.empty.${status}`)}
          text={t(`admin.moderation.emptyText.${status === 'pending' ? 'pending' : 'resolved'}`)}
        />
      ) : (
        <>
          <StackList>
            {items.map((report) => (
              <ReportCard
                key={report.id}
                report={report}
                onLeave={(outcome) => setLeft({ id: report.id, outcome })}
              />
            ))}
          </StackList>
          {hasNextPage && <LoadMore loading={isFetchingNextPage} onLoad={() => void fetchNextPage()} />}
        </>
      )}
    </Section>
  );
}
