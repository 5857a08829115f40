import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { type TNotificationPage, type TNotificationsQuery, ZNotification } from '#contract/notifications.ts';
import type { Db } from '#db/client.ts';
import { notifications } from '#db/schema/index.ts';

type Input = TNotificationsQuery & { db: Db; userId: string };

/** The user's notifications, newest first, with how many are unread. */
export async function listNotifications({ db, userId, before, limit }: Input): Promise<TNotificationPage> {
  const [anchor] = before
    ? await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.id, before), eq(notifications.userId, userId)))
    : [];
  const older = anchor
    ? or(
        lt(notifications.createdAt, anchor.createdAt),
        and(eq(notifications.createdAt, anchor.createdAt), lt(notifications.id, anchor.id)),
      )
    : undefined;
  const [rows, [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), older))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit + 1),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  const page = rows.slice(0, limit);
  return {
    // Parsed, not cast: what was stored is checked against the contract on the way out.
    items: page.map((n) =>
      ZNotification.parse({
        id: n.id,
        kind: n.kind,
        payload: n.payload,
        createdAt: n.createdAt.toISOString(),
        read: n.readAt !== null,
      }),
    ),
    unread: unread?.n ?? 0,
    nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
