import { z } from 'zod';
import { ZExchangeSlot } from './slots.ts';

const slotRef = z.object({ slotId: z.uuid() });

/**
 * The events that cross from functions through the relay to the web app: names and payloads defined once,
 * imported by all three. Public events go to everyone watching the exchange; personal ones only to the user
 * they name.
 */
export const eventPayloads = {
  // Public: the exchange list moves.
  'slot.published': z.object({ slot: ZExchangeSlot }),
  'slot.changed': z.object({ slot: ZExchangeSlot }),
  'slot.reopened': z.object({ slot: ZExchangeSlot }),
  'slot.booked': slotRef,
  'slot.cancelled': slotRef,
  'slot.expired': slotRef,
  // Public: admins created, renamed, reordered, archived or restored a profession; forms and filters refetch.
  'profession.changed': z.object({ professionId: z.uuid() }),
  // Personal.
  'booking.created': slotRef.extend({
    candidateName: z.string(),
    /** For a link to the candidate's profile; absent from notifications stored before it was added. */
    candidateLogin: z.string().optional(),
    startsAt: z.iso.datetime(),
  }),
  'booking.cancelled': slotRef.extend({
    by: z.enum(['candidate', 'interviewer', 'admin']),
    startsAt: z.iso.datetime(),
    /** The interviewer cancelled inside the cutoff (a late-cancellation strike for them). */
    late: z.boolean().optional(),
  }),
  'slot.updated': slotRef.extend({ fields: z.array(z.enum(['meetingUrl', 'description'])) }),
  'interview.reminder': slotRef.extend({ startsAt: z.iso.datetime() }),
  'points.changed': z.object({ balance: z.number().int().nonnegative() }),
  // Personal: an admin changed the balance, with the reason they gave.
  'points.adjusted': z.object({
    delta: z.number().int(),
    balance: z.number().int().nonnegative(),
    reason: z.string(),
  }),
  // Personal, to both participants: one side pressed "I am here" (evidence for moderation).
  'attendance.checked_in': slotRef.extend({
    side: z.enum(['interviewer', 'candidate']),
    at: z.iso.datetime(),
  }),
  // Personal: the other side reported that this user did not show up; an admin will decide.
  'report.filed': slotRef.extend({ reportId: z.uuid(), by: z.enum(['interviewer', 'candidate']) }),
  // Personal, to both participants: an admin upheld or rejected a no-show report, with their note.
  'report.resolved': slotRef.extend({
    reportId: z.uuid(),
    outcome: z.enum(['upheld', 'rejected']),
    /** Whose absence the report claimed. */
    accused: z.enum(['interviewer', 'candidate']),
    note: z.string(),
  }),
  // Personal, after the interview: feedback asked for, received (its content stays hidden until the reveal),
  // revealed to both, and the reminder a day before the window closes.
  'feedback.requested': slotRef.extend({ closesAt: z.iso.datetime() }),
  'feedback.received': slotRef.extend({ from: z.enum(['candidate', 'interviewer']) }),
  'feedback.revealed': slotRef,
  'feedback.closing': slotRef.extend({ closesAt: z.iso.datetime() }),
  // Personal, for the relay alone: these sessions of the user ended (logout, a new password, a reused refresh
  // token), so their live connections must end too. Never forwarded to a browser.
  'session.ended': z.object({ sessionIds: z.array(z.uuid()).min(1) }),
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

/**
 * An event as it travels after dispatch. `version` numbers events in the order they were sent: public events
 * on one gapless stream (a client that sees a jump, or reconnects, refetches what it shows), each user's
 * personal events on another, increasing too.
 */
export type DispatchedEvent = DomainEvent & { version: number };

const eventNames = Object.keys(eventPayloads) as [EventName, ...EventName[]];

/** Parses an event from the wire (Redis); anything unknown or malformed is rejected. */
export function parseEvent(raw: unknown): DispatchedEvent {
  const envelope = z
    .object({
      name: z.enum(eventNames),
      audience: ZAudience,
      payload: z.unknown(),
      occurredAt: z.iso.datetime(),
      version: z.number().int().positive(),
    })
    .parse(raw);
  const payload = eventPayloads[envelope.name].parse(envelope.payload);
  return { ...envelope, payload } as DispatchedEvent;
}

/** The events the relay acts on itself and never forwards. */
type RelayOnlyEventName = 'session.ended';

/**
 * What a browser receives on the socket: the `event` message, for a public or its own personal event. One
 * member per event name, so `event.name` narrows `event.payload`.
 */
export type ClientEvent = {
  [N in Exclude<EventName, RelayOnlyEventName>]: {
    name: N;
    payload: EventPayload<N>;
    occurredAt: string;
    version: number;
    personal: boolean;
  };
}[Exclude<EventName, RelayOnlyEventName>];

/** Builds an event with its audience; `userId` null means everyone. */
export function domainEvent<N extends EventName>(
  name: N,
  userId: string | null,
  payload: EventPayload<N>,
  now: Date,
): DomainEvent {
  return {
    name,
    audience: userId ? { kind: 'user', userId } : { kind: 'public' },
    payload,
    occurredAt: now.toISOString(),
  } as DomainEvent;
}
