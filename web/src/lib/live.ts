import type { UnknownAction } from '@reduxjs/toolkit';
import type { ClientEvent } from '#contract/events.ts';
import { api, session } from './api.ts';
import { createRealtime, type LiveMessage, type LiveStatus } from './realtime.ts';
import { onViewer } from './viewer.ts';

/**
 * The tab's live connection: the relay on this origin at /socket.io. WebSocket only: nginx balances relays
 * round robin without sticky sessions, and long-polling's separate requests would land on different relays.
 */
export const realtime = createRealtime({
  // Reconnecting after 1 s, doubling up to 5 s, each ±50%: a restarted relay's watchers do not return at once.
  // socket.io's code is fetched when the first connection is made: after the page that needs it rendered.
  connect: async () => {
    const { io } = await import('socket.io-client');
    return io({
      path: '/socket.io',
      transports: ['websocket'],
      reconnectionDelay: 1000,
      reconnectionDelayMax: 5000,
      randomizationFactor: 0.5,
    });
  },
  session,
});

onViewer((id) => realtime.identify(id));

type Heard = Exclude<LiveMessage, { type: 'position' }>;

/**
 * Keeps a cache entry live, as in Redux Toolkit's streaming updates: `onMessage` hears every event and
 * refresh for as long as the entry stays in the cache; `onPosition`, for data that carries its stream
 * version, where the stream was when the connection began. Components never touch the connection.
 */
export async function followLive(
  cacheEntryRemoved: Promise<void>,
  onMessage: (message: Heard) => void,
  onPosition?: (version: number) => void,
): Promise<void> {
  const unsubscribe = realtime.subscribe((message) => {
    if (message.type === 'position') onPosition?.(message.version);
    else onMessage(message);
  });
  await cacheEntryRemoved;
  unsubscribe();
}

/**
 * Whether an entry's data was requested before the stream began to deliver everything (the first connection
 * opened after the request, or a reconnect or resync since): events in between may be missing from it, so it
 * is read again. A request still running is refetched when it lands (RTK Query's invalidation waits for it).
 * `versioned`: the data carries its stream version and reads itself again on a skipped one.
 */
export function readBeforeLive(
  entry: { startedTimeStamp?: number | undefined },
  { versioned = false }: { versioned?: boolean } = {},
): boolean {
  const since = versioned ? realtime.versionedSince() : realtime.since();
  return since !== null && (entry.startedTimeStamp ?? 0) < since;
}

/** The slot an event is about, or null for an event about no slot (the balance). */
export function slotIdOf(event: ClientEvent): string | null {
  switch (event.name) {
    case 'slot.published':
    case 'slot.changed':
    case 'slot.reopened':
      return event.payload.slot.id;
    case 'slot.booked':
    case 'slot.cancelled':
    case 'slot.expired':
    case 'booking.created':
    case 'booking.cancelled':
    case 'slot.updated':
    case 'interview.reminder':
    case 'feedback.requested':
    case 'feedback.received':
    case 'feedback.revealed':
    case 'feedback.closing':
    case 'attendance.checked_in':
    case 'report.filed':
    case 'report.resolved':
      return event.payload.slotId;
    case 'points.changed':
    case 'points.adjusted':
    case 'profession.changed':
      return null;
  }
}

/**
 * Keeps what a page shows about one slot fresh: it is read again whenever an event names the slot, and after
 * a reconnect if it was read before the stream could vouch for it.
 */
export function followSlot(
  slotId: string,
  tag: 'Slot' | 'Feedback',
  lifecycle: {
    cacheEntryRemoved: Promise<void>;
    getCacheEntry: () => { startedTimeStamp?: number | undefined };
    dispatch: (action: UnknownAction) => unknown;
  },
): Promise<void> {
  return followLive(lifecycle.cacheEntryRemoved, (message) => {
    const stale =
      message.type === 'refresh'
        ? readBeforeLive(lifecycle.getCacheEntry())
        : slotIdOf(message.event) === slotId;
    if (stale) lifecycle.dispatch(api.util.invalidateTags([{ type: tag, id: slotId }]));
  });
}

const liveApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** The connection's state, for the indicator: a query fed by the connection, never by the server. */
    getLiveStatus: build.query<LiveStatus, void>({
      queryFn: () => ({ data: realtime.status() }),
      async onCacheEntryAdded(_arg, { cacheDataLoaded, cacheEntryRemoved, updateCachedData }) {
        const stop = realtime.onStatus((status) => updateCachedData(() => status));
        try {
          await cacheDataLoaded;
          // It may have moved between the first read and the subscription taking hold.
          updateCachedData(() => realtime.status());
        } catch {
          // Removed before it loaded: nothing to follow.
        }
        await cacheEntryRemoved;
        stop();
      },
    }),
  }),
});

export function useLiveStatus(): LiveStatus {
  return liveApi.useGetLiveStatusQuery().data ?? 'idle';
}
