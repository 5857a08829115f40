import { z } from 'zod';

/**
 * The events that cross from functions through the relay to the web app: names and payloads defined once,
 * imported by all three. `public` events go to everyone watching the exchange; `personal` ones only to
 * the user they name.
 */
export const eventPayloads = {
  'points.changed': z.object({ balance: z.number().int().nonnegative() }),
} as const;

export type EventName = keyof typeof eventPayloads;
export type EventPayload<N extends EventName> = z.infer<(typeof eventPayloads)[N]>;

export const ZAudience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('public') }),
  z.object({ kind: z.literal('user'), userId: z.uuid() }),
]);
export type Audience = z.infer<typeof ZAudience>;

export type DomainEvent = {
  [N in EventName]: { name: N; audience: Audience; payload: EventPayload<N>; occurredAt: string };
}[EventName];

const eventNames = Object.keys(eventPayloads) as [EventName, ...EventName[]];

/** Parses an event from the wire (Redis, Socket.io); anything unknown or malformed is rejected. */
export function parseEvent(raw: unknown): DomainEvent {
  const envelope = z
    .object({
      name: z.enum(eventNames),
      audience: ZAudience,
      payload: z.unknown(),
      occurredAt: z.iso.datetime(),
    })
    .parse(raw);
  const payload = eventPayloads[envelope.name].parse(envelope.payload);
  return { ...envelope, payload } as DomainEvent;
}
