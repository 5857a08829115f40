import type { ReactNode } from 'react';
import styled from 'styled-components';

/** Labels beside values where the list has room (a list row), above them where it has not (a side card). */
const Frame = styled.div`
  container-type: inline-size;
`;

const List = styled.dl`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  margin: 0;
`;

const Row = styled.div`
  display: grid;
  gap: 2px;
  min-width: 0;

  @container (min-width: 400px) {
    grid-template-columns: 160px minmax(0, 1fr);
    gap: ${({ theme }) => theme.space.md};
    align-items: baseline;
  }

  dt {
    color: ${({ theme }) => theme.colors.textMuted};
    font-size: ${({ theme }) => theme.fontSizes.sm};
  }

  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;

/** A list of labelled facts about one thing: an interview's room and people, a feedback's scores. */
export function Facts({ children }: { children: ReactNode }) {
  return (
    <Frame>
      <List>{children}</List>
    </Frame>
  );
}

export function Fact({
  label,
  children,
  testId,
}: {
  label: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Row>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </Row>
  );
}
