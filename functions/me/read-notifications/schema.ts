import { z } from 'zod';

/** Mark these as read, or, without ids, all of them. */
export const ZReadNotificationsBody = z.strictObject({ ids: z.array(z.uuid()).max(100).optional() });
export const ZUnread = z.object({ unread: z.number().int() });
