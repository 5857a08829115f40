import styled from 'styled-components';

export const Page = styled.div<{ $width?: 'wide' | 'form' | 'narrow' }>`
  width: 100%;
  max-width: ${({ theme, $width = 'wide' }) =>
    $width === 'narrow'
      ? theme.layout.narrowWidth
      : $width === 'form'
        ? theme.layout.formWidth
        : theme.layout.maxWidth};
  margin: 0 auto;
  padding: ${({ theme }) => theme.space.lg} ${({ theme }) => theme.space.md} ${({ theme }) => theme.space.xxl};
  display: grid;
  gap: ${({ theme }) => theme.space.lg};

  ${({ theme }) => theme.media.md} {
    gap: ${({ theme }) => theme.space.xl};
    padding-top: ${({ theme }) => theme.space.xxl};
  }
`;

export const PageTitle = styled.h1`
  font-size: ${({ theme }) => theme.fontSizes.xxl};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  letter-spacing: -0.01em;
`;

export const PageLead = styled.p`
  margin-top: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => theme.colors.textMuted};
`;
