import styled from 'styled-components';
import { Card, CardLead, CardTitle } from '../../../../components/ui/card.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useTimeFormat } from '../../../../lib/use-time-format.ts';
import { AuditEntryText } from '../../audit/components/audit-entry.tsx';
import { AdminPersonLink } from '../../components/admin-person-link.tsx';
import type { AdminInterview } from '../api/admin-interviews-api.ts';
import { interviewTimeline, type TimelineEvent } from '../interview-timeline.ts';

const List = styled.ol`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  margin: ${({ theme }) => theme.space.md} 0 0;
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  padding-left: ${({ theme }) => theme.space.md};
  border-left: 3px solid ${({ theme }) => theme.colors.border};

  ${({ theme }) => theme.media.md} {
    grid-template-columns: 11em minmax(0, 1fr);
    gap: ${({ theme }) => theme.space.md};
  }
`;

const When = styled.time`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-variant-numeric: tabular-nums;
`;

const What = styled.div`
  display: grid;
  gap: 2px;
  min-width: 0;
  overflow-wrap: anywhere;
`;

const Title = styled.p`
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const Detail = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Quote = styled.blockquote`
  margin: 0;
  white-space: pre-wrap;
`;

const signed = (delta: number) => (delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`);

function EventText({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  switch (event.kind) {
    case 'published':
    case 'locked':
    case 'completed':
    case 'cancelled':
    case 'expired':
    case 'archived':
    case 'revealed':
      return <Title>{t(`admin.interviews.event.${event.kind}`)}</Title>;
    case 'booked':
      return (
        <>
          <Title>
            {t('admin.interviews.event.booked')}: <AdminPersonLink person={event.candidate} />
          </Title>
          {!event.earnsReward && <Detail>{t('admin.interviews.event.noReward')}</Detail>}
        </>
      );
    case 'bookingCancelled':
      return (
        <Title>
          {t(`admin.interviews.event.bookingCancelled.${event.status}`)}:{' '}
          <AdminPersonLink person={event.candidate} />
        </Title>
      );
    case 'checkedIn':
    case 'review':
    case 'assessment':
      return (
        <Title>
          {t(`admin.interviews.event.${event.kind}`)}: <AdminPersonLink person={event.person} />
        </Title>
      );
    case 'reportFiled':
      return (
        <>
          <Title>
            {t('admin.interviews.event.reportFiled')}: <AdminPersonLink person={event.report.reporter} />{' '}
            {t('admin.interviews.event.reportAgainst', { name: event.report.accused.displayName })}
          </Title>
          {event.report.comment && <Quote>{event.report.comment}</Quote>}
        </>
      );
    case 'reportResolved':
      return (
        <>
          <Title>
            {t(`admin.interviews.event.reportResolved.${event.report.status}`)}
            {event.report.resolvedBy && (
              <>
                : <AdminPersonLink person={event.report.resolvedBy} />
              </>
            )}
          </Title>
          {event.report.resolutionNote && <Quote>{event.report.resolutionNote}</Quote>}
        </>
      );
    case 'ledger':
      return (
        <>
          <Title>
            {t('admin.interviews.event.ledger', { delta: signed(event.entry.delta) })}:{' '}
            <AdminPersonLink person={event.entry.person} />
          </Title>
          <Detail>{t(`points.reason.${event.entry.reason}`)}</Detail>
        </>
      );
    case 'strike':
      return (
        <Title>
          {t(`admin.interviews.event.strike.${event.strike.kind}`)}:{' '}
          <AdminPersonLink person={event.strike.person} />
        </Title>
      );
    case 'audit':
      return <AuditEntryText entry={event.entry} linkToTarget={false} />;
  }
}

/** Everything that happened to the interview, the earliest first. */
export function InterviewTimeline({ interview }: { interview: AdminInterview }) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  return (
    <Card aria-labelledby="interview-timeline">
      <CardTitle id="interview-timeline">{t('admin.interviews.detail.timeline')}</CardTitle>
      <CardLead>{t('admin.interviews.detail.timelineHint')}</CardLead>
      <List>
        {interviewTimeline(interview).map((item) => (
          <Item key={item.key} data-testid="timeline-item">
            <When dateTime={item.at}>{format(item.at, 'shortDateTime')}</When>
            <What>
              <EventText event={item.event} />
            </What>
          </Item>
        ))}
      </List>
    </Card>
  );
}
