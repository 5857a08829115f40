import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { Badge } from '../../../../components/ui/badge.tsx';
import { Card, CardLead, CardTitle } from '../../../../components/ui/card.tsx';
import { paths } from '../../../../config/paths.ts';
import { useLanguage, useTranslation } from '../../../../lib/i18n.ts';
import { useTimeFormat } from '../../../../lib/use-time-format.ts';
import type { AdminUserCard } from '../api/admin-users-api.ts';

const Rows = styled.ol`
  margin: ${({ theme }) => theme.space.sm} 0 0;
  padding: 0;
  list-style: none;
`;

const Row = styled.li`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  padding: ${({ theme }) => theme.space.sm} 0;
  min-width: 0;
  overflow-wrap: anywhere;

  & + & {
    border-top: 1px solid ${({ theme }) => theme.colors.border};
  }
`;

/** What a row is about, and beside it (never under it) its status or amount. */
const Line = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  align-items: baseline;
  gap: ${({ theme }) => theme.space.xs};
`;

const Muted = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Empty = styled.p`
  margin-top: ${({ theme }) => theme.space.sm};
  color: ${({ theme }) => theme.colors.textMuted};
`;

const Quote = styled.blockquote`
  margin: 0;
  padding: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.sm};
  border-left: 3px solid ${({ theme }) => theme.colors.border};
  white-space: pre-wrap;
`;

const Delta = styled.span<{ $positive: boolean }>`
  color: ${({ theme, $positive }) => ($positive ? theme.colors.success : theme.colors.danger)};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  font-variant-numeric: tabular-nums;
`;

/** One part of the card's history under its heading, or the sentence that says it is empty. */
function Section({
  id,
  title,
  lead,
  empty,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Card aria-labelledby={id} data-testid={id}>
      <CardTitle id={id}>{title}</CardTitle>
      {lead && <CardLead>{lead}</CardLead>}
      {empty ? <Empty>{empty}</Empty> : <Rows>{children}</Rows>}
    </Card>
  );
}

type InterviewRef = { slotId: string; startsAt: string; profession: { ru: string; en: string } };

/** "Backend, 12 дек., 18:00 МСК", leading to the interview's admin page. */
function InterviewLink({ interview }: { interview: InterviewRef }) {
  const language = useLanguage();
  const { format } = useTimeFormat();
  return (
    <Link to={paths.adminInterview.getHref(interview.slotId)}>
      {interview.profession[language]}, {format(interview.startsAt, 'shortDateTime')}
    </Link>
  );
}

function PersonLink({ person }: { person: { id: string; login: string; displayName: string } }) {
  return (
    <Link to={paths.adminUser.getHref(person.id)}>
      {person.displayName} <Muted>@{person.login}</Muted>
    </Link>
  );
}

const SLOT_TONE = {
  open: 'primary',
  booked: 'primary',
  completed: 'success',
  archived: 'neutral',
  cancelled: 'danger',
  expired: 'neutral',
} as const;
const REPORT_TONE = { pending: 'warning', upheld: 'danger', rejected: 'neutral' } as const;

const signed = (delta: number) => (delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`);

/** The person's history: interviews, points, reports, strikes and live sessions, the latest first. */
export function UserHistory({ card }: { card: AdminUserCard }) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const at = (instant: string) => format(instant, 'shortDateTime');
  return (
    <>
      <Section
        id="user-interviews"
        title={t('admin.users.sections.interviews')}
        lead={t('admin.users.sections.interviewsLead')}
        empty={card.interviews.length ? null : t('admin.users.sections.interviewsEmpty')}
      >
        {card.interviews.map((interview) => (
          <Row key={`${interview.role}-${interview.slotId}`}>
            <Line>
              <InterviewLink interview={interview} />
              <Badge $tone={SLOT_TONE[interview.status]}>
                {t(`admin.users.interview.slotStatus.${interview.status}`)}
              </Badge>
            </Line>
            <span>
              {t(`admin.users.interview.as.${interview.role}`)} ·{' '}
              {interview.other ? (
                <>
                  {t(`admin.users.interview.other.${interview.role}`)} <PersonLink person={interview.other} />
                </>
              ) : (
                <Muted>{t('admin.users.interview.nobody')}</Muted>
              )}
            </span>
            {interview.bookingStatus && interview.bookingStatus !== 'active' && (
              <Muted>{t(`admin.users.interview.bookingStatus.${interview.bookingStatus}`)}</Muted>
            )}
          </Row>
        ))}
      </Section>

      <Section
        id="user-ledger"
        title={t('admin.users.sections.ledger')}
        lead={t('admin.users.sections.ledgerLead')}
        empty={card.ledger.length ? null : t('admin.users.sections.ledgerEmpty')}
      >
        {card.ledger.map((entry) => (
          <Row key={entry.id}>
            <Line>
              <span>
                {t(`admin.users.ledger.reason.${entry.reason}`)}
                {/* An admin's adjustment carries their reason; other notes are codes, told by the reason. */}
                {entry.reason === 'admin_adjustment' && entry.note && `: ${entry.note}`}
              </span>
              <Delta $positive={entry.delta > 0}>{signed(entry.delta)}</Delta>
            </Line>
            <Muted>
              {at(entry.createdAt)}
              {entry.slotId && (
                <>
                  {' · '}
                  <Link to={paths.adminInterview.getHref(entry.slotId)}>
                    {t('admin.users.ledger.interview')}
                  </Link>
                </>
              )}
            </Muted>
          </Row>
        ))}
      </Section>

      <Section
        id="user-reports"
        title={t('admin.users.sections.reports')}
        empty={card.reports.length ? null : t('admin.users.sections.reportsEmpty')}
      >
        {card.reports.map((report) => (
          <Row key={report.id}>
            <Line>
              <span>
                {t(`admin.users.report.${report.direction}`)} <PersonLink person={report.other} />
              </span>
              <Badge $tone={REPORT_TONE[report.status]}>
                {t(`admin.users.report.status.${report.status}`)}
              </Badge>
            </Line>
            <Muted>
              <InterviewLink interview={report} /> · {at(report.createdAt)}
            </Muted>
            {report.comment && <Quote>{report.comment}</Quote>}
            {report.resolutionNote && (
              <Muted>{t('admin.users.report.resolution', { note: report.resolutionNote })}</Muted>
            )}
          </Row>
        ))}
      </Section>

      <Section
        id="user-strikes"
        title={t('admin.users.sections.strikes')}
        empty={card.strikes.items.length ? null : t('admin.users.sections.strikesEmpty')}
      >
        {card.strikes.items.map((strike) => (
          <Row key={strike.id}>
            <Line>
              <span>{t(`admin.users.strike.${strike.kind}`)}</span>
              <Muted>{at(strike.createdAt)}</Muted>
            </Line>
            <InterviewLink interview={strike} />
          </Row>
        ))}
      </Section>

      <Section
        id="user-sessions"
        title={t('admin.users.sections.sessions')}
        lead={t('admin.users.sections.sessionsLead')}
        empty={card.sessions.length ? null : t('admin.users.sections.sessionsEmpty')}
      >
        {card.sessions.map((session) => (
          <Row key={session.id}>
            <span>{session.userAgent || t('admin.users.session.unknownDevice')}</span>
            <Muted>
              {t('admin.users.session.created', { time: at(session.createdAt) })} ·{' '}
              {t('admin.users.session.lastUsed', { time: at(session.lastUsedAt) })} ·{' '}
              {t('admin.users.session.expires', { time: at(session.expiresAt) })}
            </Muted>
          </Row>
        ))}
      </Section>
    </>
  );
}
