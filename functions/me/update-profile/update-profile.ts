import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { TMe, TUpdateProfileBody } from '#contract/me.ts';
import type { Db } from '#db/client.ts';
import { professions, userProfessions, users } from '#db/schema/index.ts';
import { type RecordedEvent, transactionWithEvents } from '#functions/events/outbox.ts';
import { invalidField } from '#functions/kernel/validation.ts';
import { loadMe } from '#functions/me/profile.ts';
import { interviewerCardsChanged } from '#functions/slots/read-model.ts';

type Input = TUpdateProfileBody & { db: Db; now: Date; userId: string };

/** Changes only the fields sent; the professions list, when sent, replaces the old one whole. */
export async function updateProfile({
  db,
  now,
  userId,
  professionIds,
  ...fields
}: Input): Promise<{ me: TMe; events: RecordedEvent[] }> {
  return transactionWithEvents(db, async (tx) => {
    const [before] = await tx
      .select({ displayName: users.displayName })
      .from(users)
      .where(eq(users.id, userId));
    await tx
      .update(users)
      .set({ ...fields, updatedAt: now })
      .where(eq(users.id, userId));
    if (professionIds) {
      const wanted = [...new Set(professionIds)];
      const known = wanted.length
        ? await tx
            .select({ id: professions.id })
            .from(professions)
            .where(and(inArray(professions.id, wanted), isNull(professions.archivedAt)))
        : [];
      if (known.length !== wanted.length) throw invalidField('professionIds', 'unknown_profession');
      await tx.delete(userProfessions).where(eq(userProfessions.userId, userId));
      if (wanted.length)
        await tx.insert(userProfessions).values(wanted.map((professionId) => ({ userId, professionId })));
    }
    // A new name shows on the user's open slots on the exchange.
    const renamed = fields.displayName !== undefined && fields.displayName !== before?.displayName;
    return {
      me: await loadMe(tx, userId),
      events: renamed ? await interviewerCardsChanged(tx, [userId], now) : [],
    };
  });
}
