import { type ReactNode, useId } from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { Badge, BadgeList } from '../../../components/ui/badge.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadFailed, LoadMore } from '../../../components/ui/list-controls.tsx';
import { StackList } from '../../../components/ui/lists.tsx';
import { PageLoader } from '../../../components/ui/page-loader.tsx';
import { paths } from '../../../config/paths.ts';
import { useLanguage, useTranslation } from '../../../lib/i18n.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { type InterviewScope, type SlotDetails, useListInterviewsInfiniteQuery } from '../api/slots-api.ts';
import { type DayGroup, dayName, groupByDay } from '../interview-day.ts';
import { CancelSlot } from './cancel-slot.tsx';
import { ParticipantDetails } from './participant-details.tsx';
import { SlotTitle, SlotWhen, StatusBadge } from './slot-facts.tsx';
import '../../../lib/words/interviews.ts';
import '../../../lib/words/home.ts';

const Item = styled.li`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: ${({ theme }) => theme.shadows.card};

  ${({ theme }) => theme.media.md} {
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: ${({ theme }) => theme.space.lg};
    padding: ${({ theme }) => theme.space.lg};
  }
`;

const Head = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  align-content: start;
  min-width: 0;
`;

const Day = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
`;

const DayHeading = styled.h3`
  font-size: ${({ theme }) => theme.fontSizes.md};
  color: ${({ theme }) => theme.colors.textMuted};

  &::first-letter {
    text-transform: uppercase;
  }
`;

const Days = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
`;

const Body = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  min-width: 0;
`;

/** What the page adds beside an interview that took place: its feedback. */
type RenderFeedback = (slot: SlotDetails & { feedback: NonNullable<SlotDetails['feedback']> }) => ReactNode;

function InterviewItem({ slot, renderFeedback }: { slot: SlotDetails; renderFeedback: RenderFeedback }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Item data-testid="interview">
      <Head>
        <BadgeList>
          <Badge $tone="primary">
            {slot.myRole === 'interviewer' ? t('slot.roleInterviewer') : t('slot.roleCandidate')}
          </Badge>
          {slot.cancellation ? (
            <Badge $tone="danger" data-testid="interview-cancelled">
              {t(
                `interviews.cancelled.${slot.myRole === 'interviewer' ? 'interviewer' : 'candidate'}.${slot.cancellation.by}`,
              )}
            </Badge>
          ) : (
            <StatusBadge status={slot.status} />
          )}
        </BadgeList>
        <SlotTitle as="h4">
          <Link to={paths.slot.getHref(slot.id)}>{slot.profession.name[language]}</Link>
        </SlotTitle>
        <SlotWhen slot={slot} />
      </Head>
      <Body>
        <ParticipantDetails slot={slot} />
        <CancelSlot slot={slot} />
        {slot.feedback && renderFeedback({ ...slot, feedback: slot.feedback })}
      </Body>
    </Item>
  );
}

/** One day's interviews under its name in the viewer's zone: "Сегодня", "Завтра", "пт, 28 ноября". */
function DaySection({
  group: { day, items },
  now,
  renderFeedback,
}: {
  group: DayGroup<SlotDetails>;
  now: Date;
  renderFeedback: RenderFeedback;
}) {
  const { t } = useTranslation();
  const { format, timeZone } = useTimeFormat();
  const headingId = useId();
  const name = dayName(day, now, timeZone);
  return (
    <Day aria-labelledby={headingId}>
      <DayHeading id={headingId} data-testid="interview-day">
        {name === 'date' ? format(items[0].startsAt, 'day') : t(`interviewDay.${name}`)}
      </DayHeading>
      <StackList>
        {items.map((slot) => (
          <InterviewItem key={slot.id} slot={slot} renderFeedback={renderFeedback} />
        ))}
      </StackList>
    </Day>
  );
}

/** The viewer's interviews of one scope, on both sides, a page at a time, by day. */
export function InterviewList({
  scope,
  renderFeedback,
}: {
  scope: InterviewScope;
  renderFeedback: RenderFeedback;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const { timeZone } = useTimeFormat();
  const { data, isLoading, isError, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useListInterviewsInfiniteQuery(scope);
  if (isLoading) return <PageLoader />;
  if (isError || !data) {
    return <LoadFailed message={t('interviews.failed')} onRetry={() => void refetch()} />;
  }
  const items = data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <EmptyState
        title={t(`interviews.empty.${scope}`)}
        text={t('interviews.emptyText')}
        actions={
          <>
            <ButtonLink to={paths.exchange.getHref()}>{t('userHome.findAction')}</ButtonLink>
            <ButtonLink to={paths.publishSlot.getHref()} $variant="secondary">
              {t('exchange.publish')}
            </ButtonLink>
          </>
        }
      />
    );
  }
  return (
    <>
      <Days>
        {groupByDay(items, timeZone).map((group) => (
          <DaySection key={group.day} group={group} now={now} renderFeedback={renderFeedback} />
        ))}
      </Days>
      {hasNextPage && <LoadMore loading={isFetchingNextPage} onLoad={() => void fetchNextPage()} />}
    </>
  );
}
