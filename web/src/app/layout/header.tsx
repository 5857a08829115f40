import { type ComponentType, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import styled from 'styled-components';
import type { TMe } from '#contract/me.ts';
import { Avatar } from '../../components/ui/avatar.tsx';
import { ButtonLink } from '../../components/ui/button.tsx';
import { VisuallyHidden } from '../../components/ui/visually-hidden.ts';
import { paths } from '../../config/paths.ts';
import { LogoutButton } from '../../features/auth/components/logout-button.tsx';
import { useViewer } from '../../lib/viewer.ts';
import { LanguageSwitch } from './language-switch.tsx';

/**
 * The bell brings the notifications and the live connection: members only. Its code loads as soon as a
 * member may be viewing, beside the session check, and the bell shows the moment it is there (a Suspense
 * boundary would hold it back a while), so that the personal stream is heard from the first events on.
 */
function useNotificationBell(member: boolean): ComponentType | null {
  const [bell, setBell] = useState<{ Component: ComponentType } | null>(null);
  useEffect(() => {
    if (!member) return;
    void import('../../features/notifications/components/notification-bell.tsx').then((module) =>
      setBell({ Component: module.NotificationBell }),
    );
  }, [member]);
  return bell?.Component ?? null;
}

/** Sticky on desktops, where it is one row; on smaller screens its rows would take too much of the screen. */
const Bar = styled.header`
  z-index: 10;
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: ${({ theme }) => theme.shadows.header};

  ${({ theme }) => theme.media.lg} {
    position: sticky;
    top: 0;
  }
`;

const Inner = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  max-width: ${({ theme }) => theme.layout.maxWidth};
  margin: 0 auto;
  padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.md};

  ${({ theme }) => theme.media.lg} {
    flex-wrap: nowrap;
    gap: ${({ theme }) => theme.space.md};
    min-height: 64px;
  }
`;

const Logo = styled(Link)`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-height: 44px;
  margin-right: auto;
  color: ${({ theme }) => theme.colors.text};
  font-size: ${({ theme }) => theme.fontSizes.lg};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  letter-spacing: -0.02em;
  text-decoration: none;

  &:hover {
    color: ${({ theme }) => theme.colors.primary};
  }

  ${({ theme }) => theme.media.md} {
    font-size: ${({ theme }) => theme.fontSizes.xl};
  }

  ${({ theme }) => theme.media.lg} {
    margin-right: 0;
  }
`;

const LogoMark = styled.svg`
  flex: none;
  color: ${({ theme }) => theme.colors.primary};
  width: 28px;
  height: 28px;
`;

const Tools = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};

  ${({ theme }) => theme.media.lg} {
    order: 3;
  }
`;

/** A row of its own under the account on phones and tablets; beside the logo on desktops. */
const Nav = styled.nav`
  order: 2;
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  flex: 1 1 100%;
  min-width: 0;
  padding-top: ${({ theme }) => theme.space.xs};
  border-top: 1px solid ${({ theme }) => theme.colors.border};

  ${({ theme }) => theme.media.lg} {
    order: 1;
    flex: 0 1 auto;
    margin-right: auto;
    padding-top: 0;
    border-top: 0;
  }
`;

/** A member's three sections share the phone's width; a guest's one link keeps its own size. */
const NavLinks = styled.ul<{ $fill: boolean }>`
  display: flex;
  gap: ${({ theme }) => theme.space.xxs};
  flex: ${({ $fill }) => ($fill ? '1 1 auto' : '0 1 auto')};
  min-width: 0;
  margin: 0 auto 0 0;
  padding: 0;
  list-style: none;

  ${({ theme }) => theme.media.sm} {
    flex: 0 1 auto;
  }
`;

const NavItem = styled.li`
  flex: 1 1 auto;
  display: flex;
  min-width: 0;

  ${({ theme }) => theme.media.sm} {
    flex: 0 0 auto;
  }
`;

const NavLinkItem = styled(NavLink)`
  flex: 1 1 auto;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 40px;
  padding: 0 ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radii.md};
  color: ${({ theme }) => theme.colors.text};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  text-decoration: none;
  white-space: nowrap;

  &:hover {
    background: ${({ theme }) => theme.colors.primarySoft};
    color: ${({ theme }) => theme.colors.primaryHover};
  }

  &[aria-current='page'] {
    background: ${({ theme }) => theme.colors.primarySoft};
    color: ${({ theme }) => theme.colors.primary};
  }

  ${({ theme }) => theme.media.sm} {
    padding: 0 ${({ theme }) => theme.space.md};
    font-size: ${({ theme }) => theme.fontSizes.md};
  }
`;

/** Below the logo row on phones and tablets, between the sections and the tools on desktops. */
const Account = styled.div`
  order: 1;
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.sm};
  flex: 1 1 100%;
  min-width: 0;
  padding-top: ${({ theme }) => theme.space.xs};
  border-top: 1px solid ${({ theme }) => theme.colors.border};

  ${({ theme }) => theme.media.lg} {
    order: 2;
    flex: 0 1 auto;
    padding-top: 0;
    border-top: 0;
  }
`;

/** The account's place while the session check runs, as tall as the account it stands for. */
const AccountReserve = styled(Account)`
  &::before {
    content: '';
    height: 40px;
  }
`;

/** The bell's place while its code arrives. */
const BellReserve = styled.span`
  flex: none;
  width: 40px;
  height: 40px;
`;

const AccountLink = styled(Link)`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-width: 0;
  min-height: 40px;
  padding: 0 ${({ theme }) => theme.space.xs} 0 0;
  border-radius: ${({ theme }) => theme.radii.pill};
  color: ${({ theme }) => theme.colors.text};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  text-decoration: none;

  &:hover {
    color: ${({ theme }) => theme.colors.primary};
  }

  ${({ theme }) => theme.media.lg} {
    order: 2;
  }
`;

const Name = styled.span`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  max-width: 200px;

  ${({ theme }) => theme.media.lg} {
    max-width: 160px;
  }
`;

const Balance = styled(Link)`
  flex: none;
  display: inline-flex;
  align-items: center;
  min-height: 32px;
  padding: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme }) => theme.colors.successSoft};
  color: ${({ theme }) => theme.colors.success};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  text-decoration: none;
  white-space: nowrap;

  &:hover {
    box-shadow: inset 0 0 0 1px ${({ theme }) => theme.colors.success};
    color: ${({ theme }) => theme.colors.success};
  }
`;

/** The balance and the bell stay together at the end of the account row. */
const AccountTools = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};

  ${({ theme }) => theme.media.lg} {
    order: 1;
  }
`;

const WideOnly = styled.span`
  display: none;

  ${({ theme }) => theme.media.sm} {
    display: contents;
  }
`;

/** On phones the sign-up button moves from the crowded top row to the sections row. */
const PhoneOnly = styled.span`
  display: contents;

  ${({ theme }) => theme.media.sm} {
    display: none;
  }
`;

function Sections({ member }: { member: boolean }) {
  const { t } = useTranslation();
  const links = [
    { to: paths.exchange.getHref(), label: t('layout.exchange') },
    ...(member
      ? [
          { to: paths.interviews.getHref(), label: t('layout.interviews') },
          { to: paths.publishSlot.getHref(), label: t('layout.publish') },
        ]
      : []),
  ];
  return (
    <NavLinks $fill={member}>
      {links.map((link) => (
        <NavItem key={link.to}>
          <NavLinkItem to={link.to}>{link.label}</NavLinkItem>
        </NavItem>
      ))}
    </NavLinks>
  );
}

/** An admin's way into the panel, beside the balance (the sections row stays the same for everyone). */
const AdminLink = styled(Link)`
  flex: none;
  display: inline-flex;
  align-items: center;
  min-height: 32px;
  padding: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme }) => theme.colors.primarySoft};
  color: ${({ theme }) => theme.colors.primary};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  text-decoration: none;
  white-space: nowrap;

  &:hover {
    box-shadow: inset 0 0 0 1px ${({ theme }) => theme.colors.primary};
  }
`;

function MemberAccount({ me, NotificationBell }: { me: TMe; NotificationBell: ComponentType | null }) {
  const { t } = useTranslation();
  return (
    <Account>
      <AccountLink to={paths.settings.getHref()} title={t('layout.account', { name: me.displayName })}>
        <Avatar name={me.displayName} size={32} />
        <Name>{me.displayName}</Name>
      </AccountLink>
      <AccountTools>
        {me.role === 'admin' && (
          <AdminLink to={paths.adminDashboard.getHref()} data-testid="header-admin">
            {t('adminLink')}
          </AdminLink>
        )}
        <Balance to={paths.points.getHref()} title={t('layout.balanceLink')} data-testid="header-balance">
          <VisuallyHidden>{t('layout.balance')} </VisuallyHidden>
          {t('common.points', { count: me.balance })}
        </Balance>
        {NotificationBell ? <NotificationBell /> : <BellReserve />}
      </AccountTools>
    </Account>
  );
}

export function Header() {
  const { t } = useTranslation();
  const { me, isLoading } = useViewer();
  // The check runs only when a session may exist (a guest is known at once, app/store.ts): the header keeps
  // a member's places meanwhile, so nothing moves when the answer comes.
  const member = Boolean(me) || isLoading;
  const NotificationBell = useNotificationBell(member);
  return (
    <Bar>
      <Inner>
        <Logo to={paths.home.getHref()} aria-label={t('layout.homeLink')}>
          <LogoMark viewBox="0 0 32 32" aria-hidden>
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path
              d="M7 22l6-7 5 4 7-9"
              fill="none"
              stroke="#fff"
              strokeWidth="3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </LogoMark>
          Mockstock
        </Logo>
        <Nav aria-label={t('layout.navigation')}>
          <Sections member={member} />
          {!member && (
            <PhoneOnly>
              <ButtonLink to={paths.register.getHref()} $size="sm">
                {t('layout.register')}
              </ButtonLink>
            </PhoneOnly>
          )}
        </Nav>
        {me ? (
          <MemberAccount me={me} NotificationBell={NotificationBell} />
        ) : (
          isLoading && <AccountReserve aria-hidden />
        )}
        <Tools>
          <LanguageSwitch />
          {member ? (
            <LogoutButton />
          ) : (
            <>
              <ButtonLink to={paths.login.getHref()} $variant="ghost" $size="sm">
                {t('layout.login')}
              </ButtonLink>
              <WideOnly>
                <ButtonLink to={paths.register.getHref()} $size="sm">
                  {t('layout.register')}
                </ButtonLink>
              </WideOnly>
            </>
          )}
        </Tools>
      </Inner>
    </Bar>
  );
}
