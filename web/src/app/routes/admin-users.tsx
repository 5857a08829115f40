import { AdminPage } from '../../features/admin/components/admin-page.tsx';
import { UserSearch } from '../../features/admin/users/components/user-search.tsx';
import { useTranslation } from '../../lib/i18n.ts';

/** The admin's people: search by a part of a login or name, newest first without a term. */
export function AdminUsersRoute() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.users.title')} lead={t('admin.users.lead')}>
      <UserSearch />
    </AdminPage>
  );
}
