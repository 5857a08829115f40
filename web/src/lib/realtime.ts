import type { Socket } from 'socket.io-client';
import type { ClientEvent } from '#contract/events.ts';
import type { Session } from './api-base-query.ts';

/**
 * `idle` until something live is on screen; `connecting` to the first connection; `live` while connected;
 * `delayed` while connected to a relay that says it hears nothing (its Redis is away), until its `resync`;
 * `reconnecting` after a connection was lost (or refused) until the next one.
 */
export type LiveStatus = 'idle' | 'connecting' | 'live' | 'delayed' | 'reconnecting';

/**
 * What subscribers hear: an event, or `refresh`: the stream may have missed something (a new connection, or
 * the relay's `resync` after its Redis subscription came back), so data read before `since()` is suspect.
 */
export type LiveMessage =
  | { type: 'event'; event: ClientEvent }
  | { type: 'refresh' }
  /** Where the public stream was when the connection began (the relay's word): data behind it missed events. */
  | { type: 'position'; version: number };

/** Public events kept for catching up data that was read while they arrived (a few minutes of a busy day). */
const RECENT_LIMIT = 500;
/** A handshake refused time after time is retried at once, then after 1, 2, 4… seconds, at most this long. */
const MAX_RETRY_DELAY_MS = 30_000;
/** How long to wait before fetching the connection's code again when it could not be loaded. */
const LOAD_RETRY_DELAY_MS = 5000;

/**
 * The tab's one connection to the relay, kept open and reconnecting with backoff. It opens for the first
 * subscriber once the app knows who is viewing (`identify`): by then the session cookie is fresh, so the
 * handshake tells the relay who this is. The handshake is the relay's only look at the cookie:
 * - a token refused with `token_invalid` is refreshed through the shared refresh and the handshake retried;
 *   when the refresh fails, its answer has cleared the cookies and the next handshake is a guest's;
 * - an expired cookie is simply not sent, and the relay sees a guest: so whenever the session is refreshed
 *   (an HTTP request found the token gone) or the viewer changes, the connection is made again.
 *
 * `connect` is asynchronous so that socket.io's code (15 KB gzip) loads after the page has rendered, not
 * with the page: a page with live data is on screen before its connection opens in any case.
 */
export function createRealtime({
  connect,
  session,
  now = Date.now,
}: {
  connect: () => Promise<Socket>;
  session: Session;
  now?: () => number;
}) {
  let socket: Socket | null = null;
  /** Whether `connect` is under way: its code may still be loading. */
  let opening = false;
  /** Who the app says is viewing (a user id, null for a guest); undefined until it knows. */
  let viewer: string | null | undefined;
  let status: LiveStatus = 'idle';
  let since: number | null = null;
  /** As `since`, for data that carries its stream version (see `versionedSince`). */
  let versionedSince: number | null = null;
  /** Whether a connection was live, or one failed, before: the next connection follows a break. */
  let broken = false;
  let recent: ClientEvent[] = [];
  /** The latest public version known to exist (the relay's position, or an event heard). */
  let position: number | null = null;
  let refusals = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<(message: LiveMessage) => void>();
  const statusListeners = new Set<(status: LiveStatus) => void>();

  const setStatus = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of [...statusListeners]) listener(next);
  };
  const broadcast = (message: LiveMessage) => {
    for (const listener of [...listeners]) listener(message);
  };
  // From here on every event reaches us: what was read earlier may lack some, what is read later does not.
  // Data that carries its stream version finds out for itself what it lacks, from the next event's version,
  // when all it can lack is what happened during the tab's first handshake: it is then read only once.
  // After a break (a lost or refused connection, a resync) it may lack much, for long: it is read again.
  const restart = () => {
    // A new connection or a resync: where the stream is, the relay says next, or the next event does.
    position = null;
    since = now();
    versionedSince = broken ? since : 0;
    broken = true;
    recent = [];
    broadcast({ type: 'refresh' });
  };
  const lost = () => {
    since = null;
    versionedSince = null;
    broken = true;
    setStatus('reconnecting');
  };
  const retryLater = (target: Socket, delay: number) => {
    clearTimeout(retry);
    retry = setTimeout(() => target.connect(), delay);
  };

  async function open(): Promise<void> {
    opening = true;
    let next: Socket;
    try {
      next = await connect();
    } catch {
      // The connection's code did not load (the network dropped, or a release replaced it): try again.
      opening = false;
      lost();
      retry = setTimeout(() => {
        if (!socket && !opening) void open();
      }, LOAD_RETRY_DELAY_MS);
      return;
    }
    opening = false;
    next.on('connect', () => {
      refusals = 0;
      setStatus('live');
      restart();
    });
    next.on('disconnect', (reason: string) => {
      lost();
      // The server closed this socket on purpose: socket.io leaves reconnecting to us.
      if (reason === 'io server disconnect') retryLater(next, 1000);
    });
    next.on('connect_error', (error: Error) => {
      since = null;
      versionedSince = null;
      broken = true;
      // A token to refresh is routine, not a lost connection: the indicator keeps what it says.
      if (error.message !== 'token_invalid') setStatus('reconnecting');
      // A lost network or a relay that is down: the manager retries by itself, with backoff.
      if (next.active) return;
      // The relay refused the handshake: socket.io does not retry that, we do, later each time in a row.
      const delay = refusals === 0 ? 0 : Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** (refusals - 1));
      refusals += 1;
      if (error.message === 'token_invalid') {
        void session.refresh().then(() => retryLater(next, delay));
      } else {
        retryLater(next, Math.max(delay, 1000));
      }
    });
    next.on('event', (event: ClientEvent) => {
      if (!event.personal) {
        position = Math.max(position ?? 0, event.version);
        recent.push(event);
        if (recent.length > RECENT_LIMIT) recent.shift();
      }
      broadcast({ type: 'event', event });
    });
    next.on('position', (version: number | null) => {
      if (version === null) {
        // The relay cannot tell where the stream is: versioned data read before the connection is suspect.
        versionedSince = since;
        broadcast({ type: 'refresh' });
        return;
      }
      position = Math.max(position ?? 0, version);
      broadcast({ type: 'position', version });
    });
    // The relay is connected but its source is not: what is on screen may fall behind, and says so. The
    // changes made meanwhile arrive with the resync (the list reads itself again), not one by one.
    next.on('degraded', () => setStatus('delayed'));
    next.on('resync', () => {
      setStatus('live');
      restart();
    });
    socket = next;
  }

  function reconnect(): void {
    if (!socket) return;
    clearTimeout(retry);
    refusals = 0;
    socket.disconnect();
    socket.connect();
  }

  // A live connection made before this refresh may have been a guest's (its cookie had expired).
  session.onRefreshed(() => {
    if (status === 'live') reconnect();
  });

  return {
    /** Hears every message from now on; the first subscriber opens the connection (once the viewer is known). */
    subscribe(listener: (message: LiveMessage) => void): () => void {
      listeners.add(listener);
      if (!socket && !opening) {
        setStatus('connecting');
        if (viewer !== undefined) void open();
      }
      return () => {
        listeners.delete(listener);
      };
    },
    /** Who is viewing, whenever the app learns it: the first answer opens the connection, a change renews it. */
    identify(next: string | null): void {
      if (next === viewer) return;
      viewer = next;
      // A connection still being made shakes hands once its code is there, with the cookie of that moment.
      if (socket) reconnect();
      else if (listeners.size > 0 && !opening) void open();
    },
    status: () => status,
    onStatus(listener: (status: LiveStatus) => void): () => void {
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
    /** When the stream began to deliver everything (the last connection or resync); null while it does not. */
    since: () => since,
    /**
     * The same for data that carries its stream version and reads itself again on a skipped version (the
     * exchange): 0 after the tab's first connection when nothing broke before it, so that nothing read before
     * it is suspect.
     */
    versionedSince: () => versionedSince,
    /**
     * The public events after `version` received since `since()`, in order, or null when they cannot be told
     * without a gap (one is missing, or was dropped from the window): then only reading again helps.
     */
    publicEventsAfter(version: number): ClientEvent[] | null {
      const later = new Map<number, ClientEvent>();
      for (const event of recent) if (event.version > version) later.set(event.version, event);
      const ordered = [...later.values()].sort((a, b) => a.version - b.version);
      const gapless = ordered.every((event, index) => event.version === version + 1 + index);
      // Events known to exist beyond what was heard (the relay's position) cannot be told either.
      const complete = position === null || version + ordered.length >= position;
      return gapless && complete ? ordered : null;
    },
  };
}
