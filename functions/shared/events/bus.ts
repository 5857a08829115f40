import { EventEmitter } from 'node:events';
import type { DomainEvent } from './contract.ts';

/** Where functions publish after commit; the relay subscribes. */
export interface EventBus {
  publish(event: DomainEvent): Promise<void>;
  subscribe(listener: (event: DomainEvent) => void): () => void;
  close(): Promise<void>;
}

export const EVENTS_CHANNEL = 'mockstock:events';

/** The embedded default (`npm start` without REDIS_URL): functions and relay share one process. */
export function createInProcessBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(event) {
      emitter.emit('event', event);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}
