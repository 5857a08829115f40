import { useId } from 'react';
import styled from 'styled-components';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { Card, CardTitle } from '../../../components/ui/card.tsx';
import { StackList } from '../../../components/ui/lists.tsx';
import { FEEDBACK_SECTION, paths } from '../../../config/paths.ts';
import { checkInStep } from '../../../features/attendance/attendance-rules.ts';
import { feedbackCall } from '../../../features/feedback/feedback-rules.ts';
import { type SlotDetails, useListInterviewsInfiniteQuery } from '../../../features/slots/api/slots-api.ts';
import { nextInterview } from '../../../features/slots/interview-day.ts';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { NextInterview } from './next-interview.tsx';

const Day = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
`;

const Due = styled(Card)`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;

const Item = styled.li`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};

  & + & {
    padding-top: ${({ theme }) => theme.space.md};
    border-top: 1px solid ${({ theme }) => theme.colors.border};
  }

  ${({ theme }) => theme.media.sm} {
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
  }
`;

const What = styled.p`
  overflow-wrap: anywhere;
`;

const Detail = styled.span`
  display: block;
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

type Task = { kind: 'checkIn' | 'feedback'; slot: SlotDetails };

/**
 * What the viewer should do now: check in while their interview's window is open (and they have not), and
 * give the feedback that is due on interviews that took place.
 */
function dueTasks(next: SlotDetails | null, past: readonly SlotDetails[], now: Date): Task[] {
  const checkIn =
    next?.attendance && next.myRole && checkInStep(next, next.attendance, next.myRole, now).kind === 'open';
  const feedback = past.filter((slot) => slot.feedback && feedbackCall(slot.feedback) === 'give');
  return [
    ...(checkIn && next ? [{ kind: 'checkIn' as const, slot: next }] : []),
    ...feedback.map((slot) => ({ kind: 'feedback' as const, slot })),
  ];
}

function DueTask({ task: { kind, slot } }: { task: Task }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format } = useTimeFormat();
  const who = slot.counterpart ? ` · ${slot.counterpart.displayName}` : '';
  return (
    <Item data-testid="due">
      <What>
        {kind === 'checkIn' ? t('interviewDay.checkIn') : t('interviewDay.feedbackDue')}
        <Detail>
          {slot.profession.name[language]}
          {who} · {format(slot.startsAt, 'dateTime')}
          {kind === 'feedback' &&
            slot.feedback &&
            ` · ${t('feedback.until', { time: format(slot.feedback.closesAt, 'dateTime') })}`}
        </Detail>
      </What>
      <ButtonLink
        to={kind === 'checkIn' ? paths.slot.getHref(slot.id) : paths.slot.getHref(slot.id, FEEDBACK_SECTION)}
        $size="sm"
      >
        {kind === 'checkIn' ? t('interviewDay.checkInAction') : t('feedback.give')}
      </ButtonLink>
    </Item>
  );
}

/** The home page's interview day: the next interview, then what is due; nothing when there is neither. */
export function InterviewDay() {
  const { t } = useTranslation();
  const now = useNow();
  const dueId = useId();
  const upcoming = useListInterviewsInfiniteQuery('upcoming');
  const past = useListInterviewsInfiniteQuery('past');
  const next = nextInterview(upcoming.data?.pages.flatMap((page) => page.items) ?? [], now);
  const tasks = dueTasks(next, past.data?.pages.flatMap((page) => page.items) ?? [], now);
  if (!next && tasks.length === 0) return null;
  return (
    <Day>
      {next && <NextInterview slot={next} now={now} />}
      {tasks.length > 0 && (
        <Due aria-labelledby={dueId} data-testid="due-list">
          <CardTitle id={dueId}>{t('interviewDay.dueTitle')}</CardTitle>
          <StackList>
            {tasks.map((task) => (
              <DueTask key={`${task.kind}-${task.slot.id}`} task={task} />
            ))}
          </StackList>
        </Due>
      )}
    </Day>
  );
}
