import { type ComponentType, useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink } from 'react-router-dom';
import styled from 'styled-components';
import type { TMe } from '#contract/me.ts';
import { Avatar } from '../../components/ui/avatar.tsx';
import { ButtonLink } from '../../components/ui/button.tsx';
import { VisuallyHidden } from '../../components/ui/visually-hidden.ts';
import { paths } from '../../config/paths.ts';
import { LogoutButton } from '../../features/auth/components/logout-button.tsx';
import { useTranslation } from '../../lib/i18n.ts';
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

/** One sticky row at every size: on phones the sections get a row of their own below it, which scrolls away. */
const Bar = styled.header`
  position: sticky;
  top: 0;
  z-index: 10;
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: ${({ theme }) => theme.shadows.header};
`;

const Inner = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  max-width: ${({ theme }) => theme.layout.maxWidth};
  min-height: 52px;
  margin: 0 auto;
  padding: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.md};

  ${({ theme }) => theme.media.lg} {
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

/** The name beside the mark; on the narrowest phones the mark alone leaves the row to the tools. */
const Wordmark = styled.span`
  display: none;

  ${({ theme }) => theme.media.sm} {
    display: inline;
  }
`;

const LogoMark = styled.svg`
  flex: none;
  color: ${({ theme }) => theme.colors.primary};
  width: 28px;
  height: 28px;
`;

/** Beside the logo on desktops. */
const RowNav = styled.nav`
  display: none;

  ${({ theme }) => theme.media.lg} {
    display: flex;
    margin-right: auto;
  }
`;

/** On phones and tablets, a row of its own under the sticky one. */
const PhoneNav = styled.nav`
  display: flex;
  padding: 0 ${({ theme }) => theme.space.md} ${({ theme }) => theme.space.xxs};
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: ${({ theme }) => theme.shadows.header};

  ${({ theme }) => theme.media.lg} {
    display: none;
  }
`;

/** A member's three sections share the phone's width; a guest's one link keeps its own size. */
const NavLinks = styled.ul<{ $fill: boolean }>`
  display: flex;
  gap: ${({ theme }) => theme.space.xxs};
  flex: ${({ $fill }) => ($fill ? '1 1 auto' : '0 1 auto')};
  min-width: 0;
  margin: 0;
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
  min-height: 36px;
  padding: 0 ${({ theme }) => theme.space.xs};
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

  ${({ theme }) => theme.media.lg} {
    min-height: 40px;
  }

  /* From 1200 px the account's items join the row: the sections give them some of their room. */
  ${({ theme }) => theme.media.xl} {
    padding: 0 ${({ theme }) => theme.space.sm};
  }
`;

/** The places of the balance, the bell and the menu while the session check runs. */
const Reserve = styled.span`
  flex: none;
  width: 120px;
  height: 40px;
`;

/** The bell's place while its code arrives. */
const BellReserve = styled.span`
  flex: none;
  width: 40px;
  height: 40px;
`;

/** A small rounded link in the account row: the balance (green) or the admin panel (blue). */
const Pill = styled(Link)<{ $tone: 'success' | 'primary' }>`
  flex: none;
  display: inline-flex;
  align-items: center;
  min-height: 32px;
  padding: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme, $tone }) => theme.colors[$tone === 'success' ? 'successSoft' : 'primarySoft']};
  color: ${({ theme, $tone }) => theme.colors[$tone]};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  text-decoration: none;
  white-space: nowrap;

  &:hover {
    box-shadow: inset 0 0 0 1px ${({ theme, $tone }) => theme.colors[$tone]};
    color: ${({ theme, $tone }) => theme.colors[$tone]};
  }
`;

const Balance = styled(Pill).attrs({ $tone: 'success' as const })``;

const Tools = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-width: 0;

  ${({ theme }) => theme.media.lg} {
    gap: ${({ theme }) => theme.space.md};
  }

  ${({ theme }) => theme.media.xl} {
    gap: ${({ theme }) => theme.space.sm};
  }
`;

const MenuRoot = styled.div`
  position: relative;
  display: flex;

  ${({ theme }) => theme.media.xl} {
    position: static;
    min-width: 0;
  }
`;

/**
 * The avatar opens the account menu below 1200 px, where the row with the sections has no room for it (a
 * laptop's 1024 px cut off "Log out"); wider screens show the menu's items in the row.
 */
const MenuButton = styled.button`
  display: grid;
  place-items: center;
  width: 44px;
  height: 44px;
  padding: 0;
  border: 0;
  border-radius: 50%;
  background: transparent;
  cursor: pointer;

  &[aria-expanded='true'] {
    box-shadow: 0 0 0 2px ${({ theme }) => theme.colors.primary};
  }

  ${({ theme }) => theme.media.xl} {
    display: none;
  }
`;

const MenuList = styled.ul<{ $open: boolean }>`
  display: ${({ $open }) => ($open ? 'grid' : 'none')};
  position: absolute;
  top: calc(100% + ${({ theme }) => theme.space.xxs});
  right: 0;
  width: min(300px, calc(100vw - ${({ theme }) => theme.space.xl}));
  gap: ${({ theme }) => theme.space.xs};
  margin: 0;
  padding: ${({ theme }) => theme.space.sm};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: ${({ theme }) => theme.shadows.card};
  list-style: none;

  > li {
    display: flex;
  }

  ${({ theme }) => theme.media.xl} {
    display: flex;
    position: static;
    align-items: center;
    width: auto;
    gap: ${({ theme }) => theme.space.sm};
    padding: 0;
    border: 0;
    background: none;
    box-shadow: none;
    min-width: 0;

    /* Only the name gives way: the pill, the language switch and "Log out" keep their width. */
    > li {
      flex: none;
    }

    > li:first-child {
      flex: 0 1 auto;
      min-width: 0;
    }
  }
`;

const AccountLink = styled(Link)`
  flex: 1 1 auto;
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-width: 0;
  min-height: 40px;
  padding: 0 ${({ theme }) => theme.space.xs} 0 0;
  border-radius: ${({ theme }) => theme.radii.md};
  color: ${({ theme }) => theme.colors.text};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  text-decoration: none;

  &:hover {
    color: ${({ theme }) => theme.colors.primary};
  }
`;

/**
 * In the phone's menu, the whole name: it wraps rather than losing its end. In the wide header's row, the
 * first name on one line: a long one ends in an ellipsis (the link's title holds the whole name) instead of
 * breaking letter by letter and stretching the header.
 */
const Name = styled.span`
  display: grid;
  min-width: 0;
  line-height: ${({ theme }) => theme.lineHeights.tight};
  overflow-wrap: anywhere;

  ${({ theme }) => theme.media.xl} {
    display: block;
    max-width: 160px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
`;

/** The menu shows the whole name; the wide header's row, short of room, the first name. */
const FullName = styled.span`
  ${({ theme }) => theme.media.xl} {
    display: none;
  }
`;

const FirstName = styled.span`
  display: none;

  ${({ theme }) => theme.media.xl} {
    display: inline;
  }
`;

/** The first word of a display name ("Анна" of "Анна Смирнова"); the name itself when it is one word. */
function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}

/** In the menu, under the name: where the link leads. */
const NameHint = styled.span`
  color: ${({ theme }) => theme.colors.textMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.regular};

  ${({ theme }) => theme.media.xl} {
    display: none;
  }
`;

/** An admin's way into the panel. */
const AdminLink = styled(Pill).attrs({ $tone: 'primary' as const })``;

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

/**
 * The account's items: the profile and settings, the admin panel (admins), the language and signing out.
 * Below 1200 px they hide behind the avatar (a disclosure: Escape or a tap elsewhere closes it and focus
 * goes back to the avatar); on wider screens they stand in the row.
 */
function AccountMenu({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!(event.target instanceof Node && root.current?.contains(event.target))) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <MenuRoot
      ref={root}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && root.current?.contains(event.relatedTarget)))
          setOpen(false);
      }}
    >
      <MenuButton
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('layout.accountMenu')}
        onClick={() => setOpen(!open)}
      >
        <Avatar name={me.displayName} size={32} />
      </MenuButton>
      {/* A followed link closes the menu; the language buttons keep it open to show the change. */}
      <MenuList
        id={listId}
        $open={open}
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
        }}
      >
        <li>
          <AccountLink to={paths.settings.getHref()} title={t('layout.account', { name: me.displayName })}>
            <Avatar name={me.displayName} size={32} />
            <Name>
              <FullName>{me.displayName}</FullName>
              <FirstName>{firstName(me.displayName)}</FirstName>
              <NameHint>{t('layout.settings')}</NameHint>
            </Name>
          </AccountLink>
        </li>
        {me.role === 'admin' && (
          <li>
            <AdminLink to={paths.adminDashboard.getHref()} data-testid="header-admin">
              {t('adminLink')}
            </AdminLink>
          </li>
        )}
        <li>
          <LanguageSwitch />
        </li>
        <li>
          <LogoutButton />
        </li>
      </MenuList>
    </MenuRoot>
  );
}

function MemberTools({ me, NotificationBell }: { me: TMe; NotificationBell: ComponentType | null }) {
  const { t } = useTranslation();
  return (
    <Tools>
      <Balance to={paths.points.getHref()} title={t('layout.balanceLink')} data-testid="header-balance">
        <VisuallyHidden>{t('layout.balance')} </VisuallyHidden>
        {t('common.points', { count: me.balance })}
      </Balance>
      {NotificationBell ? <NotificationBell /> : <BellReserve />}
      <AccountMenu me={me} />
    </Tools>
  );
}

function GuestTools() {
  const { t } = useTranslation();
  return (
    <Tools>
      <LanguageSwitch />
      <ButtonLink to={paths.login.getHref()} $variant="ghost" $size="sm">
        {t('layout.login')}
      </ButtonLink>
      <ButtonLink to={paths.register.getHref()} $size="sm">
        {t('layout.register')}
      </ButtonLink>
    </Tools>
  );
}

export function Header() {
  const { t } = useTranslation();
  const { me, isLoading } = useViewer();
  // The check runs only when a session may exist (a guest is known at once, app/store.ts): the header keeps
  // a member's places meanwhile, so nothing moves when the answer comes.
  const member = Boolean(me) || isLoading;
  const NotificationBell = useNotificationBell(member);
  const tools = me ? (
    <MemberTools me={me} NotificationBell={NotificationBell} />
  ) : isLoading ? (
    <Reserve aria-hidden />
  ) : (
    <GuestTools />
  );
  return (
    <>
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
            <Wordmark>Mockstock</Wordmark>
          </Logo>
          <RowNav aria-label={t('layout.navigation')}>
            <Sections member={member} />
          </RowNav>
          {tools}
        </Inner>
      </Bar>
      {/* The same sections, for phones and tablets: only one of the two navigations is ever displayed. */}
      <PhoneNav aria-label={t('layout.navigation')}>
        <Sections member={member} />
      </PhoneNav>
    </>
  );
}
