import { sql } from 'drizzle-orm';
import type { DomainEvent } from '#contract/events.ts';
import type { Db, Tx } from '#db/client.ts';
import { notifications, outboxEvents } from '#db/schema/index.ts';
import { notificationsOf } from '#functions/notifications/notify.ts';

declare const recorded: unique symbol;
/**
 * An event that is in the outbox of a transaction: the only kind a use case or a scheduled job may hand on,
 * so there is one way for an event to reach anyone (docs/decisions/005).
 */
export type RecordedEvent = DomainEvent & { readonly [recorded]: true };

/**
 * Writes events into the outbox inside the transaction that made the change, so an event exists exactly
 * when its change committed; notifications for the user are written in the same breath.
 */
export async function recordEvents(tx: Db | Tx, events: DomainEvent[]): Promise<RecordedEvent[]> {
  if (events.length === 0) return [];
  const outbox = tx.insert(outboxEvents).values(
    events.map((e) => ({
      name: e.name,
      userId: e.audience.kind === 'user' ? e.audience.userId : null,
      payload: e.payload as Record<string, unknown>,
      occurredAt: new Date(e.occurredAt),
    })),
  );
  const notes = notificationsOf(events);
  // One round trip for both: the notifications insert carries the outbox insert as a data-modifying CTE.
  if (notes.length === 0) await outbox;
  else {
    const recorded = tx.$with('recorded').as(outbox.returning({ id: outboxEvents.id }));
    await tx.with(recorded).insert(notifications).values(notes);
  }
  // The one place an event becomes a RecordedEvent: it is in the outbox of the transaction at hand.
  return events as RecordedEvent[];
}

/**
 * The public stream's position, as an SQL expression. A read of the exchange takes it before reading the
 * slots: every public event numbered up to it had its change committed before the read, so a client that
 * read then may ignore events up to it (later ones may be reflected already; they are idempotent).
 */
export const streamPosition = sql<string>`(select case when is_called then last_value else 0 end from event_version)`;

/** A transaction whose result carries events: they go into the outbox before it commits, or not at all. */
export function transactionWithEvents<T extends { events: DomainEvent[] }>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
): Promise<Omit<T, 'events'> & { events: RecordedEvent[] }> {
  return db.transaction(async (tx) => {
    const result = await work(tx);
    return { ...result, events: await recordEvents(tx, result.events) };
  });
}
