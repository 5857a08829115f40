import type { EventBus } from './bus.ts';
import type { DomainEvent } from './contract.ts';

/**
 * Sends events after the transaction that caused them committed. Delivery is best effort: a failed publish
 * (Redis down) never fails or undoes the user's action; watchers catch up by refetching.
 */
export async function publishAfterCommit(bus: EventBus, events: DomainEvent[]): Promise<void> {
  for (const event of events) {
    try {
      await bus.publish(event);
    } catch (error) {
      console.error(
        JSON.stringify({
          level: 'warn',
          msg: 'event not published',
          event: event.name,
          error: String(error),
        }),
      );
    }
  }
}
