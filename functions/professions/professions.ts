import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '#db/client.ts';
import { professions } from '#db/schema/index.ts';
import { invalidField } from '#functions/kernel/validation.ts';

/** New slots take only professions that are offered (not archived); old slots keep theirs. */
export async function assertProfessionOffered(db: Db | Tx, professionId: string): Promise<void> {
  const [row] = await db
    .select({ id: professions.id })
    .from(professions)
    .where(and(eq(professions.id, professionId), isNull(professions.archivedAt)));
  if (!row) throw invalidField('professionId', 'unknown_profession');
}
