import styled from 'styled-components';

/** An action with the words about its window under it; full width on phones. */
export const Action = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.xxs};
  min-width: 0;

  ${({ theme }) => theme.media.sm} {
    justify-items: start;
  }
`;

export const Hint = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;
