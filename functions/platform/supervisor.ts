import cluster, { type Worker } from 'node:cluster';

type Log = (line: Record<string, unknown>) => void;

/** A worker that dies sooner than this after it was forked counts towards a crash loop. */
const HEALTHY_AFTER_MS = 5000;
const MAX_BACKOFF_MS = 10_000;
/** How long after the workers' own shutdown deadline the primary waits before killing what is left. */
const STRAGGLER_GRACE_MS = 2000;

/** True in the process that supervises; false in the workers it forks. */
export const isSupervisor = () => cluster.isPrimary;

/**
 * The wait before replacing a worker that died `quickDeaths` times in a row soon after its start: none for
 * the first (a worker that crashed once is replaced at once), then 0.2 s doubling up to 10 s, so a worker
 * that cannot start (its database refusing, say) is retried without spinning.
 */
const restartDelay = (quickDeaths: number) =>
  quickDeaths <= 1 ? 0 : Math.min(100 * 2 ** (quickDeaths - 1), MAX_BACKOFF_MS);

export type SupervisorOptions = {
  /** How many workers to keep alive. */
  count: number;
  /** What the worker at `place` (0 … count − 1) gets on top of this process's environment. */
  envFor: (place: number) => Record<string, string>;
  /** The workers' own drain deadline (SHUTDOWN_TIMEOUT_SECONDS). */
  deadlineSeconds: number;
  log: Log;
  /** Called once, when the first worker accepts connections. */
  onListening?: (port: number) => void;
};

/**
 * Keeps `count` workers alive, each a copy of this script sharing the listening port: this process holds it
 * and hands connections to the workers in turn, so while one is down the others take its share (a single
 * worker's port closes until its replacement listens). A dead worker is forked again at once, in the same
 * place. One JSON line per worker start, listen and exit.
 *
 * On SIGTERM or SIGINT the primary stops replacing workers, sends each a SIGTERM (their bounded drain; a
 * terminal's Ctrl-C also reaches them, which they ignore so as not to take it for a second signal) and
 * exits when they all have: 0 if each did cleanly, else 1. A second signal ends the primary at once, and the
 * workers with it (a worker exits when its channel to the primary closes).
 */
export function superviseWorkers({ count, envFor, deadlineSeconds, log, onListening }: SupervisorOptions) {
  // The workers accept from the shared socket themselves. In Node's default round robin the primary accepts
  // and hands each connection to a worker, and one handed to a worker that has just died is lost: its request
  // hangs until the client gives up (nodejs/node#3551; e2e/faults.e2e.test.ts met it at every kill). The
  // kernel may spread connections less evenly; nginx in front balances across processes anyway.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  const quickDeaths = Array.from({ length: count }, () => 0);
  const pending = new Set<NodeJS.Timeout>();
  const alive = new Set<Worker>();
  let stopping = false;
  let worstExit = 0;
  let listening = false;

  const fork = (place: number) => {
    if (stopping) return;
    const worker = cluster.fork(envFor(place));
    alive.add(worker);
    const pid = worker.process.pid;
    const forkedAt = performance.now();
    log({ level: 'info', msg: 'worker started', place, pid });
    worker.once('listening', (address) => {
      log({ level: 'info', msg: 'worker listening', place, pid, port: address.port });
      if (!listening) onListening?.(address.port);
      listening = true;
    });
    worker.once('exit', (code, signal) => {
      alive.delete(worker);
      // Our SIGTERM ends a worker still starting (its handler not yet set) at once: it served nothing yet.
      const clean = code === 0 || (stopping && signal === 'SIGTERM');
      if (stopping && !clean) worstExit = 1;
      log({ level: stopping && clean ? 'info' : 'error', msg: 'worker exited', place, pid, code, signal });
      if (stopping) return exitWhenAllGone();
      const inARow = performance.now() - forkedAt < HEALTHY_AFTER_MS ? (quickDeaths[place] ?? 0) + 1 : 0;
      quickDeaths[place] = inARow;
      const delay = restartDelay(inARow);
      if (delay === 0) return fork(place);
      log({
        level: 'warn',
        msg: 'worker crash-looping; waiting before the next start',
        place,
        delayMs: delay,
      });
      const timer = setTimeout(() => {
        pending.delete(timer);
        fork(place);
      }, delay);
      pending.add(timer);
    });
  };

  const exitWhenAllGone = () => {
    if (alive.size === 0) process.exit(worstExit);
  };

  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const timer of pending) clearTimeout(timer);
    log({ level: 'info', msg: 'stopping workers', signal, workers: alive.size });
    for (const worker of alive) worker.process.kill('SIGTERM');
    // The workers end themselves at their deadline; this only covers one that could not.
    setTimeout(
      () => {
        log({ level: 'warn', msg: 'workers still running after their deadline; killing them' });
        for (const worker of alive) worker.process.kill('SIGKILL');
        process.exit(1);
      },
      deadlineSeconds * 1000 + STRAGGLER_GRACE_MS,
    ).unref();
    exitWhenAllGone();
  };

  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop(signal));
  for (let place = 0; place < count; place++) fork(place);
}

/**
 * In a worker: `stop` runs on the primary's SIGTERM (or an operator's, to replace this one worker). SIGINT
 * is ignored: Ctrl-C in a terminal reaches every process of the group, and the primary relays it.
 */
export function onStopRequest(stop: (signal: NodeJS.Signals) => void) {
  process.on('SIGINT', () => {});
  process.once('SIGTERM', () => stop('SIGTERM'));
}
