import { useTheme } from 'styled-components';
import { addDays, type TDashboard } from '#contract/admin-dashboard.ts';
import { ChartFigure, ChartGridlines, ChartPlot, ChartSvg } from '../../../../components/ui/chart.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useElementWidth } from '../../../../lib/use-element-width.ts';
import { useDashboardFormat } from '../dashboard-format.ts';
import { axisTicks, labelIndexes } from '../dashboard-view.ts';
import { ChartTable } from './chart-table.tsx';

const HEIGHT = 140;
const FRAME = { top: 8, right: 8, bottom: 26 } as const;
const LABEL_WIDTH = 72;

type NewUsersChartProps = {
  weeks: TDashboard['users']['newPerWeek'];
  /** The range's days: its first and last week may hold only some of their days. */
  from: string;
  to: string;
  title: string;
};

/**
 * Registrations per week as small bars, the axis in round steps; the title and a summary for screen readers,
 * the numbers a table away.
 */
export function NewUsersChart({ weeks, from, to, title }: NewUsersChartProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const { number, day } = useDashboardFormat();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const counts = weeks.map((week) => week.count);
  const ticks = axisTicks(Math.max(0, ...counts), 2);
  const top = ticks.at(-1) ?? 1;
  const left = 12 + 7.5 * number(top).length;
  const spanX = Math.max(1, width - left - FRAME.right);
  const spanY = HEIGHT - FRAME.top - FRAME.bottom;
  const slot = spanX / Math.max(1, weeks.length);
  const barWidth = Math.max(2, Math.min(40, slot * 0.7));
  const yOf = (value: number) => FRAME.top + spanY * (1 - value / top);
  const total = counts.reduce((sum, count) => sum + count, 0);
  // The range may begin after a Monday and end before a Sunday: those weeks count only some of their days.
  const partial = (weekStart: string) => weekStart < from || addDays(weekStart, 6) > to;
  const label = (weekStart: string, style?: 'date') =>
    partial(weekStart)
      ? t('admin.dashboard.partialWeek', { week: day(weekStart, style) })
      : day(weekStart, style);
  const labelled = labelIndexes(
    weeks.map((week) => week.weekStart),
    Math.max(1, Math.floor(spanX / LABEL_WIDTH)),
  );

  return (
    <ChartFigure data-testid="new-users-chart">
      <ChartPlot ref={ref} $height={HEIGHT} $tabular>
        {width > 0 && (
          <ChartSvg
            width={width}
            height={HEIGHT}
            title={title}
            summary={t('admin.dashboard.newUsersSummary', {
              from: day(from, 'date'),
              to: day(to, 'date'),
              total: number(total),
              max: number(Math.max(0, ...counts)),
            })}
          >
            <ChartGridlines
              values={ticks}
              yOf={yOf}
              x1={left}
              x2={width - FRAME.right}
              labelGap={8}
              label={number}
            />
            {weeks.map((week, index) => (
              <rect
                key={week.weekStart}
                x={left + slot * index + (slot - barWidth) / 2}
                y={yOf(week.count)}
                width={barWidth}
                height={Math.max(0, spanY + FRAME.top - yOf(week.count))}
                rx={2}
                fill={theme.colors.primary}
                opacity={partial(week.weekStart) ? 0.5 : 1}
              >
                <title>{`${label(week.weekStart)}: ${number(week.count)}`}</title>
              </rect>
            ))}
            {labelled.map((index) => (
              <text key={index} x={left + slot * index + slot / 2} y={HEIGHT - 8} textAnchor="middle">
                {day(weeks[index]?.weekStart ?? '')}
              </text>
            ))}
          </ChartSvg>
        )}
      </ChartPlot>
      <ChartTable
        caption={title}
        rowHeading={t('admin.dashboard.weekOf')}
        columns={[t('admin.dashboard.newUsersCount')]}
        rows={weeks.map((week) => ({
          key: week.weekStart,
          label: label(week.weekStart, 'date'),
          values: [number(week.count)],
        }))}
        total={[number(total)]}
      />
    </ChartFigure>
  );
}
