import { useTranslation } from 'react-i18next';
import { AdminPage } from '../../features/admin/components/admin-page.tsx';

// DEV-PLACEHOLDER: replaced by the page's real content.
export function AdminModerationRoute() {
  const { t } = useTranslation();
  return <AdminPage title={t('admin.moderation.title')}>{null}</AdminPage>;
}
