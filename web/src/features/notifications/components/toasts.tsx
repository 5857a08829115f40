import { useEffect, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import styled, { keyframes } from 'styled-components';
import { theme } from '../../../components/theme/theme.ts';
import { useTranslation } from '../../../lib/i18n.ts';
import { useMediaQuery } from '../../../lib/use-media-query.ts';
import { useListNotificationsInfiniteQuery, useReadNotificationsMutation } from '../api/notifications-api.ts';
import { noticeLink, noticeSlotId } from '../notice.ts';
import { selectToasts, type Toast, toastDismissed } from '../toasts-slice.ts';
import { useNoticeText } from './notice-text.tsx';
import '../../../lib/words/notifications.ts';

/** Long enough to read twice; hovering or focusing a toast holds it. The bell keeps every notice anyway. */
const TOAST_MS = 8000;

const slideIn = keyframes`
  from { opacity: 0; transform: translateY(12px); }
  to { opacity: 1; transform: none; }
`;

/** Bottom right on desktops, across the bottom on phones; above the page, below dialogs. */
const Region = styled.section`
  position: fixed;
  right: ${({ theme }) => theme.space.md};
  bottom: ${({ theme }) => theme.space.md};
  left: ${({ theme }) => theme.space.md};
  z-index: 30;
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  pointer-events: none;

  ${({ theme }) => theme.media.sm} {
    left: auto;
    width: 380px;
  }
`;

const Card = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  gap: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.md};
  border-radius: ${({ theme }) => theme.radii.lg};
  border-left: 4px solid ${({ theme }) => theme.colors.primary};
  background: ${({ theme }) => theme.colors.text};
  color: ${({ theme }) => theme.colors.onPrimary};
  box-shadow: 0 12px 32px rgba(20, 26, 43, 0.3);
  pointer-events: auto;
  animation: ${slideIn} 0.2s ease-out;
`;

const Title = styled.p`
  font-weight: ${({ theme }) => theme.fontWeights.bold};
`;

const Text = styled.p`
  grid-column: 1 / -1;
  font-size: ${({ theme }) => theme.fontSizes.sm};
  overflow-wrap: anywhere;

  a {
    color: ${({ theme }) => theme.colors.onPrimary};
  }

  a:focus-visible {
    outline-color: ${({ theme }) => theme.colors.onPrimary};
  }
`;

const Open = styled(Link)`
  grid-column: 1 / -1;
  justify-self: start;
  color: ${({ theme }) => theme.colors.heroMuted};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.bold};

  &:hover {
    color: ${({ theme }) => theme.colors.onPrimary};
  }

  &:focus-visible {
    outline-color: ${({ theme }) => theme.colors.onPrimary};
  }
`;

const Close = styled.button`
  grid-row: 1;
  grid-column: 2;
  display: grid;
  place-items: center;
  width: 32px;
  height: 32px;
  margin: -6px -6px 0 0;
  padding: 0;
  border: 0;
  border-radius: 50%;
  background: transparent;
  color: ${({ theme }) => theme.colors.heroMuted};
  font-size: 1.25rem;
  line-height: 1;
  cursor: pointer;

  &:hover {
    background: rgba(255, 255, 255, 0.12);
    color: ${({ theme }) => theme.colors.onPrimary};
  }

  &:focus-visible {
    outline-color: ${({ theme }) => theme.colors.onPrimary};
  }
`;

function ToastCard({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const describe = useNoticeText();
  const [held, setHeld] = useState(false);
  const { data } = useListNotificationsInfiniteQuery();
  const [read] = useReadNotificationsMutation();
  const { notice } = toast;
  const { title, text } = describe(notice);
  const link = noticeLink(notice);
  const dismiss = () => dispatch(toastDismissed(toast.id));

  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dispatch(toastDismissed(toast.id)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [held, dispatch, toast.id]);

  // Opening the slot reads what the toast told: its stored notifications about this slot.
  const open = () => {
    const ids = (data?.pages ?? [])
      .flatMap((page) => page.items)
      .filter(
        (item) => !item.read && item.kind === notice.kind && noticeSlotId(item) === noticeSlotId(notice),
      )
      .map((item) => item.id);
    if (ids.length) void read({ ids });
    dismiss();
  };

  return (
    <Card
      data-testid="toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Title>{title}</Title>
      <Close type="button" aria-label={t('notifications.close')} onClick={dismiss}>
        <span aria-hidden>×</span>
      </Close>
      <Text>{text}</Text>
      <Open to={link.href} onClick={open}>
        {t(`notifications.actions.${link.action}`)}
      </Open>
    </Card>
  );
}

/**
 * The personal events as they arrive. The region is always in the page, so a screen reader announces each
 * new toast (politely) when it is added. A phone shows one at a time, the newest: a stack would cover the
 * screen, and the bell keeps the older ones.
 */
export function Toasts() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const toasts = useSelector(selectToasts);
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`);
  useEffect(() => {
    if (wide) return;
    for (const toast of toasts.slice(0, -1)) dispatch(toastDismissed(toast.id));
  }, [wide, toasts, dispatch]);
  const shown = wide ? toasts : toasts.slice(-1);
  return (
    <Region aria-label={t('notifications.toasts')} aria-live="polite">
      {shown.map((toast) => (
        <ToastCard key={toast.id} toast={toast} />
      ))}
    </Region>
  );
}
