import styled from 'styled-components';

/** An action (book, cancel) with the reason it is unavailable under it; full width on phones. */
export const ActionRoot = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  min-width: 0;

  ${({ theme }) => theme.media.sm} {
    justify-items: start;
  }
`;

export const Reason = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

export const Note = styled.p`
  padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.sm};
  border-left: 4px solid ${({ theme }) => theme.colors.primary};
  border-radius: ${({ theme }) => theme.radii.sm};
  background: ${({ theme }) => theme.colors.primarySoft};
`;

/** What a confirmation is about: the interview's name, time and the other person. */
export const Summary = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surfaceMuted};
`;

export const SummaryTitle = styled.p`
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;
