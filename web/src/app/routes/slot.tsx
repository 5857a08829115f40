import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import styled from 'styled-components';
import { StatusMessage } from '../../components/ui/alert.tsx';
import { NotLoaded } from '../../components/ui/not-loaded.tsx';
import { Page } from '../../components/ui/page.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { useGetSlotQuery } from '../../features/slots/api/slots-api.ts';
import { SlotOverview } from '../../features/slots/components/slot-overview.tsx';
import type { CancelKind } from '../../features/slots/slot-rules.ts';
import { useLanguage } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

// Only the two participants of an interview that took place see its feedback: its code loads for them alone.
const FeedbackSection = lazy(() =>
  import('../../features/feedback/components/feedback-section.tsx').then((module) => ({
    default: module.FeedbackSection,
  })),
);

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
    return (
      <NotLoaded
        error={error}
        missing={{ title: t('slotPage.notFoundTitle'), text: t('slotPage.notFoundText') }}
        failed={t('slotPage.loadFailed')}
        onRetry={() => void refetch()}
      />
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
      {slot.myRole && slot.feedback && (
        <Suspense fallback={<PageLoader />}>
          <FeedbackSection slotId={slot.id} />
        </Suspense>
      )}
    </Page>
  );
}
