const breakpoints = {
  sm: '480px',
  md: '768px',
  lg: '1024px',
  xl: '1200px',
} as const;

export const theme = {
  colors: {
    background: '#f4f6fb',
    surface: '#ffffff',
    surfaceMuted: '#f8f9fc',
    text: '#141a2b',
    textMuted: '#535b70',
    border: '#d9deea',
    borderStrong: '#7c869c',
    primary: '#1f3fb8',
    primaryHover: '#16307f',
    primarySoft: '#eef2ff',
    onPrimary: '#ffffff',
    heroBackground: '#16307f',
    heroText: '#ffffff',
    heroMuted: '#c7d2fe',
    success: '#0b6b43',
    successSoft: '#e3f5ec',
    danger: '#b42318',
    dangerHover: '#8f1c13',
    dangerSoft: '#fdeceb',
    warning: '#8a5100',
    warningSoft: '#fff4e0',
    /** The flash of a row the live stream just brought or changed. */
    highlight: '#ffe9a8',
    focus: '#1f3fb8',
    /** Lines of a chart, told apart by colour (and by marker and dash for those who cannot see colour). */
    series: ['#1f3fb8', '#0b6b43', '#a34f00', '#7a2fb8'],
  },
  space: {
    xxs: '4px',
    xs: '8px',
    sm: '12px',
    md: '16px',
    lg: '24px',
    xl: '32px',
    xxl: '48px',
    xxxl: '64px',
  },
  fonts: {
    body: "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', system-ui, sans-serif",
    mono: "'JetBrains Mono', 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace",
  },
  fontSizes: {
    xs: '0.8125rem',
    sm: '0.875rem',
    md: '1rem',
    lg: '1.125rem',
    xl: '1.375rem',
    xxl: '1.75rem',
    display: 'clamp(1.875rem, 6vw, 3rem)',
  },
  fontWeights: {
    regular: 400,
    medium: 600,
    bold: 700,
  },
  lineHeights: {
    tight: 1.2,
    body: 1.5,
  },
  radii: {
    sm: '6px',
    md: '10px',
    lg: '16px',
    pill: '999px',
  },
  shadows: {
    card: '0 1px 2px rgba(20, 26, 43, 0.06), 0 4px 16px rgba(20, 26, 43, 0.06)',
    header: '0 1px 0 rgba(20, 26, 43, 0.08)',
  },
  layout: {
    maxWidth: '1120px',
    narrowWidth: '440px',
    formWidth: '720px',
  },
  breakpoints,
  media: {
    sm: `@media (min-width: ${breakpoints.sm})`,
    md: `@media (min-width: ${breakpoints.md})`,
    lg: `@media (min-width: ${breakpoints.lg})`,
    xl: `@media (min-width: ${breakpoints.xl})`,
  },
} as const;

export type Theme = typeof theme;
