import styled from 'styled-components';

const Circle = styled.span<{ $size: number }>`
  flex: none;
  display: grid;
  place-items: center;
  width: ${({ $size }) => $size}px;
  height: ${({ $size }) => $size}px;
  border-radius: 50%;
  background: ${({ theme }) => theme.colors.primarySoft};
  color: ${({ theme }) => theme.colors.primary};
  font-size: ${({ $size }) => Math.round($size * 0.44)}px;
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

/** A person's initial in a circle, beside their name (which says who it is: the circle is decoration). */
export function Avatar({ name, size }: { name: string; size: number }) {
  return (
    <Circle aria-hidden $size={size}>
      {name.trim().charAt(0).toUpperCase() || '?'}
    </Circle>
  );
}
