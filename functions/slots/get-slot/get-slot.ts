import { eq } from 'drizzle-orm';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { slots } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { toSlotDetails } from '#functions/slots/read-model.ts';

/** Anyone may look at a slot; the link and the counterpart are shown only to its two participants. */
export async function getSlot({
  db,
  now,
  slotId,
  viewerId,
}: {
  db: Db;
  now: Date;
  slotId: string;
  viewerId: string | null;
}): Promise<TSlotDetails> {
  const [row] = await db.select().from(slots).where(eq(slots.id, slotId));
  if (!row) throw new AppError('not_found', 'No such slot');
  return toSlotDetails(db, row, viewerId, now);
}
