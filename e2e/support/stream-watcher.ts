import { setTimeout as sleep } from 'node:timers/promises';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientEvent } from '#contract/events.ts';

/**
 * A public change: when its answer arrived (so it had committed), and the stream version the dispatcher gave
 * its event. Versions are given when events are sent, not when changes commit: a read made after the commit
 * shows the change even while its event still waits in the outbox.
 */
export type Change = { committedAt: number; version: number };

/**
 * A guest watching the exchange as the web app does (web/src/lib/realtime.ts), reduced to what shows whether
 * its view can be trusted. It connects through nginx with the page's Origin, reads the exchange (whose page
 * says which stream version it reflects), applies events in order, and reads again on a gap, a new
 * connection, a `resync`, or a relay position ahead of it, exactly when the app would. Its `version` only
 * ever means "every public change up to here is on screen".
 */
export type StreamWatcher = {
  name: string;
  /** The public stream version its view reflects. */
  version(): number;
  /**
   * When its view first showed `change` (performance.now()): a read begun after the commit came back, or the
   * change's event arrived in order. Undefined while it does not.
   */
  reflectedAt(change: Change): number | undefined;
  /** When its socket first brought the change's event, or a later one (performance.now()). */
  heardAt(change: Change): number | undefined;
  /** Resolves with `reflectedAt` once there is one; rejects after `timeoutMs`. */
  reflect(change: Change, timeoutMs: number): Promise<number>;
  /** What it went through, for the figures and the assertions. */
  counts: {
    events: number;
    reads: number;
    failedReads: number;
    connects: number;
    disconnects: number;
  };
  /** When it found a gap in the versions, and heard `degraded` and `resync` (performance.now()). */
  gapAt: number[];
  degradedAt: number[];
  resyncAt: number[];
  /** Everything but the events it applied in order, for a reader of a failed run. */
  timeline: { at: number; what: string }[];
  close(): void;
};

/** Starts a watcher on `base` (nginx); resolves once it is connected and its first read is done. */
export async function startWatcher(base: string, name: string): Promise<StreamWatcher> {
  const socket: Socket = connect(base, {
    transports: ['websocket'],
    extraHeaders: { origin: base },
    // As a browser's tab: socket.io's own reconnection, 1 s doubling to 5 s.
    reconnection: true,
  });
  let version = 0;
  const history: { at: number; version: number }[] = [];
  const reads: { startedAt: number; endedAt: number }[] = [];
  /** The highest public version heard on the socket, each time it grew (whether or not it was applied). */
  const heard: { at: number; version: number }[] = [];
  const counts = { events: 0, reads: 0, failedReads: 0, connects: 0, disconnects: 0 };
  const gapAt: number[] = [];
  const degradedAt: number[] = [];
  const resyncAt: number[] = [];
  const timeline: { at: number; what: string }[] = [];
  const note = (what: string) => timeline.push({ at: performance.now(), what });
  let closed = false;

  const advance = (next: number) => {
    if (next <= version) return;
    version = next;
    history.push({ at: performance.now(), version });
  };

  // One read at a time; asked for meanwhile, another follows it (the first may have been read before the
  // change that asked for it committed).
  let reading: Promise<void> | undefined;
  let readAgain = false;
  const readOnce = async () => {
    for (;;) {
      if (closed) return;
      counts.reads += 1;
      const startedAt = performance.now();
      const page = await fetch(`${base}/api/slots?professions=all&limit=1`, {
        headers: { origin: base },
        signal: AbortSignal.timeout(10_000),
      }).then(
        async (res) => (res.ok ? ((await res.json()) as { version: number }) : undefined),
        () => undefined,
      );
      note(`read: ${page ? `version ${page.version}` : 'failed'}`);
      if (page) {
        reads.push({ startedAt, endedAt: performance.now() });
        return advance(page.version);
      }
      // A 503 while PostgreSQL is away: the app's query retries too.
      counts.failedReads += 1;
      await sleep(250);
    }
  };
  const read = (): Promise<void> => {
    if (reading) {
      readAgain = true;
      return reading;
    }
    reading = readOnce().finally(() => {
      reading = undefined;
      if (readAgain) {
        readAgain = false;
        void read();
      }
    });
    return reading;
  };

  socket.on('event', (event: ClientEvent) => {
    if (event.personal) return;
    counts.events += 1;
    if (event.version > (heard.at(-1)?.version ?? 0))
      heard.push({ at: performance.now(), version: event.version });
    if (event.version <= version) return;
    if (event.version === version + 1) return advance(event.version);
    // A gap: something went by unheard. The view is read again rather than trusted.
    gapAt.push(performance.now());
    note(`gap: heard ${event.version} at ${version}`);
    void read();
  });
  socket.on('position', (position: number | null) => {
    // The relay cannot tell where the stream is (null), or it is ahead of what this view reflects.
    note(`position ${position} at ${version}`);
    if (position === null || position > version) void read();
  });
  socket.on('degraded', () => {
    degradedAt.push(performance.now());
    note('degraded');
  });
  socket.on('resync', () => {
    resyncAt.push(performance.now());
    note('resync');
    void read();
  });
  socket.on('disconnect', (reason: string) => {
    counts.disconnects += 1;
    note(`disconnected: ${reason}`);
  });
  const connected = new Promise<void>((resolve, reject) => {
    socket.once('connect_error', reject);
    socket.once('connect', () => resolve());
  });
  socket.on('connect', () => {
    counts.connects += 1;
    note('connected');
    // A new connection: what went by before it was not heard.
    void read();
  });
  await connected;
  await read();

  const heardAt = ({ version: target }: Change) => heard.find((step) => step.version >= target)?.at;
  const reflectedAt = (change: Change) => {
    const read = reads.find((r) => r.startedAt >= change.committedAt)?.endedAt;
    const applied = history.find((step) => step.version >= change.version)?.at;
    return read === undefined ? applied : applied === undefined ? read : Math.min(read, applied);
  };
  return {
    name,
    version: () => version,
    reflectedAt,
    heardAt,
    async reflect(change, timeoutMs) {
      const until = performance.now() + timeoutMs;
      for (;;) {
        const at = reflectedAt(change);
        if (at !== undefined) return at;
        if (performance.now() > until)
          throw new Error(
            `${name} reflects version ${version}, not ${change.version}, after ${timeoutMs} ms`,
          );
        await sleep(20);
      }
    },
    counts,
    gapAt,
    degradedAt,
    resyncAt,
    timeline,
    close() {
      closed = true;
      socket.close();
    },
  };
}
