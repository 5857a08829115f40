import styled from 'styled-components';
import { InlineList } from './lists.tsx';

const Tag = styled.li`
  padding: 2px ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme }) => theme.colors.primarySoft};
  color: ${({ theme }) => theme.colors.primaryHover};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
`;

/** Names as tags (professions); `empty` shows when there are none. */
export function TagList({ items, empty }: { items: { key: string; label: string }[]; empty: string }) {
  if (items.length === 0) return <span>{empty}</span>;
  return (
    <InlineList>
      {items.map((item) => (
        <Tag key={item.key}>{item.label}</Tag>
      ))}
    </InlineList>
  );
}
