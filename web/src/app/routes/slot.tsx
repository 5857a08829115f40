import { lazy, Suspense } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import styled from 'styled-components';
import { StatusMessage } from '../../components/ui/alert.tsx';
import { NotLoaded } from '../../components/ui/not-loaded.tsx';
import { Page } from '../../components/ui/page.tsx';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { paths } from '../../config/paths.ts';
import { useGetSlotQuery } from '../../features/slots/api/slots-api.ts';
import { SlotOverview } from '../../features/slots/components/slot-overview.tsx';
import { type ArrivalNotice, type SlotNote, slotNote } from '../../features/slots/slot-rules.ts';
import { useLanguage, useTranslation } from '../../lib/i18n.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import '../../lib/words/slot-page.ts';

// Only the two participants of an interview see its attendance: its code loads for them alone.
const AttendanceSection = lazy(() =>
  import('../../features/attendance/components/attendance-section.tsx').then((module) => ({
    default: module.AttendanceSection,
  })),
);

// Only the two participants of an interview that took place see its feedback: its code loads for them alone.
const FeedbackSection = lazy(() =>
  import('../../features/feedback/components/feedback-section.tsx').then((module) => ({
    default: module.FeedbackSection,
  })),
);

/** The live region stays in the page (empty, it takes no room) so that a later message is announced. */
const Notice = styled.div<{ $tone: 'success' | 'warning' }>`
  > p:not(:empty) {
    display: flex;
    flex-wrap: wrap;
    gap: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.md};
    margin-bottom: ${({ theme }) => theme.space.lg};
    padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
    border-left: 4px solid ${({ theme, $tone }) => theme.colors[$tone]};
    border-radius: ${({ theme }) => theme.radii.md};
    background: ${({ theme, $tone }) => theme.colors[`${$tone}Soft`]};
    color: ${({ theme }) => theme.colors.text};
  }
`;

/** What the page that led here did: its confirmation shows on arrival, while the slot agrees with it. */
export type SlotNotice = ArrivalNotice;

const NOTICES: Record<ArrivalNotice, 'book.booked' | 'slotForm.published' | 'slotForm.saved'> = {
  booked: 'book.booked',
  published: 'slotForm.published',
  saved: 'slotForm.saved',
};

function readNotice(state: unknown): ArrivalNotice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const { notice } = state;
  return notice === 'booked' || notice === 'published' || notice === 'saved' ? notice : null;
}

/** The note's text; a candidate whose interview was called off is offered similar open slots. */
function NoteText({ note, professionId }: { note: SlotNote; professionId: string }) {
  const { t } = useTranslation();
  if (note.kind !== 'cancelled') return t(NOTICES[note.kind]);
  const similar =
    note.viewer === 'candidate' &&
    (note.by === 'interviewer' || note.by === 'admin' || note.by === 'withdrawn');
  return (
    <>
      <span data-testid="slot-cancellation">{t(`cancel.notes.${note.viewer}.${note.by}`)}</span>
      {similar && (
        <Link to={`${paths.exchange.getHref()}?${new URLSearchParams({ professions: professionId })}`}>
          {t('cancel.similar')}
        </Link>
      )}
    </>
  );
}

export function SlotRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const { state } = useLocation();
  const { data: slot, error, isLoading, refetch } = useGetSlotQuery(id);
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
  // Derived from the slot as it is now, so a live change or a reload can never leave a stale message.
  const note = slotNote(slot, readNotice(state));
  return (
    <Page>
      <div>
        <Notice $tone={note?.kind === 'cancelled' ? 'warning' : 'success'} data-testid="slot-note">
          <StatusMessage>{note && <NoteText note={note} professionId={slot.profession.id} />}</StatusMessage>
        </Notice>
        <SlotOverview slot={slot} />
      </div>
      {slot.attendance && (
        <Suspense fallback={<PageLoader />}>
          <AttendanceSection slot={slot} />
        </Suspense>
      )}
      {slot.myRole && slot.feedback && (
        <Suspense fallback={<PageLoader />}>
          <FeedbackSection slotId={slot.id} />
        </Suspense>
      )}
    </Page>
  );
}
