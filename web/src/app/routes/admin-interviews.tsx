import { useSearchParams } from 'react-router-dom';
import { AdminPage } from '../../features/admin/components/admin-page.tsx';
import { InterviewFilters } from '../../features/admin/interviews/components/interview-filters.tsx';
import { InterviewList } from '../../features/admin/interviews/components/interview-list.tsx';
import {
  readInterviewFilters,
  toInterviewsQuery,
  writeInterviewFilters,
} from '../../features/admin/interviews/interview-filters.ts';
import { useListAdminProfessionsQuery } from '../../features/admin/professions/api/admin-professions-api.ts';
import { useTranslation } from '../../lib/i18n.ts';
import { useTimeFormat } from '../../lib/use-time-format.ts';

/** Every interview, filtered; the filters live in the address, so a view can be shared with another admin. */
export function AdminInterviewsRoute() {
  const { t } = useTranslation();
  const { timeZone, zoneLabel } = useTimeFormat();
  const { data: professions = [] } = useListAdminProfessionsQuery();
  const [search, setSearch] = useSearchParams();
  const filters = readInterviewFilters(search);
  const filtered = writeInterviewFilters(filters).size > 0;
  const update = (next: URLSearchParams) => setSearch(next, { replace: true });
  const reset = filtered ? () => update(new URLSearchParams()) : undefined;
  return (
    <AdminPage title={t('admin.interviews.title')} lead={t('admin.interviews.lead', { zone: zoneLabel })}>
      <InterviewFilters
        value={filters}
        onChange={(next) => update(writeInterviewFilters(next))}
        onReset={reset}
        professions={professions}
      />
      <InterviewList query={toInterviewsQuery(filters, timeZone)} onReset={reset} />
    </AdminPage>
  );
}
