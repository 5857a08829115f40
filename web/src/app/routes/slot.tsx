import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import styled from 'styled-components';
import { StatusMessage } from '../../components/ui/alert.tsx';
import { ButtonLink } from '../../components/ui/button.tsx';
import { Card, CardActions } from '../../components/ui/card.tsx';
import { LoadFailed } from '../../components/ui/list-controls.tsx';
import { Page, PageLead, PageTitle } from '../../components/ui/page.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { paths } from '../../config/paths.ts';
import { useGetSlotQuery } from '../../features/slots/api/slots-api.ts';
import { SlotOverview } from '../../features/slots/components/slot-overview.tsx';
import type { CancelKind } from '../../features/slots/slot-rules.ts';
import { useLanguage } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

/** The live region stays in the page (empty, it takes no room) so that a later message is announced. */
const Notice = styled.div`
  > p:not(:empty) {
    margin-bottom: ${({ theme }) => theme.space.lg};
    padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
    border-left: 4px solid ${({ theme }) => theme.colors.success};
    border-radius: ${({ theme }) => theme.radii.md};
    background: ${({ theme }) => theme.colors.successSoft};
  }
`;

/** What the page that led here did: its confirmation shows on arrival. */
export type SlotNotice = 'booked' | 'published' | 'saved';

const NOTICES: Record<SlotNotice, 'book.booked' | 'slotForm.published' | 'slotForm.saved'> = {
  booked: 'book.booked',
  published: 'slotForm.published',
  saved: 'slotForm.saved',
};

function readNotice(state: unknown): SlotNotice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const { notice } = state;
  return notice === 'booked' || notice === 'published' || notice === 'saved' ? notice : null;
}

export function SlotRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const { state } = useLocation();
  const { data: slot, error, isLoading, refetch } = useGetSlotQuery(id);
  const [cancelled, setCancelled] = useState<CancelKind | null>(null);
  useDocumentTitle(slot ? t('slotPage.title', { profession: slot.profession.name[language] }) : '');

  if (isLoading) return <PageLoader />;
  if (!slot) {
    const missing = error && 'status' in error && (error.status === 404 || error.status === 400);
    return (
      <Page $width="narrow">
        {missing ? (
          <Card>
            <PageTitle>{t('slotPage.notFoundTitle')}</PageTitle>
            <PageLead>{t('slotPage.notFoundText')}</PageLead>
            <CardActions>
              <ButtonLink to={paths.exchange.getHref()}>{t('slotPage.toExchange')}</ButtonLink>
            </CardActions>
          </Card>
        ) : (
          <LoadFailed message={t('slotPage.loadFailed')} onRetry={() => void refetch()} />
        )}
      </Page>
    );
  }
  const notice = readNotice(state);
  const message = cancelled
    ? t(cancelled === 'candidate' ? 'cancel.done' : 'cancel.doneInterviewer')
    : notice && t(NOTICES[notice]);
  return (
    <Page>
      <div>
        <Notice>
          <StatusMessage>{message}</StatusMessage>
        </Notice>
        <SlotOverview slot={slot} onCancelled={setCancelled} />
      </div>
    </Page>
  );
}
