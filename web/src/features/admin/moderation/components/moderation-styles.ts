import styled from 'styled-components';

/** One part of the moderation page (the queue, the flagged pairs) under its own heading. */
export const Section = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;

export const SectionHeading = styled.h2`
  font-size: ${({ theme }) => theme.fontSizes.xl};

  &:focus {
    outline: none;
  }

  &:focus-visible {
    outline: 3px solid ${({ theme }) => theme.colors.focus};
    outline-offset: 2px;
  }
`;

export const SectionLead = styled.p`
  margin-top: -${({ theme }) => theme.space.xs};
  color: ${({ theme }) => theme.colors.textMuted};
`;
