import { Redis } from 'ioredis';
import { type DispatchedEvent, parseEvent } from '#contract/events.ts';
import type { AccessClaims } from '#functions/auth/tokens.ts';
import type { EventBus } from './bus.ts';

/**
 * How long an ended session is remembered: as long as an access token can live (ACCESS_TOKEN_TTL_SECONDS is
 * at most 900 in functions/kernel/env.ts), plus a minute for the clocks of different hosts and a refresh
 * that raced the end. No token of an ended session is issued later (a refresh needs a live session), so
 * every one has expired by then, and the relay refuses an expired token without asking.
 */
const ENDED_SESSION_MEMORY_MS = (15 + 1) * 60 * 1000;

/**
 * Reconnecting to a Redis that went away: after 0.1 s, then 0.2 s… and at most every second, so the
 * watchers resync and the backlog goes out within about a second of its return (ioredis's default grows to
 * 2 s and, with its own delays, met a 20 s outage 5 s late).
 */
const retryStrategy = (attempt: number) => Math.min(attempt * 100, 1000);

export type RedisBus = EventBus & {
  /**
   * For a relay without the database: a session is live unless a `session.ended` published here in the last
   * 16 minutes named it. It cannot see a block by itself: blocking must end the user's sessions
   * (docs/domain.md, Sessions).
   */
  sessionIsLive(claims: AccessClaims): Promise<boolean>;
};

/**
 * Redis pub/sub: every relay process subscribes for itself, so any number can run side by side; so does every
 * function server, whose exchange cache follows the public stream (docs/decisions/008). The subscriber
 * connection is opened only by a process that subscribes.
 * `prefix` (REDIS_PREFIX) names the channel and keys, so several deployments or test runs can share one Redis.
 */
export function createRedisBus(url: string, prefix = 'mockstock'): RedisBus {
  const channel = `${prefix}:events`;
  // Ended session ids, scored by when they may be forgotten (ms since the epoch).
  const endedSessions = `${prefix}:ended-sessions`;
  // Without an offline queue a publish while Redis is away fails at once instead of holding up the request
  // that triggered it; the event stays in the outbox and the dispatcher's sweep sends it later.
  const publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy });
  publisher.on('error', () => {});
  let subscriber: Redis | undefined;
  const listeners = new Set<(event: DispatchedEvent) => void>();
  const resyncListeners = new Set<() => void>();
  const breakListeners = new Set<() => void>();

  return {
    async publish(event) {
      if (event.name !== 'session.ended') {
        await publisher.publish(channel, JSON.stringify(event));
        return;
      }
      // Counted from the publish, not from when the session ended: an event held back by an outage is
      // remembered at least as long. The ids are stored in the same MULTI as the publish, so a relay that
      // drops a socket on the message already refuses its reconnection.
      const now = Date.now();
      const forgetAt = now + ENDED_SESSION_MEMORY_MS;
      const results = await publisher
        .multi()
        .zadd(endedSessions, ...event.payload.sessionIds.flatMap((id) => [forgetAt, id]))
        .zremrangebyscore(endedSessions, '-inf', now)
        .publish(channel, JSON.stringify(event))
        .exec();
      const failed = results?.find(([error]) => error);
      if (failed) throw failed[0];
    },
    async sessionIsLive({ sessionId }) {
      return (await publisher.zscore(endedSessions, sessionId)) === null;
    },
    subscribe(listener) {
      if (!subscriber) {
        subscriber = new Redis(url, { retryStrategy });
        subscriber.on('error', () => {});
        // ioredis resubscribes after a reconnect, but what was published meanwhile never arrives: tell the
        // watchers to refetch.
        let connectedBefore = false;
        let ready = false;
        subscriber.on('ready', () => {
          ready = true;
          if (connectedBefore) for (const resync of resyncListeners) resync();
          connectedBefore = true;
        });
        // The connection to Redis is gone (ioredis now retries): the watchers are told at once that they are
        // behind, rather than showing a live list that no longer moves.
        subscriber.on('close', () => {
          if (!ready) return;
          ready = false;
          for (const onBreak of breakListeners) onBreak();
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
    isListening() {
      return subscriber?.status === 'ready';
    },
    onResync(listener) {
      resyncListeners.add(listener);
      return () => resyncListeners.delete(listener);
    },
    onBreak(listener) {
      breakListeners.add(listener);
      return () => breakListeners.delete(listener);
    },
    async close() {
      listeners.clear();
      resyncListeners.clear();
      breakListeners.clear();
      // QUIT waits for an answer: a connection that Redis is not answering is dropped instead, or a process
      // stopping during an outage would hang.
      const end = (client: Redis | undefined) =>
        client?.status === 'ready' ? client.quit() : client?.disconnect();
      await Promise.allSettled([end(publisher), end(subscriber)]);
    },
  };
}
