import { Link, useParams } from 'react-router-dom';
import { HeadingRow } from '../../components/ui/heading-row.tsx';
import { NotLoaded } from '../../components/ui/not-loaded.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { paths } from '../../config/paths.ts';
import { AdminPage } from '../../features/admin/components/admin-page.tsx';
import { useGetAdminInterviewQuery } from '../../features/admin/interviews/api/admin-interviews-api.ts';
import { CancelInterview } from '../../features/admin/interviews/components/cancel-interview.tsx';
import { InterviewSummary } from '../../features/admin/interviews/components/interview-summary.tsx';
import { InterviewTimeline } from '../../features/admin/interviews/components/interview-timeline.tsx';
import { useLanguage, useTranslation } from '../../lib/i18n.ts';
import { useTimeFormat } from '../../lib/use-time-format.ts';

/** One interview for an admin: the slot, its whole history, and the way to cancel it with a reason. */
export function AdminInterviewRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format, zoneLabel } = useTimeFormat();
  const { id = '' } = useParams();
  const { data, error, isLoading, refetch } = useGetAdminInterviewQuery(id);
  if (isLoading) return <PageLoader />;
  if (!data) {
    return (
      <NotLoaded
        error={error}
        missing={{
          title: t('admin.interviews.detail.notFoundTitle'),
          text: t('admin.interviews.detail.notFoundText'),
        }}
        failed={t('admin.interviews.detail.failed')}
        onRetry={refetch}
      />
    );
  }
  return (
    <AdminPage
      title={t('admin.interviews.detail.title', { profession: data.slot.profession.name[language] })}
      lead={t('admin.interviews.detail.lead', {
        time: format(data.slot.startsAt, 'dateTime'),
        zone: zoneLabel,
      })}
    >
      <HeadingRow>
        <Link to={paths.adminInterviews.getHref()}>← {t('admin.interviews.detail.back')}</Link>
        <CancelInterview interview={data} />
      </HeadingRow>
      <InterviewSummary interview={data} />
      <InterviewTimeline interview={data} />
    </AdminPage>
  );
}
