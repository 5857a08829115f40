import styled, { css } from 'styled-components';

type Tone = 'neutral' | 'primary' | 'success' | 'warning' | 'danger';

/** A short label beside a title: a level, a language, a status. */
export const Badge = styled.span<{ $tone?: Tone }>`
  display: inline-flex;
  align-items: center;
  padding: 2px ${({ theme }) => theme.space.xs};
  border-radius: ${({ theme }) => theme.radii.pill};
  font-size: ${({ theme }) => theme.fontSizes.xs};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  line-height: 1.4;
  white-space: nowrap;

  ${({ theme, $tone = 'neutral' }) => {
    const tones: Record<Tone, [string, string]> = {
      neutral: [theme.colors.surfaceMuted, theme.colors.textMuted],
      primary: [theme.colors.primarySoft, theme.colors.primaryHover],
      success: [theme.colors.successSoft, theme.colors.success],
      warning: [theme.colors.warningSoft, theme.colors.warning],
      danger: [theme.colors.dangerSoft, theme.colors.danger],
    };
    const [background, color] = tones[$tone];
    return css`
      background: ${background};
      color: ${color};
      box-shadow: inset 0 0 0 1px ${$tone === 'neutral' ? theme.colors.border : 'transparent'};
    `;
  }}
`;

export const BadgeList = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xxs};
`;
