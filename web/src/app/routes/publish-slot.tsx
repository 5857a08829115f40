import { useNavigate } from 'react-router-dom';
import { Card } from '../../components/ui/card.tsx';
import { LoadFailed } from '../../components/ui/list-controls.tsx';
import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { paths } from '../../config/paths.ts';
import { useGetProfessionsQuery } from '../../features/professions/api/professions-api.ts';
import { SlotForm } from '../../features/slots/components/slot-form.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import type { SlotNotice } from './slot.tsx';
import '../../lib/words/slot-page.ts';

export function PublishSlotRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: professions, isLoading, refetch } = useGetProfessionsQuery();
  useDocumentTitle(t('slotForm.newTitle'));
  return (
    <Page $width="form">
      <div>
        <PageTitle>{t('slotForm.newTitle')}</PageTitle>
        <PageLead>{t('slotForm.newLead')}</PageLead>
      </div>
      <Card>
        {isLoading ? (
          <PageLoader />
        ) : professions ? (
          <SlotForm
            professions={professions}
            onSaved={(slot) =>
              navigate(paths.slot.getHref(slot.id), { state: { notice: 'published' satisfies SlotNotice } })
            }
          />
        ) : (
          <LoadFailed message={t('professions.unavailable')} onRetry={() => void refetch()} />
        )}
      </Card>
    </Page>
  );
}
