import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router-dom';
import styled from 'styled-components';
import { useViewer } from '../../lib/viewer.ts';
import { Header } from './header.tsx';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';

// Personal events, with the live connection they come through: members only, loaded after the first paint.
const Toasts = lazy(() =>
  import('../../features/notifications/components/toasts.tsx').then((module) => ({ default: module.Toasts })),
);

const Shell = styled.div`
  display: flex;
  flex-direction: column;
`;

const SkipLink = styled.a`
  position: absolute;
  top: ${({ theme }) => theme.space.xs};
  left: ${({ theme }) => theme.space.xs};
  z-index: 20;
  padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.md};
  border-radius: ${({ theme }) => theme.radii.md};
  background: ${({ theme }) => theme.colors.primary};
  color: ${({ theme }) => theme.colors.onPrimary};
  transform: translateY(-200%);

  &:focus {
    transform: none;
    color: ${({ theme }) => theme.colors.onPrimary};
  }
`;

/**
 * At least a screen tall: the footer waits below the first screen, so a page whose code or data arrives
 * after the first paint never pushes it down in sight.
 */
const Main = styled.main`
  min-height: 100vh;

  &:focus {
    outline: none;
  }
`;

const Footer = styled.footer`
  padding: ${({ theme }) => theme.space.lg} ${({ theme }) => theme.space.md};
  border-top: 1px solid ${({ theme }) => theme.colors.border};
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  text-align: center;
`;

export function AppLayout() {
  const { t } = useTranslation();
  const { me } = useViewer();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <Shell>
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <Header />
      <Main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </Main>
      <Footer>{t('layout.footer')}</Footer>
      {me && (
        <Suspense fallback={null}>
          <Toasts />
        </Suspense>
      )}
      <ScrollRestoration />
    </Shell>
  );
}
