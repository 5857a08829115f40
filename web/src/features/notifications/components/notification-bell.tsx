import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import styled from 'styled-components';
import { Button } from '../../../components/ui/button.tsx';
import { HeadingRow } from '../../../components/ui/heading-row.tsx';
import { LoadFailed, LoadMore } from '../../../components/ui/list-controls.tsx';
import { VisuallyHidden } from '../../../components/ui/visually-hidden.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { useTimeFormat } from '../../../lib/use-time-format.ts';
import { useListNotificationsInfiniteQuery, useReadNotificationsMutation } from '../api/notifications-api.ts';
import { type NotificationItem, noticeLink } from '../notice.ts';
import { useNoticeText } from './notice-text.tsx';
import '../../../lib/words/notifications.ts';

const Root = styled.div`
  position: relative;
  flex: none;
`;

const BellButton = styled.button`
  position: relative;
  display: grid;
  place-items: center;
  width: 40px;
  height: 40px;
  padding: 0;
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: 50%;
  background: ${({ theme }) => theme.colors.surface};
  color: ${({ theme }) => theme.colors.text};
  cursor: pointer;

  &:hover,
  &[aria-expanded='true'] {
    border-color: ${({ theme }) => theme.colors.primary};
    color: ${({ theme }) => theme.colors.primary};
  }
`;

const Count = styled.span`
  position: absolute;
  top: -6px;
  right: -8px;
  min-width: 20px;
  height: 20px;
  padding: 0 5px;
  border: 2px solid ${({ theme }) => theme.colors.surface};
  border-radius: ${({ theme }) => theme.radii.pill};
  background: ${({ theme }) => theme.colors.danger};
  color: ${({ theme }) => theme.colors.onPrimary};
  font-size: 0.6875rem;
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  line-height: 16px;
  text-align: center;
`;

/** Under the bell, aligned to its right edge; never wider than a phone's screen. */
const Panel = styled.section`
  position: absolute;
  top: calc(100% + ${({ theme }) => theme.space.xs});
  right: 0;
  z-index: 25;
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  width: min(400px, calc(100vw - 2 * ${({ theme }) => theme.space.md}));
  max-height: min(560px, 75vh);
  overflow-y: auto;
  padding: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.colors.border};
  border-radius: ${({ theme }) => theme.radii.lg};
  background: ${({ theme }) => theme.colors.surface};
  box-shadow: 0 16px 48px rgba(20, 26, 43, 0.2);
`;

const PanelTitle = styled.h2`
  font-size: ${({ theme }) => theme.fontSizes.lg};
`;

const Items = styled.ul`
  display: grid;
  margin: 0;
  padding: 0;
  list-style: none;
`;

/** The whole notice opens what it is about: its title's link covers it, and a name in it links on its own. */
const Entry = styled.li`
  position: relative;
  display: grid;
  gap: 2px;
  padding: ${({ theme }) => theme.space.sm};
  border-radius: ${({ theme }) => theme.radii.md};
  color: ${({ theme }) => theme.colors.textMuted};

  &:hover {
    background: ${({ theme }) => theme.colors.surfaceMuted};
  }

  &[data-unread='true'] {
    background: ${({ theme }) => theme.colors.primarySoft};
    box-shadow: inset 3px 0 0 ${({ theme }) => theme.colors.primary};
  }

  &:has(a:focus-visible) {
    outline: 3px solid ${({ theme }) => theme.colors.focus};
    outline-offset: -3px;
  }
`;

const Open = styled(Link)`
  color: ${({ theme }) => theme.colors.text};
  text-decoration: none;

  &::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }

  &:focus-visible {
    outline: none;
  }
`;

const EntryTitle = styled.span`
  color: ${({ theme }) => theme.colors.text};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

const EntryText = styled.span`
  font-size: ${({ theme }) => theme.fontSizes.sm};
  overflow-wrap: anywhere;
`;

const EntryTime = styled.span`
  font-size: ${({ theme }) => theme.fontSizes.xs};
`;

const Empty = styled.p`
  color: ${({ theme }) => theme.colors.textMuted};
`;

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden>
      <path
        d="M6 16V11a6 6 0 1 1 12 0v5l2 2H4l2-2zM10 20a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function NotificationEntry({ item, onOpen }: { item: NotificationItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const { format } = useTimeFormat();
  const describe = useNoticeText();
  const { title, text } = describe(item);
  return (
    <Entry data-testid="notification" data-unread={!item.read}>
      <EntryTitle>
        <Open to={noticeLink(item).href} onClick={onOpen}>
          {title}
          {!item.read && <VisuallyHidden> ({t('notifications.unread')})</VisuallyHidden>}
        </Open>
      </EntryTitle>
      <EntryText>{text}</EntryText>
      <EntryTime>{format(item.createdAt, 'shortDateTime')}</EntryTime>
    </Entry>
  );
}

function NotificationPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { data, isLoading, isError, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useListNotificationsInfiniteQuery();
  const [read] = useReadNotificationsMutation();
  const items = data?.pages.flatMap((page) => page.items) ?? [];
  const unread = data?.pages[0]?.unread ?? 0;
  return (
    <Panel id={id} aria-labelledby={titleId} data-testid="notifications-panel">
      <HeadingRow>
        <PanelTitle id={titleId}>{t('notifications.title')}</PanelTitle>
        <Button
          type="button"
          $variant="ghost"
          $size="sm"
          disabled={unread === 0}
          onClick={() => void read({})}
        >
          {t('notifications.markAllRead')}
        </Button>
      </HeadingRow>
      {isError ? (
        <LoadFailed message={t('notifications.failed')} onRetry={() => void refetch()} />
      ) : isLoading ? (
        <Empty>{t('common.loading')}</Empty>
      ) : items.length === 0 ? (
        <Empty>{t('notifications.empty')}</Empty>
      ) : (
        <Items>
          {items.map((item) => (
            <NotificationEntry
              key={item.id}
              item={item}
              onOpen={() => {
                if (!item.read) void read({ ids: [item.id] });
                onClose();
              }}
            />
          ))}
        </Items>
      )}
      {hasNextPage && <LoadMore loading={isFetchingNextPage} onLoad={() => void fetchNextPage()} />}
    </Panel>
  );
}

/**
 * The bell in the header, with the unread count; it opens the notifications under it (a disclosure: focus
 * stays on the bell, the list follows it in tab order). Escape or a click elsewhere closes it.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  // Open on the page where it was opened: following a link in it (a notice, a candidate's name) closes it.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { data } = useListNotificationsInfiniteQuery();
  const unread = data?.pages[0]?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpenOn(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <Root ref={root}>
      <BellButton
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('notifications.bell', { count: unread })}
        data-testid="notification-bell"
        onClick={() => setOpen(!open)}
      >
        <BellIcon />
        {unread > 0 && (
          <Count aria-hidden data-testid="notification-count">
            {unread > 99 ? '99+' : unread}
          </Count>
        )}
      </BellButton>
      {open && <NotificationPanel id={panelId} onClose={() => setOpen(false)} />}
    </Root>
  );
}
