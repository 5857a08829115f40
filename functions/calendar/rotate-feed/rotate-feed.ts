import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { calendarFeedTokens } from '#db/schema/index.ts';
import { hashToken, randomToken } from '#functions/auth/tokens.ts';

/**
 * Makes a new private feed URL and revokes the old one. Only the token's hash is kept, so the URL is shown
 * once; a lost URL is replaced by rotating again.
 */
export async function rotateFeed({
  db,
  now,
  userId,
  origin,
}: {
  db: Db;
  now: Date;
  userId: string;
  origin: string;
}) {
  const token = randomToken();
  await db.transaction(async (tx) => {
    await tx
      .update(calendarFeedTokens)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)));
    await tx.insert(calendarFeedTokens).values({ userId, tokenHash: await hashToken(token), createdAt: now });
  });
  return { url: `${origin}/api/calendar/${token}.ics`, createdAt: now.toISOString() };
}
