import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { Ledger } from '../../features/points/components/ledger.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

export function PointsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('points.title'));
  return (
    <Page>
      <div>
        <PageTitle>{t('points.title')}</PageTitle>
        <PageLead>{t('points.lead')}</PageLead>
      </div>
      <Ledger />
    </Page>
  );
}
