import { EventEmitter } from 'node:events';
import type { DispatchedEvent } from '#contract/events.ts';

/** Where functions publish after commit; the relay subscribes. */
export interface EventBus {
  publish(event: DispatchedEvent): Promise<void>;
  subscribe(listener: (event: DispatchedEvent) => void): () => void;
  /** Called when the subscription came back after a break, during which events may have been missed. */
  onResync(listener: () => void): () => void;
  /** Called when the subscription breaks: until `onResync`, events published elsewhere do not arrive. */
  onBreak(listener: () => void): () => void;
  /** Whether events reach this process's listeners right now (false while Redis is away). */
  isListening(): boolean;
  close(): Promise<void>;
}

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
    // Nothing sits between publisher and subscriber in one process: there is never a break to recover from.
    onResync: () => () => {},
    onBreak: () => () => {},
    isListening: () => true,
    async close() {
      emitter.removeAllListeners();
    },
  };
}
