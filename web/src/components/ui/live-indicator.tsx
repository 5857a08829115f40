import styled, { css, keyframes } from 'styled-components';
import { useTranslation } from '../../lib/i18n.ts';
import type { LiveStatus } from '../../lib/realtime.ts';

const pulse = keyframes`
  0% { box-shadow: 0 0 0 0 rgba(11, 107, 67, 0.45); }
  70% { box-shadow: 0 0 0 6px rgba(11, 107, 67, 0); }
  100% { box-shadow: 0 0 0 0 rgba(11, 107, 67, 0); }
`;

const Indicator = styled.p`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-height: 24px;
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};

  &[data-status='reconnecting'],
  &[data-status='delayed'] {
    color: ${({ theme }) => theme.colors.warning};
  }
`;

const Dot = styled.span<{ $live: boolean }>`
  flex: none;
  width: 10px;
  height: 10px;
  border-radius: 50%;
  ${({ theme, $live }) =>
    $live
      ? css`
          background: ${theme.colors.success};
          animation: ${pulse} 2s ease-out infinite;
        `
      : css`
          background: transparent;
          box-shadow: inset 0 0 0 2px ${theme.colors.warning};
        `}
`;

/**
 * Whether the page is updating by itself: "live", "updates delayed" while the relay hears nothing, or
 * "reconnecting…" while the connection is away. A polite
 * live region, so a screen reader mentions the change without interrupting.
 */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  return (
    <Indicator role="status" data-testid="live-status" data-status={status}>
      {status !== 'idle' && (
        <>
          <Dot $live={status === 'live'} aria-hidden />
          {t(`live.${status}`)}
        </>
      )}
    </Indicator>
  );
}
