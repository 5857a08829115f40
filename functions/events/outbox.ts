import { asc, isNull, lt, sql } from 'drizzle-orm';
import type { DispatchedEvent, DomainEvent, EventName } from '#contract/events.ts';
import { type Db, rowsOf, type Tx } from '#db/client.ts';
import { notifications, outboxEvents } from '#db/schema/index.ts';
import type { Clock } from '#functions/kernel/clock.ts';
import type { EventBus } from '#functions/platform/events/bus.ts';

/** Personal events that also go to the user's notification list (the rest only refresh what is on screen). */
const NOTIFIED: ReadonlySet<EventName> = new Set([
  'booking.created',
  'booking.cancelled',
  'slot.updated',
  'interview.reminder',
]);

/**
 * Writes events into the outbox inside the transaction that made the change, so an event exists exactly
 * when its change committed; notifications for the user are written in the same breath.
 */
export async function recordEvents(tx: Db | Tx, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(outboxEvents).values(
    events.map((e) => ({
      name: e.name,
      userId: e.audience.kind === 'user' ? e.audience.userId : null,
      payload: e.payload as Record<string, unknown>,
      occurredAt: new Date(e.occurredAt),
    })),
  );
  const notes = events.filter((e) => e.audience.kind === 'user' && NOTIFIED.has(e.name));
  if (notes.length > 0) {
    await tx.insert(notifications).values(
      notes.map((e) => ({
        userId: e.audience.kind === 'user' ? e.audience.userId : '',
        kind: e.name,
        payload: e.payload as Record<string, unknown>,
        createdAt: new Date(e.occurredAt),
      })),
    );
  }
}

// Any fixed number: the one dispatcher at a time across every process holds this transaction lock.
const DISPATCH_LOCK = 72_410_002;
const BATCH = 500;

/**
 * Publishes pending outbox rows in order, numbering public and personal events from their own sequences. Only one dispatcher works at a
 * time (an advisory lock), so versions go out in order. Publishing happens before the rows are marked sent:
 * if Redis is down the transaction rolls back and the rows stay pending for the next attempt, never lost.
 * A crash between publish and commit re-sends events; they are idempotent (full state or an id), and the
 * skipped version makes clients refetch. Returns how many events went out, or null when another holds the lock.
 */
export async function dispatchPending({
  db,
  bus,
  now,
}: {
  db: Db;
  bus: EventBus;
  now: Clock;
}): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [lock] = rowsOf<{ locked: boolean }>(
      await tx.execute(sql`select pg_try_advisory_xact_lock(${DISPATCH_LOCK}) as locked`),
    );
    if (!lock?.locked) return null;
    const pending = await tx
      .select()
      .from(outboxEvents)
      .where(isNull(outboxEvents.dispatchedAt))
      .orderBy(asc(outboxEvents.id))
      .limit(BATCH);
    if (pending.length === 0) return 0;
    // Public and personal events are numbered from their own sequences, in id order within each.
    const numbers = async (sequence: 'event_version' | 'personal_event_version', count: number) =>
      count === 0
        ? []
        : rowsOf<{ version: string }>(
            await tx.execute(sql`select nextval(${sequence}) as version from generate_series(1, ${count})`),
          ).map((row) => Number(row.version));
    const publicNumbers = await numbers('event_version', pending.filter((row) => !row.userId).length);
    const personalNumbers = await numbers(
      'personal_event_version',
      pending.filter((row) => row.userId).length,
    );
    const sentAt = now();
    const sent: DispatchedEvent[] = pending.map((row) => ({
      name: row.name as EventName,
      audience: row.userId ? { kind: 'user', userId: row.userId } : { kind: 'public' },
      payload: row.payload,
      occurredAt: row.occurredAt.toISOString(),
      version: (row.userId ? personalNumbers.shift() : publicNumbers.shift()) ?? 0,
    })) as DispatchedEvent[];
    for (const event of sent) await bus.publish(event);
    // One statement marks the whole batch: (id, version) pairs joined in as a VALUES list.
    const numbered = sql.join(
      pending.map((row, index) => sql`(${row.id}::bigint, ${sent[index]?.version ?? 0}::bigint)`),
      sql`, `,
    );
    await tx.execute(sql`update outbox_events o set version = v.version, dispatched_at = ${sentAt.toISOString()}::timestamptz
      from (values ${numbered}) as v(id, version) where o.id = v.id and o.dispatched_at is null`);
    return sent.length;
  });
}

/**
 * The public stream's position, as an SQL expression. A read of the exchange takes it before reading the
 * slots: every public event numbered up to it had its change committed before the read, so a client that
 * read then may ignore events up to it (later ones may be reflected already; they are idempotent).
 */
export const streamPosition = sql<string>`(select case when is_called then last_value else 0 end from event_version)`;

/** Dispatched rows are of no further use (clients refetch rather than replay); keep a day for operators. */
export async function pruneDispatched(db: Db, olderThan: Date): Promise<void> {
  await db.delete(outboxEvents).where(lt(outboxEvents.dispatchedAt, olderThan));
}

/** A transaction whose result carries events: they go into the outbox before it commits, or not at all. */
export function transactionWithEvents<T extends { events: DomainEvent[] }>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await work(tx);
    await recordEvents(tx, result.events);
    return result;
  });
}
