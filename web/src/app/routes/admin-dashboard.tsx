import { skipToken } from '@reduxjs/toolkit/query';
import { useSearchParams } from 'react-router-dom';
import { dashboardDayOf } from '#contract/admin-dashboard.ts';
import { LoadFailed } from '../../components/ui/list-controls.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { AdminPage } from '../../features/admin/components/admin-page.tsx';
import { useGetDashboardQuery } from '../../features/admin/dashboard/api/dashboard-api.ts';
import { DashboardFilters } from '../../features/admin/dashboard/components/dashboard-filters.tsx';
import { DashboardOverview } from '../../features/admin/dashboard/components/dashboard-overview.tsx';
import {
  readDashboardFilters,
  toDashboardQuery,
  writeDashboardFilters,
} from '../../features/admin/dashboard/dashboard-view.ts';
import { useGetProfessionsQuery } from '../../features/professions/api/professions-api.ts';
import { useTranslation } from '../../lib/i18n.ts';
import { useNow } from '../../lib/use-now.ts';

/**
 * The admin's landing page (/admin): the figures of a range of Moscow days. The range and the profession live
 * in the address, so a view can be shared and survives a reload.
 */
export function AdminDashboardRoute() {
  const { t } = useTranslation();
  const today = dashboardDayOf(useNow());
  const [search, setSearch] = useSearchParams();
  const filters = readDashboardFilters(search, today);
  const { query, problem } = toDashboardQuery(filters);
  const { data: professions = [] } = useGetProfessionsQuery();
  const { data, error, isFetching, isLoading, refetch } = useGetDashboardQuery(query ?? skipToken);

  return (
    <AdminPage title={t('admin.dashboard.title')} lead={t('admin.dashboard.lead')}>
      <DashboardFilters
        value={filters}
        onChange={(next) => setSearch(writeDashboardFilters(next), { replace: true })}
        today={today}
        professions={professions}
        problem={problem}
      />
      {error && !isFetching ? (
        <LoadFailed message={t('admin.dashboard.failed')} onRetry={refetch} />
      ) : isLoading || !data ? (
        problem ? null : (
          <PageLoader />
        )
      ) : (
        <DashboardOverview dashboard={data} updating={isFetching} />
      )}
    </AdminPage>
  );
}
