import { Redis } from 'ioredis';
import { EVENTS_CHANNEL, type EventBus } from './bus.ts';
import { type DomainEvent, parseEvent } from './contract.ts';

/**
 * Redis pub/sub: every relay process subscribes for itself, so any number can run side by side. The
 * subscriber connection is opened only by a process that subscribes (a relay), never by a function.
 */
export function createRedisBus(url: string): EventBus {
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  let subscriber: Redis | undefined;
  const listeners = new Set<(event: DomainEvent) => void>();

  return {
    async publish(event) {
      await publisher.publish(EVENTS_CHANNEL, JSON.stringify(event));
    },
    subscribe(listener) {
      if (!subscriber) {
        subscriber = new Redis(url);
        subscriber.subscribe(EVENTS_CHANNEL).catch(() => {});
        subscriber.on('message', (_channel, message) => {
          let event: DomainEvent;
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
    async close() {
      listeners.clear();
      await Promise.allSettled([publisher.quit(), subscriber?.quit()]);
    },
  };
}
