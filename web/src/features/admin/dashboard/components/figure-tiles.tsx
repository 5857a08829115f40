import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import styled from 'styled-components';
import { paths } from '../../../../config/paths.ts';
import { useTranslation } from '../../../../lib/i18n.ts';
import type { Dashboard } from '../api/dashboard-api.ts';
import { useDashboardFormat } from '../dashboard-format.ts';

const Tiles = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
  gap: ${({ theme }) => theme.space.sm};
  margin: 0;

  ${({ theme }) => theme.media.md} {
    gap: ${({ theme }) => theme.space.md};
  }
`;

const Tile = styled.div`
  display: grid;
  align-content: start;
  gap: ${({ theme }) => theme.space.xxs};
  min-width: 0;
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: ${({ theme }) => theme.shadows.card};

  dt {
    color: ${({ theme }) => theme.colors.textMuted};
    font-size: ${({ theme }) => theme.fontSizes.sm};
    font-weight: ${({ theme }) => theme.fontWeights.medium};
  }

  dd {
    margin: 0;
    min-width: 0;
  }
`;

const Value = styled.dd`
  font-size: ${({ theme }) => theme.fontSizes.xxl};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  font-variant-numeric: tabular-nums;
  line-height: ${({ theme }) => theme.lineHeights.tight};
`;

const Hint = styled.dd`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  overflow-wrap: anywhere;
`;

function Figure({ label, value, hint }: { label: string; value: string; hint: ReactNode }) {
  return (
    <Tile>
      <dt>{label}</dt>
      <Value>{value}</Value>
      <Hint>{hint}</Hint>
    </Tile>
  );
}

/** The figures an admin looks at first: people, how well slots find candidates, no-shows, points, reports. */
export function FigureTiles({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const { number, percent } = useDashboardFormat();
  const { users, totals, points, pendingReports } = dashboard;
  const credited = points.flows.reduce((sum, flow) => sum + flow.credited, 0);
  const debited = points.flows.reduce((sum, flow) => sum + flow.debited, 0);
  return (
    <Tiles aria-label={t('admin.dashboard.figures')} data-testid="dashboard-figures">
      <Figure
        label={dashboard.professionId ? t('admin.dashboard.usersOfProfession') : t('admin.dashboard.users')}
        value={number(users.total)}
        hint={
          <>
            {t('admin.dashboard.newUsers', { count: users.newInRange, formatted: number(users.newInRange) })}
            <br />
            {t('admin.dashboard.usersBreakdown', {
              active: number(users.active),
              blocked: number(users.blocked),
              admins: number(users.admins),
            })}
          </>
        }
      />
      <Figure
        label={t('admin.dashboard.bookingRate')}
        value={percent(totals.bookingRate)}
        hint={t('admin.dashboard.bookingRateHint', {
          booked: number(totals.bookedOfPublished),
          published: number(totals.published),
        })}
      />
      <Figure
        label={t('admin.dashboard.noShowRate')}
        value={percent(totals.noShowRate)}
        hint={t('admin.dashboard.noShowRateHint', {
          noShows: number(totals.noShows),
          completed: number(totals.completed),
        })}
      />
      <Figure
        label={t('admin.dashboard.points')}
        value={number(points.inCirculation)}
        hint={t('admin.dashboard.pointsHint', { credited: number(credited), debited: number(debited) })}
      />
      <Figure
        label={t('admin.dashboard.pendingReports')}
        value={number(pendingReports)}
        hint={<Link to={paths.adminModeration.getHref()}>{t('admin.dashboard.toModeration')}</Link>}
      />
    </Tiles>
  );
}
