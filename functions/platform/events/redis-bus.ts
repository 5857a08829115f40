import { Redis } from 'ioredis';
import { type DispatchedEvent, parseEvent } from '#contract/events.ts';
import type { EventBus } from './bus.ts';

/**
 * Redis pub/sub: every relay process subscribes for itself, so any number can run side by side. The
 * subscriber connection is opened only by a process that subscribes (a relay), never by a function.
 */
/** `prefix` (REDIS_PREFIX) names the channel, so several deployments or test runs can share one Redis. */
export function createRedisBus(url: string, prefix = 'mockstock'): EventBus {
  const channel = `${prefix}:events`;
  // Without an offline queue a publish while Redis is away fails at once instead of holding up the request
  // that triggered it; the event stays in the outbox and the dispatcher's sweep sends it later.
  const publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  publisher.on('error', () => {});
  let subscriber: Redis | undefined;
  const listeners = new Set<(event: DispatchedEvent) => void>();
  const resyncListeners = new Set<() => void>();

  return {
    async publish(event) {
      await publisher.publish(channel, JSON.stringify(event));
    },
    subscribe(listener) {
      if (!subscriber) {
        subscriber = new Redis(url);
        subscriber.on('error', () => {});
        // ioredis resubscribes after a reconnect, but what was published meanwhile never arrives: tell the
        // watchers to refetch.
        let connectedBefore = false;
        subscriber.on('ready', () => {
          if (connectedBefore) for (const resync of resyncListeners) resync();
          connectedBefore = true;
        });
        subscriber.subscribe(channel).catch(() => {});
        subscriber.on('message', (_channel, message) => {
          let event: DispatchedEvent;
          try {
            event = parseEvent(JSON.parse(message));
          } catch {
            return;
          }
          for (const l of listeners) l(event);
        });
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onResync(listener) {
      resyncListeners.add(listener);
      return () => resyncListeners.delete(listener);
    },
    async close() {
      listeners.clear();
      resyncListeners.clear();
      await Promise.allSettled([publisher.quit(), subscriber?.quit()]);
    },
  };
}
