import type { ClientEvent, EventPayload } from '#contract/events.ts';
import type { NotificationKind, TNotificationPage } from '#contract/notifications.ts';
import { FEEDBACK_SECTION, paths } from '../../config/paths.ts';

export type NotificationItem = TNotificationPage['items'][number];

/** What a personal event or a stored notification tells the user: its kind and the event's payload. */
export type Notice = { [K in NotificationKind]: { kind: K; payload: EventPayload<K> } }[NotificationKind];

/** The notice a personal event pops up, or null for events that only refresh data (the balance). */
export function noticeOfEvent(event: ClientEvent): Notice | null {
  if (!event.personal) return null;
  switch (event.name) {
    case 'booking.created':
      return { kind: event.name, payload: event.payload };
    case 'booking.cancelled':
      return { kind: event.name, payload: event.payload };
    case 'slot.updated':
      return { kind: event.name, payload: event.payload };
    case 'interview.reminder':
      return { kind: event.name, payload: event.payload };
    case 'feedback.requested':
      return { kind: event.name, payload: event.payload };
    case 'feedback.received':
      return { kind: event.name, payload: event.payload };
    case 'feedback.revealed':
      return { kind: event.name, payload: event.payload };
    case 'feedback.closing':
      return { kind: event.name, payload: event.payload };
    case 'points.adjusted':
      return { kind: event.name, payload: event.payload };
    case 'report.filed':
      return { kind: event.name, payload: event.payload };
    case 'report.resolved':
      return { kind: event.name, payload: event.payload };
    default:
      return null;
  }
}

/**
 * Where a notice leads: the interview's page, or straight to its feedback (with what to do there) for the
 * notices about feedback.
 */
export function noticeLink(notice: Notice): {
  href: string;
  action: 'openSlot' | 'giveFeedback' | 'readFeedback' | 'openPoints';
} {
  if (notice.kind === 'points.adjusted') return { href: paths.points.getHref(), action: 'openPoints' };
  const { slotId } = notice.payload;
  switch (notice.kind) {
    case 'feedback.requested':
    case 'feedback.closing':
      return { href: paths.slot.getHref(slotId, FEEDBACK_SECTION), action: 'giveFeedback' };
    case 'feedback.received':
    case 'feedback.revealed':
      return { href: paths.slot.getHref(slotId, FEEDBACK_SECTION), action: 'readFeedback' };
    default:
      return { href: paths.slot.getHref(slotId), action: 'openSlot' };
  }
}

/** The slot a notice is about, or null for one about the balance. */
export const noticeSlotId = (notice: Notice): string | null =>
  notice.kind === 'points.adjusted' ? null : notice.payload.slotId;
