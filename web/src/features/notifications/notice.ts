import type { ClientEvent, EventPayload } from '#contract/events.ts';
import type { NotificationKind, TNotificationPage } from '#contract/notifications.ts';

export type NotificationItem = TNotificationPage['items'][number];

/** What a personal event or a stored notification tells the user: its kind and the event's payload. */
export type Notice = { [K in NotificationKind]: { kind: K; payload: EventPayload<K> } }[NotificationKind];

/**
 * The notice a personal event pops up, or null: for events that only refresh data (the balance), and for
 * kinds this app does not put in words yet.
 */
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
    default:
      return null;
  }
}
