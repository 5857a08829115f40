import { z } from 'zod';
import { type EventName, eventPayloads } from './events.ts';

/** The personal events that also go to the user's notification list (the rest only refresh what is shown). */
export const NOTIFICATION_KINDS = [
  'booking.created',
  'booking.cancelled',
  'slot.updated',
  'interview.reminder',
  'feedback.requested',
  'feedback.received',
  'feedback.revealed',
  'feedback.closing',
  'points.adjusted',
  'report.filed',
  'report.resolved',
] as const satisfies readonly EventName[];
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const isNotified = (name: EventName): name is NotificationKind =>
  (NOTIFICATION_KINDS as readonly EventName[]).includes(name);

const notificationOf = <K extends NotificationKind>(kind: K) =>
  z.object({
    id: z.uuid(),
    kind: z.literal(kind),
    /** The event's payload: the slot id (all but points.adjusted), and what the kind adds (who cancelled…). */
    payload: eventPayloads[kind],
    createdAt: z.iso.datetime(),
    read: z.boolean(),
  });

export const ZNotification = z.discriminatedUnion('kind', [
  notificationOf('booking.created'),
  notificationOf('booking.cancelled'),
  notificationOf('slot.updated'),
  notificationOf('interview.reminder'),
  notificationOf('feedback.requested'),
  notificationOf('feedback.received'),
  notificationOf('feedback.revealed'),
  notificationOf('feedback.closing'),
  notificationOf('points.adjusted'),
  notificationOf('report.filed'),
  notificationOf('report.resolved'),
]);
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationsQuery = z.strictObject({
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type TNotificationsQuery = z.infer<typeof ZNotificationsQuery>;

export const ZNotificationPage = z.object({
  items: z.array(ZNotification),
  unread: z.number().int(),
  /** Pass as `before` for older ones. */
  nextBefore: z.uuid().nullable(),
});
export type TNotificationPage = z.infer<typeof ZNotificationPage>;

/** Mark these as read, or, without ids, all of them. */
export const ZReadNotificationsBody = z.strictObject({ ids: z.array(z.uuid()).max(100).optional() });
export type TReadNotificationsBody = z.infer<typeof ZReadNotificationsBody>;

export const ZUnread = z.object({ unread: z.number().int() });
