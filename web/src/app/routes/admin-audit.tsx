import { useSearchParams } from 'react-router-dom';
import {
  readAuditFilters,
  toAuditQuery,
  writeAuditFilters,
} from '../../features/admin/audit/audit-filters.ts';
import { AuditFilters } from '../../features/admin/audit/components/audit-filters.tsx';
import { AuditList } from '../../features/admin/audit/components/audit-list.tsx';
import { AdminPage } from '../../features/admin/components/admin-page.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { useTimeFormat } from '../../lib/use-time-format.ts';

/** The audit log; its filters live in the address, so a filtered view can be shared with another admin. */
export function AdminAuditRoute() {
  const { t } = useTranslation();
  const { timeZone, zoneLabel } = useTimeFormat();
  const [search, setSearch] = useSearchParams();
  const filters = readAuditFilters(search);
  const filtered = writeAuditFilters(filters).size > 0;
  const update = (next: URLSearchParams) => setSearch(next, { replace: true });
  const reset = filtered ? () => update(new URLSearchParams()) : undefined;
  return (
    <AdminPage title={t('admin.audit.title')} lead={t('admin.audit.lead', { zone: zoneLabel })}>
      <AuditFilters value={filters} onChange={(next) => update(writeAuditFilters(next))} onReset={reset} />
      <AuditList query={toAuditQuery(filters, timeZone)} onReset={reset} />
    </AdminPage>
  );
}
