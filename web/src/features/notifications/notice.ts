import type { ClientEvent } from '#contract/events.ts';
import type { TNotificationPage } from '#contract/notifications.ts';

export type NotificationItem = TNotificationPage['items'][number];

/** What a personal event or a stored notification tells the user, read into one shape for both. */
export type Notice =
  | { kind: 'booking.created'; slotId: string; candidateName: string; startsAt: string }
  | { kind: 'booking.cancelled'; slotId: string; by: 'candidate' | 'interviewer'; startsAt: string }
  | { kind: 'slot.updated'; slotId: string; fields: ('meetingUrl' | 'description')[] }
  | { kind: 'interview.reminder'; slotId: string; startsAt: string };

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/**
 * Reads a notification's payload (stored as the event's payload): null when it is not one this app knows
 * how to tell, so the list can still show that something happened.
 */
export function readNotice(kind: string, payload: Record<string, unknown>): Notice | null {
  const slotId = text(payload.slotId);
  const startsAt = text(payload.startsAt);
  if (!slotId) return null;
  switch (kind) {
    case 'booking.created': {
      const candidateName = text(payload.candidateName);
      return candidateName && startsAt ? { kind, slotId, candidateName, startsAt } : null;
    }
    case 'booking.cancelled': {
      const by = payload.by === 'candidate' || payload.by === 'interviewer' ? payload.by : null;
      return by && startsAt ? { kind, slotId, by, startsAt } : null;
    }
    case 'slot.updated': {
      const fields = Array.isArray(payload.fields)
        ? payload.fields.filter((field) => field === 'meetingUrl' || field === 'description')
        : [];
      return { kind, slotId, fields };
    }
    case 'interview.reminder':
      return startsAt ? { kind, slotId, startsAt } : null;
    default:
      return null;
  }
}

/** The notice a personal event brings, or null for events that only refresh data (the balance). */
export function noticeOfEvent(event: ClientEvent): Notice | null {
  const payload: Record<string, unknown> = { ...event.payload };
  return event.personal ? readNotice(event.name, payload) : null;
}
