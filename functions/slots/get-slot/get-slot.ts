import { eq } from 'drizzle-orm';
import type { TSlotDetails } from '#contract/slots.ts';
import type { Db } from '#db/client.ts';
import { slots } from '#db/schema/index.ts';
import { AppError } from '#functions/kernel/app-error.ts';
import { toSlotDetails } from '#functions/slots/read-model.ts';

/**
 * Anyone may look at a slot; the link and the counterpart are shown only to its two participants. A viewer
 * who could book it is told whether that would earn the interviewer a point (anti-farming, `pairWindowDays`).
 */
export async function getSlot({
  db,
  now,
  slotId,
  viewerId,
  pairWindowDays,
}: {
  db: Db;
  now: Date;
  slotId: string;
  viewerId: string | null;
  /** The anti-farming window (config); a guest's view, which books nothing, needs none. */
  pairWindowDays?: number;
}): Promise<TSlotDetails> {
  const [row] = await db.select().from(slots).where(eq(slots.id, slotId));
  if (!row) throw new AppError('not_found', 'No such slot');
  return toSlotDetails(db, row, viewerId, now, { pairWindowDays });
}
