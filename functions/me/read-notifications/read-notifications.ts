import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { notifications } from '#db/schema/index.ts';

/** Marks the user's notifications read (only theirs: other ids are ignored) and returns the unread count. */
export async function readNotifications({
  db,
  now,
  userId,
  ids,
}: {
  db: Db;
  now: Date;
  userId: string;
  ids?: string[];
}) {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    );
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { unread: unread?.n ?? 0 };
}
