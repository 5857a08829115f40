import { Link } from 'react-router-dom';
import styled, { css } from 'styled-components';

type ButtonLookProps = {
  $variant?: 'primary' | 'secondary' | 'danger' | 'ghost' | 'inverse' | 'inverseOutline';
  $size?: 'md' | 'sm';
};

const buttonLook = css<ButtonLookProps>`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: ${({ theme }) => theme.space.xs};
  min-height: ${({ $size }) => ($size === 'sm' ? '36px' : '44px')};
  padding: 0 ${({ theme, $size }) => ($size === 'sm' ? theme.space.sm : theme.space.lg)};
  border: 1px solid transparent;
  border-radius: ${({ theme }) => theme.radii.md};
  font-size: ${({ theme, $size }) => ($size === 'sm' ? theme.fontSizes.sm : theme.fontSizes.md)};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  line-height: 1.2;
  text-align: center;
  text-decoration: none;
  white-space: nowrap;
  cursor: pointer;
  transition: background-color 0.15s ease, border-color 0.15s ease, color 0.15s ease;

  ${({ theme, $variant = 'primary' }) => {
    switch ($variant) {
      case 'primary':
        return css`
          background: ${theme.colors.primary};
          color: ${theme.colors.onPrimary};
          &:hover {
            background: ${theme.colors.primaryHover};
            color: ${theme.colors.onPrimary};
          }
        `;
      case 'secondary':
        return css`
          background: ${theme.colors.surface};
          border-color: ${theme.colors.border};
          color: ${theme.colors.primary};
          &:hover {
            border-color: ${theme.colors.primary};
            color: ${theme.colors.primaryHover};
          }
        `;
      case 'danger':
        return css`
          background: ${theme.colors.danger};
          color: ${theme.colors.onPrimary};
          &:hover {
            background: ${theme.colors.dangerHover};
            color: ${theme.colors.onPrimary};
          }
        `;
      case 'ghost':
        return css`
          background: transparent;
          color: ${theme.colors.text};
          &:hover {
            background: ${theme.colors.primarySoft};
            color: ${theme.colors.primaryHover};
          }
        `;
      case 'inverse':
        return css`
          background: ${theme.colors.surface};
          color: ${theme.colors.primary};
          &:hover {
            background: ${theme.colors.primarySoft};
            color: ${theme.colors.primaryHover};
          }
        `;
      case 'inverseOutline':
        return css`
          background: transparent;
          border-color: ${theme.colors.heroMuted};
          color: ${theme.colors.heroText};
          &:hover {
            border-color: ${theme.colors.heroText};
            color: ${theme.colors.heroText};
            background: rgba(255, 255, 255, 0.08);
          }
        `;
    }
  }}

  &:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* Disabled while its request runs, not for good. */
  &[aria-busy='true'] {
    cursor: progress;
  }
`;

export const Button = styled.button<ButtonLookProps>`
  ${buttonLook}
`;

export const ButtonLink = styled(Link)<ButtonLookProps>`
  ${buttonLook}
`;

/** For addresses outside the app (a video room, a calendar) and downloads. */
export const ButtonAnchor = styled.a<ButtonLookProps>`
  ${buttonLook}
`;
