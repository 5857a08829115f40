import { lazy, Suspense, useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import styled from 'styled-components';
import { PageLoader } from '../../components/ui/page-loader.tsx';
import { useTranslation } from '../../lib/i18n.ts';
import { useViewer } from '../../lib/viewer.ts';
import { ErrorBoundary } from '../error-boundary.tsx';
import { Header } from './header.tsx';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';
import { useScrollRestoration } from './use-scroll-restoration.ts';

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
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  useScrollRestoration();
  return (
    <Shell>
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <Header />
      <Main id="main" ref={main} tabIndex={-1}>
        {/*
          A page that fails keeps the header, so the way out stays in sight. Each address gets a page of its
          own: the one left is gone at once, rather than kept hidden, and still rendered with the new address,
          while the next one's code arrives (its loader shows meanwhile); and an error stays with its address.
        */}
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </Main>
      <Footer>{t('layout.footer')}</Footer>
      {me && (
        <Suspense fallback={null}>
          <Toasts />
        </Suspense>
      )}
    </Shell>
  );
}
