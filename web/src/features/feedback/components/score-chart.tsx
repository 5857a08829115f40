import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled, { useTheme } from 'styled-components';
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

const HEIGHT = 240;
/** Room for the score labels on the left and the dates below. */
const FRAME = { top: 14, right: 24, bottom: 30, left: 30 } as const;
/** How wide a date under the axis needs to be. */
const LABEL_WIDTH = 64;
/** Lines with the same scores would hide each other: each is drawn this far from the next. */
const SERIES_OFFSET = 3;

type Marker = 'circle' | 'square' | 'triangle' | 'diamond';
const MARKERS: readonly Marker[] = ['circle', 'square', 'triangle', 'diamond'];
const DASHES = ['', '7 4', '2 4', '10 3 2 3'];

const Figure = styled.figure`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  margin: 0;
  min-width: 0;
`;

const Legend = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.md};
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const Key = styled.li`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
`;

const Plot = styled.div`
  min-width: 0;
  height: ${HEIGHT}px;

  svg {
    display: block;
    overflow: visible;
  }

  text {
    fill: ${({ theme }) => theme.colors.textMuted};
    font-size: 12px;
  }
`;

const Table = styled.div`
  overflow-x: auto;

  summary {
    color: ${({ theme }) => theme.colors.primary};
    font-size: ${({ theme }) => theme.fontSizes.sm};
    font-weight: ${({ theme }) => theme.fontWeights.medium};
    cursor: pointer;
  }

  table {
    margin-top: ${({ theme }) => theme.space.xs};
    border-collapse: collapse;
    font-size: ${({ theme }) => theme.fontSizes.sm};
    font-variant-numeric: tabular-nums;
  }

  caption {
    text-align: left;
  }

  th,
  td {
    padding: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.sm};
    white-space: nowrap;
    border-bottom: 1px solid ${({ theme }) => theme.colors.border};
    text-align: left;
  }

  thead th {
    color: ${({ theme }) => theme.colors.textMuted};
    font-weight: ${({ theme }) => theme.fontWeights.medium};
  }
`;

/** The width the chart has, followed as the window changes. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

function MarkerShape({ shape, x, y, color }: { shape: Marker; x: number; y: number; color: string }) {
  const r = 4.5;
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} fill={color} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={color} />;
    case 'triangle':
      return <path d={`M${x} ${y - r - 1} L${x + r + 1} ${y + r} L${x - r - 1} ${y + r} Z`} fill={color} />;
    case 'diamond':
      return (
        <path
          d={`M${x} ${y - r - 1} L${x + r + 1} ${y} L${x} ${y + r + 1} L${x - r - 1} ${y} Z`}
          fill={color}
        />
      );
  }
}

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
  const { ref, width } = useWidth();
  const id = useId();
  const frame: ChartFrame = { width, height: HEIGHT, ...FRAME };
  const dates = interviews.map((interview) => format(interview.startsAt, 'shortDate'));
  const room = Math.max(1, Math.floor((width - FRAME.left - FRAME.right) / LABEL_WIDTH));
  const look = (index: number) => ({
    color: theme.colors.series[index % theme.colors.series.length] ?? theme.colors.primary,
    marker: MARKERS[index % MARKERS.length] ?? 'circle',
    dash: DASHES[index % DASHES.length] ?? '',
    offset: (index - (series.length - 1) / 2) * SERIES_OFFSET,
  });
  const scores = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, index) => MIN_SCORE + index);

  return (
    <Figure data-testid="score-chart">
      <Legend aria-hidden>
        {series.map((line, index) => {
          const { color, marker, dash } = look(index);
          return (
            <Key key={line.key}>
              <svg width="28" height="12" aria-hidden>
                <line x1="0" y1="6" x2="28" y2="6" stroke={color} strokeWidth="2" strokeDasharray={dash} />
                <MarkerShape shape={marker} x={14} y={6} color={color} />
              </svg>
              {line.name}
            </Key>
          );
        })}
      </Legend>
      <Plot ref={ref}>
        {width > 0 && (
          <svg width={width} height={HEIGHT} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
            <title id={`${id}-title`}>{title}</title>
            <desc id={`${id}-desc`}>
              {t('chart.summary', { total: interviews.length, from: dates[0], to: dates.at(-1) })}
            </desc>
            {scores.map((score) => (
              <g key={score}>
                <line
                  x1={FRAME.left}
                  x2={width - FRAME.right}
                  y1={yOf(score, frame)}
                  y2={yOf(score, frame)}
                  stroke={theme.colors.border}
                  strokeDasharray={score === MIN_SCORE ? '' : '3 4'}
                />
                <text x={FRAME.left - 10} y={yOf(score, frame) + 4} textAnchor="end">
                  {score}
                </text>
              </g>
            ))}
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
                        <MarkerShape
                          shape={marker}
                          x={xOf(at, interviews.length, frame)}
                          y={yOf(value, frame)}
                          color={color}
                        />
                      </g>
                    ),
                  )}
                </g>
              );
            })}
          </svg>
        )}
      </Plot>
      <Table>
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
      </Table>
    </Figure>
  );
}
