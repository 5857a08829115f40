import styled from 'styled-components';

/** A heading with what belongs beside it (a badge, an action) at the far end; under it when there is no room. */
export const HeadingRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.xs};
`;
