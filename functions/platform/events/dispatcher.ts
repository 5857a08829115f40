import type { Db } from '#db/client.ts';
import { dispatchPending, pruneDispatched } from '#functions/events/outbox.ts';
import type { Clock } from '#functions/kernel/clock.ts';
import type { EventBus } from './bus.ts';

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
