import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientEvent } from '#contract/events.ts';
import { createRealtime, type LiveMessage } from './realtime.ts';

/** Stands in for socket.io's client socket: the test plays the relay's side. */
class FakeSocket {
  active = true;
  connects = 0;
  private handlers = new Map<string, ((...args: unknown[]) => void)[]>();

  on(name: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
    return this;
  }
  connect() {
    this.connects += 1;
    this.active = true;
    return this;
  }
  disconnect() {
    this.active = false;
    this.emit('disconnect', 'io client disconnect');
    return this;
  }
  emit(name: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(name) ?? []) handler(...args);
  }
  /** The relay's middleware refused the handshake: socket.io stops retrying by itself. */
  refuse(message: string) {
    this.active = false;
    this.emit('connect_error', new Error(message));
  }
}

const publicEvent = (version: number): ClientEvent => ({
  name: 'slot.booked',
  version,
  payload: { slotId: `00000000-0000-4000-8000-${String(version).padStart(12, '0')}` },
  occurredAt: new Date(0).toISOString(),
  personal: false,
});

function setup(refreshed = true) {
  const sockets: FakeSocket[] = [];
  /** The connection being made; a rejected one stands for socket.io's code failing to load. */
  let made: Promise<Socket> = Promise.resolve(new FakeSocket() as unknown as Socket);
  let loadFails = false;
  const refreshListeners = new Set<() => void>();
  const refresh = vi.fn(async () => {
    if (refreshed) for (const listener of refreshListeners) listener();
    return refreshed;
  });
  let clock = 1000;
  const realtime = createRealtime({
    connect: () => {
      if (loadFails) {
        made = Promise.reject(new Error('Failed to fetch dynamically imported module'));
        return made;
      }
      const socket = new FakeSocket();
      sockets.push(socket);
      made = Promise.resolve(socket as unknown as Socket);
      return made;
    },
    session: {
      refresh,
      onRefreshed: (listener) => {
        refreshListeners.add(listener);
        return () => refreshListeners.delete(listener);
      },
    },
    now: () => clock,
  });
  const heard: LiveMessage[] = [];
  /** Settles once the connection being made has its handlers (socket.io's code loads asynchronously). */
  const opened = () =>
    made.then(
      () => undefined,
      () => undefined,
    );
  return {
    realtime,
    sockets,
    refreshSession: refresh,
    heard,
    /** A live query subscribes, and the app knows the viewer (a guest unless told). */
    listen: async (viewer: string | null = null) => {
      const unsubscribe = realtime.subscribe((message) => heard.push(message));
      realtime.identify(viewer);
      await opened();
      return unsubscribe;
    },
    opened,
    failLoading: (fails: boolean) => {
      loadFails = fails;
    },
    tick: (ms: number) => {
      clock += ms;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the live connection', () => {
  it('opens one socket once a subscriber is there and the viewer is known, then tells everyone to catch up', async () => {
    const { realtime, sockets, heard, tick, opened } = setup();
    expect(realtime.status()).toBe('idle');

    realtime.subscribe((message) => heard.push(message));
    realtime.subscribe((message) => heard.push(message));
    // Who is viewing is not known yet: a handshake now might carry a cookie about to be refreshed.
    expect(sockets).toHaveLength(0);
    expect(realtime.status()).toBe('connecting');
    realtime.identify('u1');
    expect(sockets).toHaveLength(1);
    // Learning the viewer again while socket.io's code loads makes no second socket.
    realtime.identify('u2');
    await opened();
    expect(sockets).toHaveLength(1);
    expect(realtime.since()).toBeNull();

    tick(50);
    sockets[0]?.emit('connect');
    expect(realtime.status()).toBe('live');
    expect(realtime.since()).toBe(1050);
    expect(heard).toEqual([{ type: 'refresh' }, { type: 'refresh' }]);
  });

  it('vouches for versioned data read before the tab’s first connection, and for none after a break', async () => {
    const { realtime, sockets, listen, tick } = setup();
    await listen();
    const [socket] = sockets;
    expect(realtime.versionedSince()).toBeNull();
    tick(50);
    // All that data read before could lack happened during this handshake: its next event's version tells.
    socket?.emit('connect');
    expect(realtime.since()).toBe(1050);
    expect(realtime.versionedSince()).toBe(0);

    // Offline for a while: anything may have happened, versioned or not.
    socket?.emit('disconnect', 'transport close');
    expect(realtime.versionedSince()).toBeNull();
    tick(50);
    socket?.emit('connect');
    expect(realtime.versionedSince()).toBe(1100);

    tick(50);
    socket?.emit('resync');
    expect(realtime.versionedSince()).toBe(1150);
  });

  it('does not vouch for data read before a first connection that had failed before', async () => {
    const { realtime, sockets, listen, tick } = setup();
    await listen();
    const [socket] = sockets;
    socket?.emit('connect_error', new Error('websocket error'));
    tick(50);
    socket?.emit('connect');
    expect(realtime.versionedSince()).toBe(1050);
  });

  it('refreshes the session when the relay refuses an expired token, then connects again', async () => {
    const { realtime, sockets, refreshSession, listen } = setup(true);
    await listen();
    const [socket] = sockets;

    socket?.refuse('token_invalid');
    expect(realtime.status()).toBe('connecting');
    await vi.runAllTimersAsync();

    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(socket?.connects).toBe(1);
    socket?.emit('connect');
    expect(realtime.status()).toBe('live');
  });

  it('connects as a guest when the refresh fails, and backs off if the token keeps being refused', async () => {
    const { sockets, refreshSession, listen } = setup(false);
    await listen();
    const [socket] = sockets;

    socket?.refuse('token_invalid');
    await vi.runAllTimersAsync();
    // The refused refresh cleared the cookies: this handshake carries none.
    expect(socket?.connects).toBe(1);

    socket?.refuse('token_invalid');
    await vi.advanceTimersByTimeAsync(500);
    expect(socket?.connects).toBe(1);
    await vi.advanceTimersByTimeAsync(600);
    expect(socket?.connects).toBe(2);
    expect(refreshSession).toHaveBeenCalledTimes(2);
  });

  it('leaves a lost network to socket.io’s own reconnection, saying it is reconnecting', async () => {
    const { realtime, sockets, refreshSession, listen } = setup();
    await listen();
    // The relay is not there yet: that is not "connecting" any more.
    sockets[0]?.emit('connect_error', new Error('websocket error'));
    expect(realtime.status()).toBe('reconnecting');
    sockets[0]?.emit('connect');

    sockets[0]?.emit('disconnect', 'transport close');
    expect(realtime.status()).toBe('reconnecting');
    sockets[0]?.emit('connect_error', new Error('websocket error'));

    expect(realtime.status()).toBe('reconnecting');
    expect(realtime.since()).toBeNull();
    expect(refreshSession).not.toHaveBeenCalled();
    expect(sockets[0]?.connects).toBe(0);
  });

  it('says the updates are delayed while the relay hears nothing, and live again with its resync', async () => {
    const { realtime, sockets, heard, listen, tick } = setup();
    await listen();
    const [socket] = sockets;
    socket?.emit('connect');
    // The relay lost Redis: the connection stands, but nothing published elsewhere arrives.
    socket?.emit('degraded');
    expect(realtime.status()).toBe('delayed');
    expect(heard).toEqual([{ type: 'refresh' }]);

    tick(100);
    socket?.emit('resync');
    expect(realtime.status()).toBe('live');
    expect(heard.at(-1)).toEqual({ type: 'refresh' });
    expect(realtime.since()).toBe(1100);

    // Connecting to a relay that is still without Redis: it says so right after the handshake.
    socket?.emit('disconnect', 'transport close');
    socket?.emit('connect');
    socket?.emit('degraded');
    expect(realtime.status()).toBe('delayed');
  });

  it('keeps the public events of this connection to catch up data read meanwhile', async () => {
    const { realtime, sockets, heard, listen, tick } = setup();
    await listen();
    const [socket] = sockets;
    socket?.emit('connect');
    for (const version of [5, 6, 7]) socket?.emit('event', publicEvent(version));
    socket?.emit('event', { ...publicEvent(3), name: 'points.changed', personal: true });

    expect(realtime.publicEventsAfter(5)?.map((e) => e.version)).toEqual([6, 7]);
    expect(realtime.publicEventsAfter(7)).toEqual([]);
    // Version 4 never arrived on this connection: data at 3 cannot be caught up from here.
    expect(realtime.publicEventsAfter(3)).toBeNull();
    expect(heard.filter((m) => m.type === 'event')).toHaveLength(4);

    // The relay lost Redis for a while: what was sent meanwhile is gone, read everything again.
    tick(100);
    socket?.emit('resync');
    expect(heard.at(-1)).toEqual({ type: 'refresh' });
    expect(realtime.since()).toBe(1100);
    expect(realtime.publicEventsAfter(5)).toEqual([]);
  });

  it('connects again when the viewer changes, or when the session was refreshed under a live connection', async () => {
    const { realtime, sockets, refreshSession, listen } = setup();
    await listen('u1');
    const [socket] = sockets;
    socket?.emit('connect');

    realtime.identify('u1');
    expect(socket?.connects).toBe(0);
    realtime.identify(null);
    expect(realtime.status()).toBe('reconnecting');
    expect(socket?.connects).toBe(1);

    // An HTTP request found the access cookie gone and refreshed it: this connection may have been a guest's.
    socket?.emit('connect');
    await refreshSession();
    expect(socket?.connects).toBe(2);
    expect(sockets).toHaveLength(1);
  });

  it('hears where the stream was at the connection, so a page read before it knows what it missed', async () => {
    const { realtime, sockets, heard, listen } = setup();
    await listen();
    const [socket] = sockets;
    socket?.emit('connect');
    // Versions 5 and 6 went by during the handshake: the relay says the stream is at 6.
    socket?.emit('position', 6);
    expect(heard.at(-1)).toEqual({ type: 'position', version: 6 });
    expect(realtime.publicEventsAfter(4)).toBeNull();
    socket?.emit('event', publicEvent(7));
    expect(realtime.publicEventsAfter(6)?.map((e) => e.version)).toEqual([7]);
    expect(realtime.publicEventsAfter(4)).toBeNull();

    // A relay that cannot tell (it has relayed nothing yet): versioned data read before is suspect.
    socket?.emit('disconnect', 'transport close');
    socket?.emit('connect');
    socket?.emit('position', null);
    expect(heard.at(-1)).toEqual({ type: 'refresh' });
    expect(realtime.versionedSince()).toBe(realtime.since());
  });

  it('fetches the connection’s code again when it could not be loaded, saying it is reconnecting', async () => {
    const { realtime, sockets, listen, failLoading } = setup();
    failLoading(true);
    await listen();
    expect(sockets).toHaveLength(0);
    expect(realtime.status()).toBe('reconnecting');

    failLoading(false);
    await vi.advanceTimersByTimeAsync(4900);
    expect(sockets).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(sockets).toHaveLength(1);
    sockets[0]?.emit('connect');
    expect(realtime.status()).toBe('live');
  });
});
