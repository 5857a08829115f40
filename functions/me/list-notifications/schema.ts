import { z } from 'zod';

export const ZNotificationsQuery = z.strictObject({
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type TNotificationsQuery = z.infer<typeof ZNotificationsQuery>;

export const ZNotification = z.object({
  id: z.uuid(),
  kind: z.enum(['booking.created', 'booking.cancelled', 'slot.updated', 'interview.reminder']),
  /** The event's payload: always the slot id, and what the kind adds (candidate name, who cancelled…). */
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
  read: z.boolean(),
});

export const ZNotificationPage = z.object({
  items: z.array(ZNotification),
  unread: z.number().int(),
  /** Pass as `before` for older ones. */
  nextBefore: z.uuid().nullable(),
});
export type TNotificationPage = z.infer<typeof ZNotificationPage>;
