import type { Db } from '#db/client.ts';
import type { Clock } from '#functions/kernel/clock.ts';
import { scheduledJobs } from '#functions/registry.ts';

/** One tick of every scheduled job, in order; a failing job is logged and does not stop the others. */
export async function runScheduledJobs({
  db,
  now,
  dispatch,
  log,
}: {
  db: Db;
  now: Clock;
  dispatch: () => Promise<void>;
  log: (line: Record<string, unknown>) => void;
}) {
  for (const [name, job] of Object.entries(scheduledJobs)) {
    try {
      const result = await job({ db, now: now() });
      if (result.events.length > 0) await dispatch();
      if (result.affected > 0)
        log({ level: 'info', msg: 'scheduled job', job: name, affected: result.affected });
    } catch (error) {
      log({ level: 'error', msg: 'scheduled job failed', job: name, error: String(error) });
    }
  }
}

/** The local process's scheduler: a tick every minute, never two ticks at once. */
export function startScheduler(input: Parameters<typeof runScheduledJobs>[0], intervalMs = 60_000) {
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= runScheduledJobs(input).finally(() => {
      running = undefined;
    });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
