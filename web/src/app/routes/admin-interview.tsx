import { useTranslation } from 'react-i18next';
import { AdminPage } from '../../features/admin/components/admin-page.tsx';

// DEV-PLACEHOLDER: replaced by the page's real content.
export function AdminInterviewRoute() {
  const { t } = useTranslation();
  return <AdminPage title={t('admin.interviews.title')}>{null}</AdminPage>;
}
