import { Link } from 'react-router-dom';
import styled, { css } from 'styled-components';

const Tabs = styled.nav<{ $wrap: boolean }>`
  display: flex;
  ${({ $wrap }) => $wrap && 'flex-wrap: wrap;'}
  gap: ${({ theme }) => theme.space.xxs};
  padding: ${({ theme }) => theme.space.xxs};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.surface};

  ${({ theme }) => theme.media.sm} {
    justify-self: start;
  }
`;

const Tab = styled(Link)<{ $wrap: boolean }>`
  display: grid;
  place-items: center;
  min-height: 40px;
  border-radius: ${({ theme }) => theme.radii.sm};
  color: ${({ theme }) => theme.colors.textMuted};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  text-decoration: none;
  ${({ $wrap, theme }) =>
    $wrap
      ? css`
          flex: 1 1 auto;
          padding: 0 ${theme.space.xxs};
          font-size: ${theme.fontSizes.xs};
          text-align: center;
        `
      : css`
          flex: 1 1 0;
          padding: 0 ${theme.space.xs};
          font-size: ${theme.fontSizes.sm};
          white-space: nowrap;
        `}

  ${({ theme }) => theme.media.sm} {
    padding: 0 ${({ theme }) => theme.space.md};
    font-size: ${({ theme }) => theme.fontSizes.md};
    white-space: nowrap;
  }

  &:hover {
    color: ${({ theme }) => theme.colors.primary};
  }

  &[aria-current='page'] {
    background: ${({ theme }) => theme.colors.primary};
    color: ${({ theme }) => theme.colors.onPrimary};
  }
`;

export type LinkTab = { key: string; to: string; label: string; testId?: string };

type LinkTabsProps = {
  /** The navigation landmark's name. */
  label: string;
  tabs: LinkTab[];
  /** The tab of the page shown. */
  current: string;
  /**
   * For labels that may not fit a narrow phone (a count, large text): there they are smaller and the tabs take
   * a second row rather than the page's width.
   */
  wrap?: boolean;
};

/**
 * Views of one list as links (each has its address, and replaces the history entry), styled as tabs; the
 * current one is marked for screen readers.
 */
export function LinkTabs({ label, tabs, current, wrap = false }: LinkTabsProps) {
  return (
    <Tabs aria-label={label} $wrap={wrap}>
      {tabs.map((tab) => (
        <Tab
          key={tab.key}
          to={tab.to}
          replace
          aria-current={tab.key === current ? 'page' : undefined}
          data-testid={tab.testId}
          $wrap={wrap}
        >
          {tab.label}
        </Tab>
      ))}
    </Tabs>
  );
}
