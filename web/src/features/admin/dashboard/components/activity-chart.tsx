import styled, { useTheme } from 'styled-components';
import type { TDashboardDay } from '#contract/admin-dashboard.ts';
import {
  CHART_MARKERS,
  ChartFigure,
  ChartGridlines,
  ChartKey,
  ChartLegend,
  ChartMarker,
  ChartPlot,
  ChartSvg,
} from '../../../../components/ui/chart.tsx';
import { useTranslation } from '../../../../lib/i18n.ts';
import { useElementWidth } from '../../../../lib/use-element-width.ts';
import { useDashboardFormat } from '../dashboard-format.ts';
import {
  axisTicks,
  bucketsOf,
  CHART_SERIES,
  isWeekly,
  labelIndexes,
  TABLE_SERIES,
} from '../dashboard-view.ts';
import { ChartTable } from './chart-table.tsx';

const HEIGHT = 260;
const FRAME = { top: 12, right: 16, bottom: 30 } as const;
/** How wide a date under the axis needs to be. */
const LABEL_WIDTH = 72;
/** Markers help tell the lines apart, while the points are far enough apart to carry them. */
const MARKERS_UP_TO = 45;
/** Told apart by colour, by dash and by marker, so that no line depends on seeing colour. */
const DASHES = ['', '8 4', '2 4', '10 3 2 3'];
/** The markers' size, centre to side. */
const MARKER_R = 3.5;

const Note = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Definitions = styled.details`
  font-size: ${({ theme }) => theme.fontSizes.sm};

  summary {
    color: ${({ theme }) => theme.colors.primary};
    font-weight: ${({ theme }) => theme.fontWeights.medium};
    cursor: pointer;
  }

  dl {
    display: grid;
    gap: ${({ theme }) => theme.space.xxs};
    margin: ${({ theme }) => theme.space.xs} 0 0;
  }

  dt {
    font-weight: ${({ theme }) => theme.fontWeights.medium};
  }

  dd {
    margin: 0 0 ${({ theme }) => theme.space.xs};
    color: ${({ theme }) => theme.colors.textMuted};
  }
`;

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Published, booked, held and no-shows over the range, a line each (by week when the range is long), with a
 * legend, both axes labelled, and every point's numbers on hover. Screen readers get the title and a summary
 * of the totals; the exact numbers, the cancellations too, are a table away. Plain SVG at the width it has.
 */
export function ActivityChart({ days, title }: { days: TDashboardDay[]; title: string }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const { number, day: formatDay } = useDashboardFormat();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const weekly = isWeekly(days);
  const buckets = bucketsOf(days);
  const ticks = axisTicks(Math.max(0, ...buckets.flatMap((bucket) => CHART_SERIES.map((s) => bucket[s]))));
  const top = ticks.at(-1) ?? 1;
  const left = 14 + 7.5 * number(top).length;
  const span = { x: Math.max(1, width - left - FRAME.right), y: HEIGHT - FRAME.top - FRAME.bottom };
  const xOf = (index: number) =>
    buckets.length <= 1 ? left + span.x / 2 : left + (span.x * index) / (buckets.length - 1);
  const yOf = (value: number) => FRAME.top + span.y * (1 - value / top);
  const name = (series: (typeof TABLE_SERIES)[number]) => t(`admin.dashboard.series.${series}`);
  const bucketLabel = (start: string, partial: boolean, style?: 'date') =>
    partial ? t('admin.dashboard.partialWeek', { week: formatDay(start, style) }) : formatDay(start, style);
  const look = (index: number) => ({
    color: theme.colors.series[index % theme.colors.series.length] ?? theme.colors.primary,
    dash: DASHES[index % DASHES.length] ?? '',
    marker: CHART_MARKERS[index % CHART_MARKERS.length] ?? 'circle',
  });
  const sum = (series: (typeof TABLE_SERIES)[number]) => days.reduce((total, d) => total + d[series], 0);
  const first = days[0]?.day ?? '';
  const last = days.at(-1)?.day ?? '';
  const labelled = labelIndexes(
    buckets.map((bucket) => bucket.start),
    Math.max(1, Math.floor(span.x / LABEL_WIDTH)),
  );
  const step = buckets.length <= 1 ? span.x : span.x / (buckets.length - 1);

  return (
    <ChartFigure data-testid="activity-chart">
      <ChartLegend aria-hidden>
        {CHART_SERIES.map((series, index) => {
          const { color, dash, marker } = look(index);
          return (
            <ChartKey key={series}>
              <svg width="30" height="12" aria-hidden>
                <line x1="0" y1="6" x2="30" y2="6" stroke={color} strokeWidth="2" strokeDasharray={dash} />
                <ChartMarker shape={marker} x={15} y={6} r={MARKER_R} color={color} />
              </svg>
              {name(series)}
            </ChartKey>
          );
        })}
      </ChartLegend>
      <ChartPlot ref={ref} $height={HEIGHT} $tabular>
        {width > 0 && (
          <ChartSvg
            width={width}
            height={HEIGHT}
            title={title}
            summary={t('admin.dashboard.chartSummary', {
              from: formatDay(first, 'date'),
              to: formatDay(last, 'date'),
              published: number(sum('published')),
              booked: number(sum('booked')),
              completed: number(sum('completed')),
              noShows: number(sum('noShows')),
            })}
          >
            <ChartGridlines
              values={ticks}
              yOf={(tick) => round(yOf(tick))}
              x1={left}
              x2={width - FRAME.right}
              labelGap={8}
              label={number}
            />
            {labelled.map((index) => (
              <text key={index} x={round(xOf(index))} y={HEIGHT - 8} textAnchor="middle">
                {formatDay(buckets[index]?.start ?? '')}
              </text>
            ))}
            {CHART_SERIES.map((series, index) => {
              const { color, dash, marker } = look(index);
              const path = buckets
                .map((bucket, at) => `${at === 0 ? 'M' : 'L'}${round(xOf(at))} ${round(yOf(bucket[series]))}`)
                .join(' ');
              return (
                <g key={series}>
                  <path d={path} fill="none" stroke={color} strokeWidth="2" strokeDasharray={dash} />
                  {buckets.length <= MARKERS_UP_TO &&
                    buckets.map((bucket, at) => (
                      <ChartMarker
                        key={bucket.start}
                        shape={marker}
                        x={round(xOf(at))}
                        y={round(yOf(bucket[series]))}
                        r={MARKER_R}
                        color={color}
                      />
                    ))}
                </g>
              );
            })}
            {buckets.map((bucket, at) => (
              <rect
                key={bucket.start}
                x={round(xOf(at) - step / 2)}
                y={FRAME.top}
                width={Math.max(1, round(step))}
                height={span.y}
                fill="transparent"
              >
                <title>
                  {`${bucketLabel(bucket.start, bucket.partial)}: ${CHART_SERIES.map(
                    (series) => `${name(series)} ${number(bucket[series])}`,
                  ).join(', ')}`}
                </title>
              </rect>
            ))}
          </ChartSvg>
        )}
      </ChartPlot>
      {weekly && <Note>{t('admin.dashboard.activityWeeklyNote')}</Note>}
      <ChartTable
        caption={title}
        rowHeading={weekly ? t('admin.dashboard.weekOf') : t('admin.dashboard.day')}
        columns={TABLE_SERIES.map(name)}
        rows={buckets.map((bucket) => ({
          key: bucket.start,
          label: bucketLabel(bucket.start, bucket.partial, 'date'),
          values: TABLE_SERIES.map((series) => number(bucket[series])),
        }))}
        total={TABLE_SERIES.map((series) => number(sum(series)))}
      />
      <Definitions>
        <summary>{t('admin.dashboard.definitions')}</summary>
        <dl>
          {TABLE_SERIES.map((series) => (
            <div key={series}>
              <dt>{name(series)}</dt>
              <dd>{t(`admin.dashboard.seriesHints.${series}`)}</dd>
            </div>
          ))}
        </dl>
      </Definitions>
    </ChartFigure>
  );
}
