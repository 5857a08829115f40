import styled from 'styled-components';
import { useTranslation } from '../../../../lib/i18n.ts';
import type { Dashboard } from '../api/dashboard-api.ts';
import { useDashboardFormat } from '../dashboard-format.ts';
import { isWeekly } from '../dashboard-view.ts';
import { ActivityChart } from './activity-chart.tsx';
import { FigureTiles } from './figure-tiles.tsx';
import { NewUsersChart } from './new-users-chart.tsx';
import { ProfessionTable } from './profession-table.tsx';
import { TopInterviewers } from './top-interviewers.tsx';

const Overview = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  transition: opacity 0.15s;

  /* The previous figures stay while the next ones load, dimmed, so the page does not jump. */
  &[aria-busy='true'] {
    opacity: 0.55;
  }

  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }

  ${({ theme }) => theme.media.md} {
    gap: ${({ theme }) => theme.space.xl};
  }
`;

const Range = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

const Panel = styled.section`
  display: grid;
  align-content: start;
  gap: ${({ theme }) => theme.space.md};
  min-width: 0;
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: ${({ theme }) => theme.shadows.card};

  ${({ theme }) => theme.media.sm} {
    padding: ${({ theme }) => theme.space.lg};
  }
`;

const Plain = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  min-width: 0;
`;

const Heading = styled.h2`
  font-size: ${({ theme }) => theme.fontSizes.xl};
`;

const Lead = styled.p`
  margin-top: -${({ theme }) => theme.space.xs};
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Pair = styled.div`
  display: grid;
  align-items: start;
  gap: ${({ theme }) => theme.space.lg};

  ${({ theme }) => theme.media.lg} {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
`;

/** The dashboard's figures for one range: tiles, the activity chart, new users, top interviewers, professions. */
export function DashboardOverview({ dashboard, updating }: { dashboard: Dashboard; updating: boolean }) {
  const { t } = useTranslation();
  const { day } = useDashboardFormat();
  const { range } = dashboard;
  const activityTitle = isWeekly(dashboard.days)
    ? t('admin.dashboard.activityWeekly')
    : t('admin.dashboard.activity');
  return (
    <Overview aria-busy={updating} data-testid="dashboard">
      <Range role="status">
        {t('admin.dashboard.showing', { from: day(range.from, 'date'), to: day(range.to, 'date') })}
      </Range>
      <FigureTiles dashboard={dashboard} />
      <Panel aria-labelledby="dashboard-activity">
        <Heading id="dashboard-activity">{activityTitle}</Heading>
        <ActivityChart days={dashboard.days} title={activityTitle} />
      </Panel>
      <Pair>
        <Panel aria-labelledby="dashboard-new-users">
          <Heading id="dashboard-new-users">{t('admin.dashboard.newUsersTitle')}</Heading>
          <NewUsersChart
            weeks={dashboard.users.newPerWeek}
            from={range.from}
            to={range.to}
            title={t('admin.dashboard.newUsersTitle')}
          />
        </Panel>
        <Panel aria-labelledby="dashboard-top">
          <Heading id="dashboard-top">{t('admin.dashboard.top')}</Heading>
          <Lead>{t('admin.dashboard.topLead')}</Lead>
          <TopInterviewers people={dashboard.topInterviewers} />
        </Panel>
      </Pair>
      <Plain aria-labelledby="dashboard-professions">
        <Heading id="dashboard-professions">{t('admin.dashboard.perProfession')}</Heading>
        <Lead>{t('admin.dashboard.perProfessionLead')}</Lead>
        <ProfessionTable rows={dashboard.perProfession} caption={t('admin.dashboard.perProfession')} />
      </Plain>
    </Overview>
  );
}
