import { useTheme } from 'styled-components';
import {
  CHART_MARKERS,
  ChartDataTable,
  ChartFigure,
  ChartGridlines,
  ChartKey,
  ChartLegend,
  ChartMarker,
  ChartPlot,
  ChartSvg,
} from '../../../components/ui/chart.tsx';
import { useTranslation } from '../../../lib/i18n.ts';
import { useElementWidth } from '../../../lib/use-element-width.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import {
  type ChartFrame,
  labelledIndexes,
  linePath,
  MAX_SCORE,
  MIN_SCORE,
  type ScoreHistory,
  type ScoreSeries,
  xOf,
  yOf,
} from '../score-history.ts';
import '../../../lib/words/interviews.ts';

const HEIGHT = 240;
/** Room for the score labels on the left and the dates below. */
const FRAME = { top: 14, right: 24, bottom: 30, left: 30 } as const;
/** How wide a date under the axis needs to be. */
const LABEL_WIDTH = 64;
/** Lines with the same scores would hide each other: each is drawn this far from the next. */
const SERIES_OFFSET = 3;

const DASHES = ['', '7 4', '2 4', '10 3 2 3'];
/** The markers' size, centre to side. */
const MARKER_R = 4.5;

type ScoreChartProps = {
  interviews: ScoreHistory['interviews'];
  /** A line per criterion, with its name for the legend and the table. */
  lines: (ScoreSeries & { name: string })[];
  title: string;
};

/**
 * Scores over time as lines, one per criterion, interview by interview (1 at the bottom, 5 at the top), with a
 * legend. Screen readers get the chart's title and a summary, and everyone can open the exact scores as a
 * table. Plain SVG, drawn at the width it has.
 */
export function ScoreChart({ interviews, lines: series, title }: ScoreChartProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const { format } = useTimeFormat();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const frame: ChartFrame = { width, height: HEIGHT, ...FRAME };
  const dates = interviews.map((interview) => format(interview.startsAt, 'shortDate'));
  const room = Math.max(1, Math.floor((width - FRAME.left - FRAME.right) / LABEL_WIDTH));
  const look = (index: number) => ({
    color: theme.colors.series[index % theme.colors.series.length] ?? theme.colors.primary,
    marker: CHART_MARKERS[index % CHART_MARKERS.length] ?? 'circle',
    dash: DASHES[index % DASHES.length] ?? '',
    offset: (index - (series.length - 1) / 2) * SERIES_OFFSET,
  });
  const scores = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, index) => MIN_SCORE + index);

  return (
    <ChartFigure data-testid="score-chart">
      <ChartLegend aria-hidden>
        {series.map((line, index) => {
          const { color, marker, dash } = look(index);
          return (
            <ChartKey key={line.key}>
              <svg width="28" height="12" aria-hidden>
                <line x1="0" y1="6" x2="28" y2="6" stroke={color} strokeWidth="2" strokeDasharray={dash} />
                <ChartMarker shape={marker} x={14} y={6} r={MARKER_R} color={color} />
              </svg>
              {line.name}
            </ChartKey>
          );
        })}
      </ChartLegend>
      <ChartPlot ref={ref} $height={HEIGHT}>
        {width > 0 && (
          <ChartSvg
            width={width}
            height={HEIGHT}
            title={title}
            summary={t('chart.summary', { total: interviews.length, from: dates[0], to: dates.at(-1) })}
          >
            <ChartGridlines
              values={scores}
              yOf={(score) => yOf(score, frame)}
              x1={FRAME.left}
              x2={width - FRAME.right}
              labelGap={10}
              label={String}
            />
            {labelledIndexes(interviews.length, room).map((index) => (
              <text key={index} x={xOf(index, interviews.length, frame)} y={HEIGHT - 8} textAnchor="middle">
                {dates[index]}
              </text>
            ))}
            {series.map((line, index) => {
              const { color, marker, dash, offset } = look(index);
              return (
                <g key={line.key} transform={`translate(0 ${offset})`}>
                  <path
                    d={linePath(line.values, frame)}
                    fill="none"
                    stroke={color}
                    strokeWidth="2"
                    strokeDasharray={dash}
                  />
                  {line.values.map((value, at) =>
                    value === null ? null : (
                      <g key={interviews[at]?.slotId ?? at}>
                        <title>{`${line.name}: ${value} — ${dates[at]}`}</title>
                        <ChartMarker
                          shape={marker}
                          x={xOf(at, interviews.length, frame)}
                          y={yOf(value, frame)}
                          r={MARKER_R}
                          color={color}
                        />
                      </g>
                    ),
                  )}
                </g>
              );
            })}
          </ChartSvg>
        )}
      </ChartPlot>
      <ChartDataTable>
        <details>
          <summary>{t('chart.table')}</summary>
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chart.interview')}</th>
                {series.map((line) => (
                  <th key={line.key} scope="col">
                    {line.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {interviews.map((interview, at) => (
                <tr key={interview.slotId}>
                  <th scope="row">{format(interview.startsAt, 'date')}</th>
                  {series.map((line) => (
                    <td key={line.key}>{line.values[at] ?? '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </ChartDataTable>
    </ChartFigure>
  );
}
