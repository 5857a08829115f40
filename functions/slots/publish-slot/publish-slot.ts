import { type DomainEvent, domainEvent } from '#contract/events.ts';
import { endOf } from '#contract/rules.ts';
import type { TPublishSlotBody, TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { slots } from '#db/schema/index.ts';
import { transactionWithEvents } from '#functions/events/outbox.ts';
import { assertProfessionOffered } from '#functions/professions/professions.ts';
import { publicPart, toSlotDetails } from '#functions/slots/read-model.ts';
import { assertFreeAt, assertStartAllowed, lockUser } from '#functions/slots/scheduling.ts';

type Input = TPublishSlotBody & { db: Db; now: Date; userId: string };

export async function publishSlot({ db, now, userId, ...fields }: Input): Promise<{
  slot: TSlotDetails;
  events: DomainEvent[];
}> {
  assertStartAllowed(fields.startsAt, now);
  const endsAt = endOf(fields.startsAt, fields.durationMinutes);
  return transactionWithEvents(db, async (tx) => {
    await lockUser(tx, userId);
    await assertProfessionOffered(tx, fields.professionId);
    await assertFreeAt(tx, { userId, startsAt: fields.startsAt, endsAt });
    const [row] = await tx
      .insert(slots)
      .values({ ...fields, interviewerId: userId, endsAt, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('slot insert returned nothing');
    const slot = await toSlotDetails(tx, row, userId, now);
    return { slot, events: [domainEvent('slot.published', null, { slot: publicPart(slot) }, now)] };
  });
}
