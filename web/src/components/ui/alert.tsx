import type { ReactNode } from 'react';
import styled from 'styled-components';

const ErrorBox = styled.div`
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  border-radius: ${({ theme }) => theme.radii.md};
  border-left: 4px solid ${({ theme }) => theme.colors.danger};
  background: ${({ theme }) => theme.colors.dangerSoft};
  color: ${({ theme }) => theme.colors.danger};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

/** A problem with the whole form; `alert` makes screen readers say it at once. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return <ErrorBox role="alert">{children}</ErrorBox>;
}

const Status = styled.p`
  color: ${({ theme }) => theme.colors.success};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

/**
 * A confirmation such as "Saved". The live region stays in the page while empty: screen readers announce a
 * change inside an existing region, not a region that appears together with its text.
 */
export function StatusMessage({ children }: { children: ReactNode }) {
  return <Status role="status">{children}</Status>;
}
