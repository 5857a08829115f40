import type { DomainEvent } from '#contract/events.ts';
import { isNotified } from '#contract/notifications.ts';
import type { Db, Tx } from '#db/client.ts';
import { notifications } from '#db/schema/index.ts';

/**
 * Which events notify whom: a personal event of a notified kind (NOTIFICATION_KINDS) goes to its user's
 * list, in the transaction that records the event, so a notification exists exactly when its change does.
 */
export async function recordNotifications(tx: Db | Tx, events: DomainEvent[]): Promise<void> {
  const rows = events.flatMap((e) =>
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
  if (rows.length > 0) await tx.insert(notifications).values(rows);
}
