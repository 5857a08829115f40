import { useId } from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import type { ReportOutcome, TReportParty } from '#contract/admin-moderation.ts';
import { Badge, BadgeList } from '../../../../components/ui/badge.tsx';
import { Fact, Facts } from '../../../../components/ui/facts.tsx';
import { paths } from '../../../../config/paths.ts';
import { useLanguage, useTranslation } from '../../../../lib/i18n.ts';
import { useTimeFormat } from '../../../../lib/use-time-format.ts';
import type { AdminReport } from '../api/moderation-api.ts';
import { ResolveReport } from './resolve-report.tsx';

const Item = styled.li`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: ${({ theme }) => theme.shadows.card};
  min-width: 0;

  ${({ theme }) => theme.media.md} {
    padding: ${({ theme }) => theme.space.lg};
  }
`;

const Head = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
`;

const Title = styled.h3`
  font-size: ${({ theme }) => theme.fontSizes.lg};
  overflow-wrap: anywhere;
`;

const Muted = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Parties = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.md};

  ${({ theme }) => theme.media.md} {
    grid-template-columns: 1fr 1fr;
  }
`;

const PartyBox = styled.section`
  display: grid;
  align-content: start;
  gap: ${({ theme }) => theme.space.xs};
  min-width: 0;
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surfaceMuted};
`;

const PartyRole = styled.h4`
  margin: 0;
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const PartyName = styled.p`
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  overflow-wrap: anywhere;
`;

const Login = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-weight: ${({ theme }) => theme.fontWeights.regular};
`;

/** The evidence an admin looks for first: whether the person pressed "I am here". */
const CheckIn = styled.span`
  font-weight: ${({ theme }) => theme.fontWeights.medium};

  &[data-checked='true'] {
    color: ${({ theme }) => theme.colors.success};
  }
`;

const Comment = styled.blockquote`
  margin: 0;
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border-left: 4px solid ${({ theme }) => theme.colors.border};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const Resolution = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.primarySoft};

  p:last-child {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;

const STATUS_TONE = { pending: 'warning', upheld: 'danger', rejected: 'neutral' } as const;

/** One side of the report: who, on which side, their "I am here", and their record, linked to their admin page. */
function Party({ part, party }: { part: 'reporter' | 'accused'; party: TReportParty }) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const headingId = useId();
  const { history } = party;
  return (
    <PartyBox aria-labelledby={headingId} data-testid={`report-${part}`}>
      <PartyRole id={headingId}>{t(`admin.moderation.${part}`)}</PartyRole>
      <PartyName>
        <Link to={paths.adminUser.getHref(party.id)}>{party.displayName}</Link> <Login>@{party.login}</Login>
      </PartyName>
      <BadgeList>
        <Badge $tone="primary">{t(`admin.moderation.side.${party.side}`)}</Badge>
        {party.blocked && <Badge $tone="danger">{t('admin.moderation.blocked')}</Badge>}
        {history.suggestBlock && (
          <Badge $tone="warning" data-testid="suggest-block">
            {t('admin.moderation.suggestBlock')}
          </Badge>
        )}
      </BadgeList>
      {history.suggestBlock && (
        <Muted>{t('admin.moderation.suggestBlockHint', { count: history.strikes.recent })}</Muted>
      )}
      <Facts>
        <Fact label={t('admin.moderation.checkIn')} testId={`check-in-${party.side}`}>
          <CheckIn data-checked={party.checkedInAt !== null}>
            {party.checkedInAt
              ? t('admin.moderation.checkedIn', { time: format(party.checkedInAt, 'time') })
              : t('admin.moderation.notCheckedIn')}
          </CheckIn>
        </Fact>
        <Fact label={t('admin.moderation.history.interviews')}>
          {t('admin.moderation.history.interviewsValue', {
            conducted: history.interviewsConducted,
            taken: history.interviewsTaken,
          })}
        </Fact>
        <Fact label={t('admin.moderation.history.strikes')}>
          {t('admin.moderation.history.strikesValue', history.strikes)}
        </Fact>
        <Fact label={t('admin.moderation.history.against')}>
          {t('admin.moderation.history.againstValue', history.reportsAgainst)}
        </Fact>
        <Fact label={t('admin.moderation.history.filed')}>{history.reportsFiled}</Fact>
      </Facts>
    </PartyBox>
  );
}

/**
 * A no-show report as an admin weighs it: the interview (linked to its admin page), who reports whom, the
 * comment, both check-ins, both records, whether the candidate reviewed; and, while pending, the decision.
 */
export function ReportCard({
  report,
  onLeave,
}: {
  report: AdminReport;
  /** The report was decided: by this admin (the outcome), or by another one first (null). */
  onLeave: (outcome: ReportOutcome | null) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format } = useTimeFormat();
  const { interview, resolution } = report;
  return (
    <Item data-testid="report">
      <Head>
        <BadgeList>
          <Badge $tone={STATUS_TONE[report.status]}>
            {t(`admin.moderation.statusBadge.${report.status}`)}
          </Badge>
        </BadgeList>
        <Title>
          <Link to={paths.adminInterview.getHref(interview.slotId)}>
            {interview.profession[language]}, {format(interview.startsAt, 'dateTime')}
          </Link>
        </Title>
        <Muted>{t('admin.moderation.filed', { time: format(report.createdAt, 'dateTime') })}</Muted>
      </Head>
      <Parties>
        <Party part="reporter" party={report.reporter} />
        <Party part="accused" party={report.accused} />
      </Parties>
      <Facts>
        <Fact label={t('admin.moderation.comment')}>
          {report.comment ? <Comment>{report.comment}</Comment> : t('admin.moderation.noComment')}
        </Fact>
      </Facts>
      <Muted>{t(`admin.moderation.review.${report.candidateReviewed ? 'given' : 'none'}`)}</Muted>
      {resolution && report.status !== 'pending' && (
        <Resolution data-testid="report-resolution">
          <p>
            {t(`admin.moderation.resolution.${report.status}`, {
              name: resolution.by.displayName,
              time: format(resolution.at, 'dateTime'),
            })}
          </p>
          <p>{resolution.note}</p>
        </Resolution>
      )}
      {report.status === 'pending' && <ResolveReport report={report} onLeave={onLeave} />}
    </Item>
  );
}
