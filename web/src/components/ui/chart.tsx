import { type ReactNode, useId } from 'react';
import styled, { useTheme } from 'styled-components';

/**
 * The parts every chart is built from: a figure holding a legend, the plot and its numbers as a table. The
 * charts themselves draw plain SVG at the width their plot has (`useElementWidth`).
 */
export const ChartFigure = styled.figure`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  margin: 0;
  min-width: 0;
`;

export const ChartLegend = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.md};
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

/** A legend entry: the line's sample, then its name. */
export const ChartKey = styled.li`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
`;

/** Where the SVG goes, `$height` pixels high; `$tabular` lines up the digits of numeric axis labels. */
export const ChartPlot = styled.div<{ $height: number; $tabular?: boolean }>`
  min-width: 0;
  height: ${({ $height }) => $height}px;

  svg {
    display: block;
    overflow: visible;
  }

  text {
    fill: ${({ theme }) => theme.colors.textMuted};
    font-size: 12px;
    ${({ $tabular }) => ($tabular ? 'font-variant-numeric: tabular-nums;' : '')}
  }
`;

/**
 * Holds a chart's numbers as a table behind a `<details>` disclosure, scrolling sideways on a narrow screen.
 * With `$numeric` the values sit right, under one another, and a `<tfoot>` row (the totals) is bold.
 */
export const ChartDataTable = styled.div<{ $numeric?: boolean }>`
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
    text-align: ${({ $numeric }) => ($numeric ? 'right' : 'left')};
  }

  th:first-child {
    text-align: left;
  }

  thead th {
    color: ${({ theme }) => theme.colors.textMuted};
    font-weight: ${({ theme }) => theme.fontWeights.medium};
  }

  tfoot th,
  tfoot td {
    font-weight: ${({ theme }) => theme.fontWeights.bold};
    border-bottom: 0;
  }
`;

export type ChartMarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
/** Markers in the order lines get them, so that no line depends on seeing colour. */
export const CHART_MARKERS: readonly ChartMarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

type ChartMarkerProps = { shape: ChartMarkerShape; x: number; y: number; r: number; color: string };

/** A point's marker, centred on (x, y), `r` pixels from its centre to its side. */
export function ChartMarker({ shape, x, y, r, color }: ChartMarkerProps) {
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

type ChartSvgProps = { width: number; height: number; title: string; summary: string; children: ReactNode };

/** The drawing, one image to screen readers: they hear its title and a summary in words. */
export function ChartSvg({ width, height, title, summary, children }: ChartSvgProps) {
  const id = useId();
  return (
    <svg width={width} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {children}
    </svg>
  );
}

type ChartGridlinesProps = {
  /** The values that get a line, from the lowest: that one is the baseline, drawn solid. */
  values: number[];
  yOf: (value: number) => number;
  /** Where the lines start and end; the labels end a little before `x1`. */
  x1: number;
  x2: number;
  labelGap: number;
  label: (value: number) => string;
};

/** Horizontal lines across the plot at the given values, each labelled on the left. */
export function ChartGridlines({ values, yOf, x1, x2, labelGap, label }: ChartGridlinesProps) {
  const theme = useTheme();
  return values.map((value, index) => (
    <g key={value}>
      <line
        x1={x1}
        x2={x2}
        y1={yOf(value)}
        y2={yOf(value)}
        stroke={theme.colors.border}
        strokeDasharray={index === 0 ? '' : '3 4'}
      />
      <text x={x1 - labelGap} y={yOf(value) + 4} textAnchor="end">
        {label(value)}
      </text>
    </g>
  ));
}
