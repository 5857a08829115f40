import type { DomainEvent } from '#contract/events.ts';
import { isNotified } from '#contract/notifications.ts';
import type { notifications } from '#db/schema/index.ts';

/**
 * Which events notify whom: a personal event of a notified kind (NOTIFICATION_KINDS) goes to its user's list.
 * The outbox writes these rows in the statement that records the events, so a notification exists exactly
 * when its change does.
 */
export function notificationsOf(events: DomainEvent[]): (typeof notifications.$inferInsert)[] {
  return events.flatMap((e) =>
    e.audience.kind === 'user' && isNotified(e.name)
      ? [
          {
            userId: e.audience.userId,
            kind: e.name,
            payload: e.payload as Record<string, unknown>,
            createdAt: new Date(e.occurredAt),
          },
        ]
      : [],
  );
}
