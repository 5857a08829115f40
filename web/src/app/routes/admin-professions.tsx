import { LoadFailed } from '../../components/ui/list-controls.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { AdminPage } from '../../features/admin/components/admin-page.tsx';
import { useListAdminProfessionsQuery } from '../../features/admin/professions/api/admin-professions-api.ts';
import { CreateProfessionForm } from '../../features/admin/professions/components/create-profession-form.tsx';
import { ProfessionList } from '../../features/admin/professions/components/profession-list.tsx';
import { useTranslation } from '../../lib/i18n.ts';

/** The professions: their order, names and archive, and a form for a new one. */
export function AdminProfessionsRoute() {
  const { t } = useTranslation();
  const { data, isLoading, isError, refetch } = useListAdminProfessionsQuery();
  return (
    <AdminPage title={t('admin.professions.title')} lead={t('admin.professions.lead')}>
      {data ? (
        <ProfessionList items={data} />
      ) : isError ? (
        <LoadFailed message={t('admin.professions.failed')} onRetry={refetch} />
      ) : (
        isLoading && <PageLoader />
      )}
      <CreateProfessionForm />
    </AdminPage>
  );
}
