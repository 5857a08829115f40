import { useSearchParams } from 'react-router-dom';
import { REPORT_STATUSES } from '#contract/enums.ts';
import { AdminPage } from '../../features/admin/components/admin-page.tsx';
import { FlaggedPairs } from '../../features/admin/moderation/components/flagged-pairs.tsx';
import { ReportQueue } from '../../features/admin/moderation/components/report-queue.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { useTimeFormat } from '../../lib/use-time-format.ts';

/** The no-show moderation queue (its status in the address) and the pairs flagged by anti-farming. */
export function AdminModerationRoute() {
  const { t } = useTranslation();
  const { zoneLabel } = useTimeFormat();
  const [search] = useSearchParams();
  const status = REPORT_STATUSES.find((item) => item === search.get('status')) ?? 'pending';
  return (
    <AdminPage title={t('admin.moderation.title')} lead={t('admin.moderation.lead', { zone: zoneLabel })}>
      <ReportQueue key={status} status={status} />
      <FlaggedPairs />
    </AdminPage>
  );
}
