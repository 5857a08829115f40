import { useNavigate, useParams } from 'react-router-dom';
import { ButtonLink } from '../../components/ui/button.tsx';
import { Card, CardActions } from '../../components/ui/card.tsx';
import { LoadFailed } from '../../components/ui/list-controls.tsx';
import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { paths } from '../../config/paths.ts';
import { useGetProfessionsQuery } from '../../features/professions/api/professions-api.ts';
import { useGetSlotQuery } from '../../features/slots/api/slots-api.ts';
import { SlotForm } from '../../features/slots/components/slot-form.tsx';
import { editMode } from '../../features/slots/slot-rules.ts';
import { useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useNow } from '../../lib/use-now.ts';
import type { SlotNotice } from './slot.tsx';
import '../../lib/words/slot-page.ts';

export function EditSlotRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const now = useNow();
  const { id = '' } = useParams();
  const slot = useGetSlotQuery(id);
  const professions = useGetProfessionsQuery();
  const mode = slot.data ? editMode(slot.data, now) : null;
  // While the interview runs, the page is for one thing: a new room.
  const title = mode === 'link' ? t('slotForm.changeLink') : t('slotForm.editTitle');
  useDocumentTitle(title);

  if (slot.isLoading || professions.isLoading) return <PageLoader />;
  if (!slot.data || !professions.data) {
    return (
      <Page $width="narrow">
        <LoadFailed
          message={t('slotPage.loadFailed')}
          onRetry={() => {
            void slot.refetch();
            void professions.refetch();
          }}
        />
      </Page>
    );
  }
  const back = (
    <ButtonLink to={paths.slot.getHref(id)} $variant="ghost">
      {t('slotForm.backToSlot')}
    </ButtonLink>
  );
  return (
    <Page $width="form">
      <PageTitle>{title}</PageTitle>
      <Card>
        {mode ? (
          <SlotForm
            key={slot.data.id}
            professions={professions.data}
            slot={slot.data}
            mode={mode}
            secondaryAction={back}
            onSaved={(saved) =>
              navigate(paths.slot.getHref(saved.id), { state: { notice: 'saved' satisfies SlotNotice } })
            }
          />
        ) : (
          <>
            <PageLead>
              {slot.data.myRole === 'interviewer' ? t('slotForm.notEditable') : t('slot.notYours')}
            </PageLead>
            <CardActions>{back}</CardActions>
          </>
        )}
      </Card>
    </Page>
  );
}
