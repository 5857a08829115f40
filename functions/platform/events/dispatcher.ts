import { asc, isNull, lt, sql } from 'drizzle-orm';
import type { DispatchedEvent, EventName } from '#contract/events.ts';
import { type Db, rowsOf } from '#db/client.ts';
import { outboxEvents } from '#db/schema/index.ts';
import type { Clock } from '#functions/kernel/clock.ts';
import type { EventBus } from './bus.ts';

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
    // All at once: one connection keeps their order, and a backlog after an outage goes out in one write
    // rather than a round trip per event. Should any fail, the rows stay pending and all are sent again.
    await Promise.all(sent.map((event) => bus.publish(event)));
    // One statement marks the whole batch: ids and versions go as two array parameters, so the statement
    // reads the same for any batch size and is prepared once per connection, not once per size.
    const ids = `{${pending.map((row) => row.id).join(',')}}`;
    const versions = `{${sent.map((event) => event.version).join(',')}}`;
    await tx.execute(sql`update outbox_events o set version = v.version, dispatched_at = ${sentAt.toISOString()}::timestamptz
      from unnest(${ids}::bigint[], ${versions}::bigint[]) as v(id, version) where o.id = v.id and o.dispatched_at is null`);
    return sent.length;
  });
}

/** Dispatched rows are of no further use (clients refetch rather than replay); keep a day for operators. */
export async function pruneDispatched(db: Db, olderThan: Date): Promise<void> {
  await db.delete(outboxEvents).where(lt(outboxEvents.dispatchedAt, olderThan));
}

const RETRY_MS = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Drives dispatchPending for one process: `dispatch()` after a commit sends what is pending (calls queue in
 * process, so each sees the rows committed before it), a busy lock elsewhere or a failed publish is retried,
 * and `start()` adds a periodic sweep for what other processes or a Redis outage left behind.
 */
export function createDispatcher({
  db,
  bus,
  now,
  log,
}: {
  db: Db;
  bus: EventBus;
  now: Clock;
  log: (line: Record<string, unknown>) => void;
}) {
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let sweep: ReturnType<typeof setInterval> | undefined;
  let stopped = false;

  const later = (ms: number) => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void dispatch();
    }, ms);
    retry.unref?.();
  };

  const attempt = async () => {
    try {
      let sent: number | null;
      do sent = await dispatchPending({ db, bus, now });
      while (sent !== null && sent >= 500);
      if (sent === null) later(RETRY_MS);
    } catch (error) {
      log({ level: 'warn', msg: 'events not dispatched; will retry', error: String(error) });
      later(1000);
    }
  };

  /**
   * At most one attempt runs and one waits. A caller joins the waiting one: it starts after the running one,
   * hence after the caller's commit, so it sends the caller's events too. Under load, many commits share
   * one dispatch instead of queueing one each.
   */
  function dispatch(): Promise<void> {
    if (next) return next;
    if (!running) {
      running = attempt().finally(() => {
        running = undefined;
      });
      return running;
    }
    next = running.then(() => {
      next = undefined;
      return dispatch();
    });
    return next;
  }

  return {
    dispatch,
    start(intervalMs = 1000) {
      let lastPrune = 0;
      sweep = setInterval(() => {
        void dispatch();
        if (now().getTime() - lastPrune > 60 * 60 * 1000) {
          lastPrune = now().getTime();
          pruneDispatched(db, new Date(now().getTime() - DAY_MS)).catch(() => {});
        }
      }, intervalMs);
      sweep.unref?.();
    },
    async stop() {
      stopped = true;
      if (sweep) clearInterval(sweep);
      if (retry) clearTimeout(retry);
      await next;
      await running;
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
