import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import styled from 'styled-components';
import { StatusMessage } from '../../../components/ui/alert.tsx';
import { BadgeList } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Card, CardTitle } from '../../../components/ui/card.tsx';
import { HeadingRow } from '../../../components/ui/heading-row.tsx';
import { LoadFailed } from '../../../components/ui/list-controls.tsx';
import { PageLoader } from '../../../components/ui/page-loader.tsx';
import { FEEDBACK_SECTION } from '../../../config/paths.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { type FeedbackState, useGetFeedbackQuery } from '../api/feedback-api.ts';
import { isOpen, theirStage } from '../feedback-rules.ts';
import { FeedbackForm } from './feedback-form.tsx';
import { FeedbackStatusBadge, RevealedBadge } from './feedback-status.tsx';
import { AssessmentView, ReviewView } from './feedback-view.tsx';

/** Below the sticky header on desktops when a link opens the page here. */
const Section = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  scroll-margin-top: 88px;
`;

const Rules = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Parts = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: ${({ theme }) => theme.space.xl};
  }
`;

const Part = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  align-content: start;
  padding-top: ${({ theme }) => theme.space.md};
  border-top: 1px solid ${({ theme }) => theme.colors.border};
`;

const PartTitle = styled.h3`
  font-size: ${({ theme }) => theme.fontSizes.lg};

  &:focus {
    outline: none;
  }
`;

/** The live region stays in the page, empty and taking no room, so that a message after a submit is announced. */
const Notice = styled.div`
  > p:not(:empty) {
    margin-top: ${({ theme }) => theme.space.xs};
  }
`;

const Note = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

/** The other side wrote: said plainly, while what they wrote stays hidden. */
const Received = styled.p`
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border-left: 4px solid ${({ theme }) => theme.colors.primary};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.primarySoft};
`;

const Edit = styled.div`
  display: flex;
`;

/**
 * An interview's feedback on its page, for its two participants: the rule (double-blind for 7 days), the
 * viewer's own feedback (a form while open, then what they wrote, editable until the window closes) and the
 * other side's once revealed.
 */
export function FeedbackSection({ slotId }: { slotId: string }) {
  const { t } = useTranslation();
  const { data: state, isLoading, isError, refetch } = useGetFeedbackQuery(slotId);
  const section = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  const loaded = state !== undefined;

  useEffect(() => {
    if (loaded && hash === `#${FEEDBACK_SECTION}`) section.current?.scrollIntoView({ block: 'start' });
  }, [loaded, hash]);

  return (
    <Section ref={section} id={FEEDBACK_SECTION} aria-labelledby="feedback-title" data-testid="feedback">
      <HeadingRow>
        <CardTitle id="feedback-title">{t('feedback.title')}</CardTitle>
        {state && (
          <BadgeList>
            <FeedbackStatusBadge status={state.status} />
            {state.revealed && <RevealedBadge />}
          </BadgeList>
        )}
      </HeadingRow>
      {isLoading ? (
        <PageLoader />
      ) : state ? (
        <FeedbackParts state={state} />
      ) : (
        isError && <LoadFailed message={t('feedback.loadFailed')} onRetry={() => void refetch()} />
      )}
    </Section>
  );
}

function FeedbackParts({ state }: { state: FeedbackState }) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const now = useNow();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<'sent' | 'saved' | null>(null);
  const mineTitle = useRef<HTMLHeadingElement>(null);
  const open = isOpen(state, now);
  const closesAt = format(state.closesAt, 'dateTime');

  const done = (result: 'sent' | 'saved') => {
    setEditing(false);
    setNotice(result);
    // The form gives way to what was saved: keyboard and screen reader users continue from its heading.
    mineTitle.current?.focus();
  };

  let mine: ReactNode;
  if (open && (state.mine === null || editing)) {
    mine = (
      <FeedbackForm
        slotId={state.slotId}
        state={state}
        onDone={done}
        onGivenElsewhere={() => setEditing(true)}
        onCancel={state.mine ? () => setEditing(false) : undefined}
      />
    );
  } else if (state.mine) {
    mine = (
      <>
        {state.mine.kind === 'review' ? (
          <ReviewView review={state.mine.review} />
        ) : (
          <AssessmentView assessment={state.mine.assessment} />
        )}
        {open && (
          <Edit>
            <Button
              type="button"
              $variant="secondary"
              onClick={() => {
                setNotice(null);
                setEditing(true);
              }}
            >
              {t('feedback.edit')}
            </Button>
          </Edit>
        )}
      </>
    );
  } else {
    mine = (
      <Note>
        {state.status === 'upcoming'
          ? t('feedback.opensAt', { time: format(state.opensAt, 'dateTime') })
          : t('feedback.missed')}
      </Note>
    );
  }

  const stage = theirStage(state);
  let theirs: ReactNode;
  if (stage === 'shown' && state.theirs) {
    theirs =
      state.theirs.kind === 'review' ? (
        <ReviewView review={state.theirs.review} />
      ) : (
        <AssessmentView assessment={state.theirs.assessment} />
      );
  } else if (stage === 'received') {
    theirs = (
      <Received data-testid="feedback-received">{t('feedback.received', { time: closesAt })}</Received>
    );
  } else {
    theirs = (
      <Note>
        {t(`feedback.${stage === 'none' ? 'none' : 'waiting'}.${state.myRole}`, { time: closesAt })}
      </Note>
    );
  }

  return (
    <>
      <Rules>
        {t('feedback.rule')}{' '}
        {open
          ? t('feedback.openUntil', { time: closesAt })
          : state.status === 'given' && state.revealed && now < new Date(state.closesAt)
            ? t('feedback.frozen')
            : state.status !== 'upcoming' && t('feedback.closed', { time: closesAt })}
      </Rules>
      <Parts>
        <Part aria-labelledby="feedback-mine">
          <div>
            <PartTitle id="feedback-mine" ref={mineTitle} tabIndex={-1}>
              {t(`feedback.mine.${state.myRole}`)}
            </PartTitle>
            <Notice>
              <StatusMessage>{notice && t(`feedback.${notice}`)}</StatusMessage>
            </Notice>
          </div>
          {mine}
        </Part>
        <Part aria-labelledby="feedback-theirs" data-testid="feedback-theirs">
          <PartTitle id="feedback-theirs">{t(`feedback.theirs.${state.myRole}`)}</PartTitle>
          {theirs}
        </Part>
      </Parts>
    </>
  );
}
